/** Exploding gradients: a layer's gradient norm shoots far above its usual size. */
import {
  type Detector,
  firstIndexAfter,
  fmt,
  layerName,
  median,
  timesRef,
  warning,
} from './series';

/**
 * At a read-back, layer l's gradient norm ‖∂L/∂θₗ‖₂ explodes when it is not finite, above
 * `absolute`, or more than `ratio` × the median of its previous `window` read-backs (once
 * there are `minHistory` of them) while also above `minNorm`, so that a layer whose
 * gradient is tiny anyway does not count for a jump from 1e-5 to 1e-4.
 */
export const EXPLODING = { window: 20, minHistory: 5, ratio: 10, minNorm: 1, absolute: 1e3 };

const REMEDY =
  'Lower the learning rate; frameworks also clip the gradient norm (e.g. Keras clipnorm=1) to keep single steps bounded.';

/** The latest explosion among the read-backs after `since` (the largest layer when several). */
export const detectExplodingGradients: Detector = ({ history: h, since, layers }) => {
  const first = firstIndexAfter(h.gradSteps, since);
  for (let i = h.gradNorms.length - 1; i >= first; i--) {
    const norms = h.gradNorms[i];
    let found: { l: number; x: number; why: string } | null = null;
    for (let l = 0; l < norms.length; l++) {
      const x = norms[l];
      let why: string | null = null;
      if (!Number.isFinite(x)) why = 'is not finite';
      else if (x > EXPLODING.absolute) why = `is above ${fmt(EXPLODING.absolute)}`;
      else if (i >= EXPLODING.minHistory && x > EXPLODING.minNorm) {
        const m = median(h.gradNorms.slice(Math.max(0, i - EXPLODING.window), i).map((g) => g[l]));
        if (x > EXPLODING.ratio * m) why = `is ${timesRef(x, m, 'its running median')}`;
      }
      if (why && (!found || !(x <= found.x))) found = { l, x, why };
    }
    if (found) {
      const step = h.gradSteps[i];
      return warning(
        'explodingGradients',
        step,
        `The gradient norm of ${layerName(layers, found.l)} reached ${fmt(found.x)} at step ${step}, which ${found.why}.`,
        REMEDY,
      );
    }
  }
  return null;
};
