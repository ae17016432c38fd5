/** Loss spike: one training loss far above the losses just before it. */
import {
  type Detector,
  firstIndexAfter,
  fmt,
  initialLoss,
  median,
  timesRef,
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
  const first = Math.max(SPIKE.window, firstIndexAfter(h.trainSteps, since));
  for (let i = h.trainLosses.length - 1; i >= first; i--) {
    const loss = h.trainLosses[i];
    if (!Number.isFinite(loss)) continue;
    const m = median(h.trainLosses, i - SPIKE.window, i);
    if (loss > SPIKE.ratio * m && loss - m > SPIKE.minRise * scale) {
      return warning(
        'lossSpike',
        h.trainSteps[i],
        `The training loss jumped to ${fmt(loss)} at step ${h.trainSteps[i]}, ${timesRef(loss, m, 'the median')} of the ${SPIKE.window} steps before.`,
        'One spike can be a hard batch; if they recur, lower the learning rate or use larger batches.',
      );
    }
  }
  return null;
};
