/**
 * All teaching texts, by language. Components read them through {@link texts}, and the texts
 * that depend on the run on screen through {@link phaseText} and {@link paramHelp}. Every
 * language's catalogue has the type {@link Content}, so a text missing in one is a type error.
 */
import type { FieldKey } from '../config/schema';
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import type { PhaseId } from '../protocol/phases';
import { resolveText } from './context';
import * as de from './de';
import * as en from './en';
import type { Content, PhaseText, TextContext } from './types';

export { textContext } from './context';
export type { Content, LossKind, ModelKind, PhaseText, TextContext } from './types';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../config/locale';

export const content: Record<Locale, Content> = { en, de };

/** The texts of one language (English by default). */
export function texts(locale: Locale = DEFAULT_LOCALE): Content {
  return content[locale];
}

/** A phase's title, what, why, formula and modes, as true of the task, model and loss of `ctx`. */
export function phaseText(
  phase: PhaseId,
  ctx: TextContext,
  locale: Locale = DEFAULT_LOCALE,
): PhaseText {
  const t = content[locale].phases[phase];
  return {
    title: t.title,
    what: resolveText(t.what, ctx),
    why: resolveText(t.why, ctx),
    formula: resolveText(t.formula, ctx),
    modes: resolveText(t.modes, ctx),
  };
}

/** The model card's note on how FLOPs are counted, for the layers of the model of `ctx`. */
export function flopsNote(ctx: TextContext, locale: Locale = DEFAULT_LOCALE): string {
  return resolveText(content[locale].modelCard.flops, ctx);
}

/** The sidebar help of a hyperparameter, as true of the task, model and loss of `ctx`. */
export function paramHelp(
  key: FieldKey,
  ctx: TextContext,
  locale: Locale = DEFAULT_LOCALE,
): string {
  return resolveText(content[locale].params[key], ctx);
}
