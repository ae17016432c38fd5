/** Divergence: the training loss is not finite, or it is rising instead of falling. */
import { type Detector, initialLoss, median, seriesOf, warning } from './series';

/**
 * The run diverges when its latest training loss is NaN or ±∞, or when the median of the
 * last `window` recorded losses is more than `ratio` × the initial loss (the median of the
 * first five): training made the loss worse than the untrained model's. Needs
 * `window` + 5 recorded losses for the second test.
 */
export const DIVERGENCE = { window: 10, ratio: 2 } as const;

export const detectDivergence: Detector = ({ history: h }) => {
  const { steps, values: losses } = seriesOf(h, 'trainLoss');
  const n = losses.length;
  if (n === 0) return null;
  const last = losses[n - 1];
  const step = steps[n - 1];
  if (!Number.isFinite(last)) {
    return warning(
      'divergence',
      step,
      // NaN, Infinity or -Infinity, as written in the catalogue's sentence.
      { id: 'divergenceNonFinite', values: { loss: String(last), step } },
      'divergenceRemedy',
    );
  }
  if (n < DIVERGENCE.window + 5) return null;
  const start = initialLoss(h);
  const recent = median(losses, n - DIVERGENCE.window, n);
  if (start > 0 && recent > DIVERGENCE.ratio * start) {
    return warning(
      'divergence',
      step,
      {
        id: 'divergenceRising',
        values: { window: DIVERGENCE.window, recent, ratio: recent / start, start },
      },
      'divergenceRemedy',
    );
  }
  return null;
};
