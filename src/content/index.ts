/**
 * All teaching texts, by language. Components read them through {@link texts}, and the texts
 * that depend on the run on screen through {@link phaseText} and {@link paramHelp}. Every
 * language's catalogue has the type {@link Content}, so a text missing in one is a type error.
 */
import type { FieldIssue, FieldKey } from '../config/schema';
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import type { PhaseId } from '../protocol/phases';
import type { CriterionState, StopReason } from '../protocol/stopping';
import { resolveText } from './context';
import { fillNumbers, textNumbers } from './numbers';
import type { WarningText } from '../protocol/timeline';
import * as de from './de';
import * as en from './en';
import type { Content, PhaseText, TechniqueId, TechniqueText, TextContext } from './types';

export { fill, fillText } from './fill';
export { textContext } from './context';
export { TECHNIQUE_IDS } from './types';
export type {
  Content,
  LossKind,
  ModelKind,
  PhaseText,
  TechniqueId,
  TechniqueText,
  TextContext,
} from './types';
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

/** A field's label in a language. */
export function fieldLabel(key: FieldKey, locale: Locale = DEFAULT_LOCALE): string {
  return content[locale].sidebar.fields[key].label;
}

/**
 * What the sidebar says of field `key`'s value with `issue` (see validate in
 * src/config/schema.ts), in a language; numbers in it are written by `formatNumber`.
 */
export function issueText(
  key: FieldKey,
  issue: FieldIssue,
  locale: Locale = DEFAULT_LOCALE,
  formatNumber: (n: number) => string = String,
): string {
  const t = content[locale].validation;
  const label = fieldLabel(key, locale);
  switch (issue.id) {
    case 'required':
    case 'notANumber':
    case 'notation':
    case 'separator':
    case 'wholeNumber':
      return t[issue.id](label);
    case 'min':
    case 'max':
      // Every bound has its sentence (a test checks); the generic one is a safety net.
      return t.bounds[key]?.[issue.id] ?? t.notANumber(label);
    case 'choose':
      return t.choose(issue.values);
    case 'dataId':
      return t.dataId;
    case 'batchTooLarge':
      return t.batchTooLarge(formatNumber(issue.batchSize), formatNumber(issue.examples));
    case 'effectiveBatchTooLarge':
      return t.effectiveBatchTooLarge(
        formatNumber(issue.batchSize),
        formatNumber(issue.accumulation),
        formatNumber(issue.effective),
        formatNumber(issue.examples),
        formatNumber(issue.most),
      );
    case 'workersSplit':
      return t.workersSplit(
        formatNumber(issue.batchSize),
        formatNumber(issue.workers),
        issue.below > 0 ? formatNumber(issue.below) : '',
        formatNumber(issue.above),
      );
    case 'warmupTooLong':
      return t.warmupTooLong(formatNumber(issue.warmupSteps), formatNumber(issue.total));
    case 'lrMinAboveRate':
      return t.lrMinAboveRate(formatNumber(issue.lrMin), formatNumber(issue.learningRate));
    case 'riseUnderOneStep':
      return t.riseUnderOneStep(formatNumber(issue.pctStart), formatNumber(issue.total));
    case 'decayErases':
      return t.decayErases(formatNumber(issue.factor), formatNumber(issue.limit));
    case 'modelNotOffered':
      return t.modelNotOffered(issue.models);
    case 'checkpointMlpOnly':
      return t.checkpointMlpOnly;
    case 'headsSplit':
      return t.headsSplit(formatNumber(issue.embedding));
    case 'noAccuracy':
    case 'accuracyTarget':
    case 'accuracyBaseline':
    case 'accuracyDivergence':
      return t[issue.id];
  }
}

/** Whether a field's bound has its own sentence in every language (for checks). */
export function hasBoundText(key: FieldKey, bound: 'min' | 'max'): boolean {
  return Object.values(content).every((c) => c.validation.bounds[key]?.[bound] !== undefined);
}

/** What a training technique is, why, its formula and when to use it. */
export function techniqueText(id: TechniqueId, locale: Locale = DEFAULT_LOCALE): TechniqueText {
  return content[locale].techniques[id];
}

/** Why a run stopped, in a language, with its numbers written the language's way. */
export function stopReasonText(reason: StopReason, locale: Locale = DEFAULT_LOCALE): string {
  return content[locale].stopping.reason(reason, textNumbers(locale));
}

/** A stopping criterion's label in a language. */
export function criterionLabel(c: CriterionState, locale: Locale = DEFAULT_LOCALE): string {
  return content[locale].stopping.label(c);
}

/** A stopping criterion's live state in a language ("step 120 of 3000"). */
export function criterionDetail(c: CriterionState, locale: Locale = DEFAULT_LOCALE): string {
  return content[locale].stopping.detail(c, textNumbers(locale));
}

/** A warning's sentence (what a detector saw, or what to try) in a language. */
export function warningText(text: WarningText, locale: Locale = DEFAULT_LOCALE): string {
  return fillNumbers(content[locale].timeline.sentences[text.id], text.values, textNumbers(locale));
}
