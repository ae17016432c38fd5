/**
 * The names of what a phase report names by id: the initialization scheme (with its formula)
 * and the loss, in a language. The engine sends the ids (src/protocol/reports.ts).
 */
import type { InitializerId } from '../config/schema';
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import type { LossNameId } from '../protocol/reports';
import type { UiKey } from './en/ui';
import { texts } from './index';

const SCHEMES: Record<InitializerId, UiKey> = {
  glorot: 'pvSchemeGlorot',
  he: 'pvSchemeHe',
  normal: 'pvSchemeNormal',
  zeros: 'pvSchemeZeros',
};

/** An initialization scheme's name and formula, e.g. "He normal: W ~ N(0, 2/fan_in), …". */
export function schemeText(id: InitializerId, locale: Locale = DEFAULT_LOCALE): string {
  return texts(locale).ui[SCHEMES[id]];
}

/** A loss's name, e.g. "softmax cross-entropy". */
export function lossNameText(id: LossNameId, locale: Locale = DEFAULT_LOCALE): string {
  const c = texts(locale);
  switch (id) {
    case 'crossEntropy':
      return c.ui.pvLossCrossEntropy;
    case 'crossEntropyPerChar':
      return c.ui.pvLossCrossEntropyPerChar;
    case 'mse':
      return c.ui.pvLossMse;
    case 'mseStandardized':
      return c.targetScale.lossName;
  }
}
