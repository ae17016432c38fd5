/** Divergence: the training loss is not finite, or it is rising instead of falling. */
import { type Detector, fmt, initialLoss, median, times, warning } from './series';

/**
 * The run diverges when its latest training loss is NaN or ±∞, or when the median of the
 * last `window` recorded losses is more than `ratio` × the initial loss (the median of the
 * first five): training made the loss worse than the untrained model's. Needs
 * `window` + 5 recorded losses for the second test.
 */
export const DIVERGENCE = { window: 10, ratio: 2 } as const;

const REMEDY =
  'Lower the learning rate (try a tenth of it) or use Adam: the updates overshoot the minimum.';

export const detectDivergence: Detector = ({ history: h }) => {
  const n = h.trainLosses.length;
  if (n === 0) return null;
  const last = h.trainLosses[n - 1];
  const step = h.trainSteps[n - 1];
  if (!Number.isFinite(last)) {
    return warning(
      'divergence',
      step,
      `The training loss is ${last} at step ${step}: the numbers overflowed, and once a weight is NaN every later step is NaN too.`,
      REMEDY,
    );
  }
  if (n < DIVERGENCE.window + 5) return null;
  const start = initialLoss(h);
  const recent = median(h.trainLosses, n - DIVERGENCE.window, n);
  if (start > 0 && recent > DIVERGENCE.ratio * start) {
    return warning(
      'divergence',
      step,
      `The training loss is rising: the median of the last ${DIVERGENCE.window} steps is ${fmt(recent)}, ${times(recent / start)} the initial ${fmt(start)}.`,
      REMEDY,
    );
  }
  return null;
};
