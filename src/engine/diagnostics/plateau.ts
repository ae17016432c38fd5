/** Plateau: the validation loss has stopped improving while it is still high. */
import { type Detector, initialLoss, seriesOf, smooth, warning } from './series';

/**
 * A plateau is when the smoothed validation loss (TensorBoard's debiased EMA, weight
 * `smoothing`) improved by less than `minImprovement` (relative) over the last
 * `evaluations` evaluations, without rising by more than `maxRise` (a clear rise is not a
 * plateau; the overfitting detector looks at those), while it is still above
 * `minFractionOfInitial` × the initial training loss: stuck far from zero, not settled at
 * the level the data allows. Above `maxFractionOfInitial` × the initial loss the run has
 * diverged rather than stalled, which the divergence detector reports.
 */
export const PLATEAU = {
  evaluations: 10,
  minImprovement: 0.01,
  maxRise: 0.05,
  smoothing: 0.6,
  minFractionOfInitial: 0.5,
  maxFractionOfInitial: 2,
} as const;

export const detectPlateau: Detector = ({ history: h }) => {
  const { steps, values: valLosses } = seriesOf(h, 'valLoss');
  const n = valLosses.length;
  if (n < PLATEAU.evaluations + 1) return null;
  const s = smooth(valLosses, PLATEAU.smoothing);
  const before = s[n - 1 - PLATEAU.evaluations];
  const now = s[n - 1];
  const scale = initialLoss(h);
  if (!Number.isFinite(before) || !Number.isFinite(now) || !(before > 0) || !(scale > 0))
    return null;
  const improvement = (before - now) / before;
  if (improvement >= PLATEAU.minImprovement || improvement < -PLATEAU.maxRise) return null;
  if (now <= PLATEAU.minFractionOfInitial * scale || now > PLATEAU.maxFractionOfInitial * scale)
    return null;
  return warning(
    'plateau',
    steps[n - 1],
    {
      id: improvement >= 0 ? 'plateauImproved' : 'plateauWorse',
      values: {
        change: Math.abs(improvement),
        evaluations: PLATEAU.evaluations,
        before,
        now,
        share: now / scale,
        initial: scale,
      },
    },
    'plateauRemedy',
  );
};
