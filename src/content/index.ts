/**
 * All teaching texts, by language. Components read them through {@link texts}, and the texts
 * that depend on the run on screen through {@link phaseText} and {@link paramHelp}.
 */
import type { FieldKey } from '../config/schema';
import type { PhaseId } from '../protocol/phases';
import { resolveText } from './context';
import { modelCard } from './en/model-card';
import { params } from './en/params';
import { dataChecks } from './en/data-checks';
import { targetScale } from './en/target-scale';
import { checkpoint } from './en/checkpoint';
import { faults } from './en/faults';
import { phases } from './en/phases';
import { techniques } from './en/techniques';
import { timeline } from './en/timeline';
import { ui } from './en/ui';
import { urlNotices } from './en/url-notices';
import type { Content, PhaseText, TechniqueId, TechniqueText, TextContext } from './types';

export { textContext } from './context';
export { TECHNIQUE_IDS } from './types';
export type {
  LossKind,
  ModelKind,
  PhaseText,
  TechniqueId,
  TechniqueText,
  TextContext,
} from './types';

export type Locale = 'en';

export const content: Record<Locale, Content> = {
  en: {
    phases,
    params,
    ui,
    modelCard,
    timeline,
    urlNotices,
    dataChecks,
    targetScale,
    checkpoint,
    faults,
    techniques,
  },
};

/** The texts of one language (English by default). */
export function texts(locale: Locale = 'en'): Content {
  return content[locale];
}

/** A phase's title, what, why, formula and modes, as true of the task, model and loss of `ctx`. */
export function phaseText(phase: PhaseId, ctx: TextContext, locale: Locale = 'en'): PhaseText {
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
export function flopsNote(ctx: TextContext, locale: Locale = 'en'): string {
  return resolveText(content[locale].modelCard.flops, ctx);
}

/** The sidebar help of a hyperparameter, as true of the task, model and loss of `ctx`. */
export function paramHelp(key: FieldKey, ctx: TextContext, locale: Locale = 'en'): string {
  return resolveText(content[locale].params[key], ctx);
}

/**
 * Fills a text's placeholders: `{name}` becomes `values.name`; `{name, text}` becomes `text`
 * (itself filled) when `values.name` is set and not empty, else nothing. Unknown names stay.
 */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)(?:, ([^{}]*(?:\{\w+\}[^{}]*)*))?\}/g,
    (all, name: string, text?: string) => {
      const v = values[name];
      if (text !== undefined) return v === undefined || v === '' ? '' : fillText(text, values);
      return v === undefined ? all : String(v);
    },
  );
}

/** What a training technique is, why, its formula and when to use it. */
export function techniqueText(id: TechniqueId, locale: Locale = 'en'): TechniqueText {
  return content[locale].techniques[id];
}
