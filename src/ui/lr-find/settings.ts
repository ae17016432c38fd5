/**
 * The finder's sweep settings as typed in its three fields: read with the one number syntax
 * of the page (`config/number-text.ts`) and checked, each problem at its field. Also the
 * text a suggested rate is written into the learning-rate field with.
 */
import { parseNumberText } from '../../config/number-text';
import type { LrFindSettings } from '../../protocol/lr-find';

/** The fields' texts, as typed. */
export type LrFindDraft = Record<keyof LrFindSettings, string>;

/** Lightning's `lr_find` defaults: min_lr 1e-8, max_lr 1, num_training 100. */
export const DEFAULT_LR_FIND_DRAFT: LrFindDraft = { lrMin: '1e-8', lrMax: '1', steps: '100' };

/** Fewest steps that can give a suggestion: Lightning skips the first 10 points and the last. */
export const MIN_FIND_STEPS = 12;
/** Most steps: a sweep is a short test, not a run. */
export const MAX_FIND_STEPS = 1000;

/** A field's problem: the catalogue key of its message (src/content/en/lr-find.ts) and values. */
export interface DraftIssue {
  key: 'lrFindBadMin' | 'lrFindBadMax' | 'lrFindBadSteps';
  values: Record<string, number>;
}

/**
 * The settings of `draft`, or the problem of each bad field: lrMin a number > 0; lrMax a
 * number > lrMin (checked once lrMin is good); steps a whole number in [12, 1000].
 */
export function readLrFindDraft(
  draft: LrFindDraft,
):
  | { settings: LrFindSettings; issues: null }
  | { settings: null; issues: Partial<Record<keyof LrFindSettings, DraftIssue>> } {
  const issues: Partial<Record<keyof LrFindSettings, DraftIssue>> = {};
  const lrMin = parseNumberText(draft.lrMin);
  const lrMax = parseNumberText(draft.lrMax);
  const steps = parseNumberText(draft.steps);
  const min = lrMin.ok && lrMin.value > 0 ? lrMin.value : null;
  if (min === null) issues.lrMin = { key: 'lrFindBadMin', values: {} };
  if (!(lrMax.ok && lrMax.value > (min ?? 0))) {
    issues.lrMax = { key: 'lrFindBadMax', values: { min: min ?? 0 } };
  }
  if (!(
    steps.ok &&
    Number.isInteger(steps.value) &&
    steps.value >= MIN_FIND_STEPS &&
    steps.value <= MAX_FIND_STEPS
  )) {
    issues.steps = { key: 'lrFindBadSteps', values: {} };
  }
  if (Object.keys(issues).length > 0 || !lrMin.ok || !lrMax.ok || !steps.ok) {
    return { settings: null, issues };
  }
  return { settings: { lrMin: lrMin.value, lrMax: lrMax.value, steps: steps.value }, issues: null };
}

/**
 * A suggested rate as the learning-rate field takes it: two significant digits in the field's
 * decimal syntax ("0.0058", "3.2e-7"), never in the page language's notation.
 */
export function rateFieldText(lr: number): string {
  return String(Number(lr.toPrecision(2)));
}
