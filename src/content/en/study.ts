/**
 * Texts of studies (src/data/study/): why a study definition is refused, by issue id. `{path}`
 * is where in the definition ("parameters.learningRate.min"); the other placeholders are the
 * values the issue names.
 */
import type { StudyIssueId } from '../../data/study/definition';

export const study = {
  issues: {
    invalid: '{path}: not the kind of value a study definition needs here.',
    unknownField: '{path}: “{field}” is not a field of the sidebar or of a study definition.',
    notSweepable:
      '{path}: a study does not vary “{field}” (the run length is set by stepsPerRun, and text fields are set by the page).',
    emptyGrid: '{path}: the list is empty; give at least one value.',
    minAboveMax: '{path}: the minimum {min} is above the maximum {max}.',
    logMinNotPositive:
      '{path}: a log-uniform range needs a minimum above 0 (the logarithm of {min} does not exist).',
    choiceNeedsValues: '{path}: “{field}” is a choice; list its values instead of a range.',
    tooManyRuns: '{path}: the study would plan {runs} runs, more than the {max} allowed.',
    badValue: '{path}: {value} is not a valid value of “{field}”.',
    seedCount: '{path}: {count} seeds; an ablation needs {min} to {max}.',
    duplicateSeed: '{path}: seed {seed} is listed twice.',
    queueDamaged: '{path}: the saved study queue is damaged and was not resumed.',
  },
  /** The rule an ablation's effect is judged by (src/data/study/ablation.ts). */
  noiseRule:
    'An effect counts as larger than the seed noise when |mean Δ| > 2 × the pooled standard error of the two means over the seeds.',
  /** The compute-optimal ratio's comparison with Hoffmann et al. 2022. */
  tokensPerParameter:
    '{ratio} training tokens per parameter at this budget (Hoffmann et al. 2022 found about 20).',
} satisfies {
  issues: Record<StudyIssueId | 'queueDamaged', string>;
  noiseRule: string;
  tokensPerParameter: string;
};
