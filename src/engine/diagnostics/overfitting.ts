/** Overfitting: the validation loss rises from its minimum while the training loss falls. */
import {
  type Detector,
  lastIndexAtOrBefore,
  median,
  seriesOf,
  smooth,
  trendZ,
  warning,
} from './series';

/**
 * With the validation loss smoothed (TensorBoard's debiased EMA, weight `smoothing`): its
 * minimum lies at least `evaluationsSinceBest` evaluations back, the latest value is more
 * than `rise` (relative) above that minimum, and the training loss kept falling: the median
 * of the `trainWindow` training losses up to now is more than `trainFall` (relative) below
 * the median of those up to the minimum's step.
 *
 * The minimum of a noisy series lies below its typical value, so a validation loss that only
 * wobbles around a level always ends up some percent "above its minimum". The rise must
 * therefore also be a trend: the Mann–Kendall z of the raw validation losses from their
 * minimum on must exceed `trendZ` (a rising trend at the 5% level).
 */
export const OVERFITTING = {
  evaluationsSinceBest: 3,
  rise: 0.05,
  smoothing: 0.6,
  trendZ: 1.96,
  trainWindow: 20,
  trainFall: 0.1,
} as const;

/** Median of the `trainWindow` training losses recorded at or before `step`. */
export function trainLossAt(
  steps: readonly number[],
  losses: readonly number[],
  step: number,
): number {
  const i = lastIndexAtOrBefore(steps, step);
  return median(losses, i + 1 - OVERFITTING.trainWindow, i + 1);
}

export const detectOverfitting: Detector = ({ history: h }) => {
  const { steps: valSteps, values: valLosses } = seriesOf(h, 'valLoss');
  const train = seriesOf(h, 'trainLoss');
  const n = valLosses.length;
  if (n < OVERFITTING.evaluationsSinceBest + 1) return null;
  const s = smooth(valLosses, OVERFITTING.smoothing);
  let best = -1;
  for (let k = 0; k < n; k++) if (Number.isFinite(s[k]) && (best < 0 || s[k] < s[best])) best = k;
  if (best < 0 || n - 1 - best < OVERFITTING.evaluationsSinceBest) return null;
  const now = s[n - 1];
  if (!Number.isFinite(now) || !(now > (1 + OVERFITTING.rise) * s[best])) return null;
  // The trend runs from the raw minimum, which the smoothed one trails by an evaluation or two.
  let from = 0;
  for (let k = 1; k <= best; k++) if (valLosses[k] < valLosses[from]) from = k;
  if (!(trendZ(valLosses.slice(from)) > OVERFITTING.trendZ)) return null;
  const bestStep = valSteps[best];
  const step = valSteps[n - 1];
  const at = (k: number) =>
    h.trainLossMedians?.[k] ?? trainLossAt(train.steps, train.values, valSteps[k]);
  const trainThen = at(best);
  const trainNow = at(n - 1);
  if (!(trainNow < (1 - OVERFITTING.trainFall) * trainThen)) return null;
  return warning(
    'overfitting',
    step,
    {
      id: s[best] > 0 ? 'overfitting' : 'overfittingNoRise',
      values: {
        smoothing: OVERFITTING.smoothing,
        ...(s[best] > 0 ? { rise: now / s[best] - 1 } : {}),
        best: s[best],
        bestStep,
        now,
        trainThen,
        trainNow,
        lowest: valLosses[from],
        lowestStep: valSteps[from],
      },
    },
    'overfittingRemedy',
  );
};
