/** Loss spike: one training loss far above the losses just before it. */
import {
  againstRef,
  type Detector,
  firstIndexAfter,
  initialLoss,
  median,
  seriesOf,
  warning,
} from './series';

/**
 * A recorded training loss is a spike when it is more than `ratio` × the median of the
 * `window` losses before it, and above that median by more than `minRise` × the initial
 * loss: near zero, a batch with one hard example easily triples a tiny loss, which is noise,
 * not a spike. Non-finite losses are left to the divergence detector.
 */
export const SPIKE = { window: 20, ratio: 3, minRise: 0.5 } as const;

/** The latest spike among the losses recorded after `since`. */
export const detectLossSpike: Detector = ({ history: h, since }) => {
  const scale = initialLoss(h);
  if (!(scale > 0)) return null;
  const { steps, values: losses } = seriesOf(h, 'trainLoss');
  const first = Math.max(SPIKE.window, firstIndexAfter(steps, since));
  for (let i = losses.length - 1; i >= first; i--) {
    const loss = losses[i];
    if (!Number.isFinite(loss)) continue;
    const m = median(losses, i - SPIKE.window, i);
    if (loss > SPIKE.ratio * m && loss - m > SPIKE.minRise * scale) {
      const { id, ratio } = againstRef(loss, m, 'lossSpike', 'lossSpikeAboveMedian');
      const step = steps[i];
      return warning(
        'lossSpike',
        step,
        {
          id,
          values: {
            loss,
            step,
            median: m,
            window: SPIKE.window,
            ...(ratio === undefined ? {} : { ratio }),
          },
        },
        'lossSpikeRemedy',
      );
    }
  }
  return null;
};
