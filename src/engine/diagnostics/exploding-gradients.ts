/** Exploding gradients: a layer's gradient norm shoots far above its usual size. */
import type { WarningText } from '../../protocol/timeline';
import { layerRows } from '../../protocol/metric-log';
import { againstRef, type Detector, firstIndexAfter, layerName, median, warning } from './series';

/**
 * At a read-back, layer l's gradient norm ‖∂L/∂θₗ‖₂ explodes when it is not finite, above
 * `absolute`, or more than `ratio` × the median of its previous `window` read-backs (once
 * there are `minHistory` of them) while also above `minNorm`, so that a layer whose
 * gradient is tiny anyway does not count for a jump from 1e-5 to 1e-4.
 */
export const EXPLODING = { window: 20, minHistory: 5, ratio: 10, minNorm: 1, absolute: 1e3 };

/** Why a norm counts as exploding: a sentence id and its numbers (the norm and step added later). */
type Why = { id: WarningText['id']; values: Record<string, number> };

/** The latest explosion among the read-backs after `since` (the largest layer when several). */
export const detectExplodingGradients: Detector = ({ history: h, since, layers }) => {
  const { steps, rows } = layerRows(h.series, 'layerGradNorm');
  const first = firstIndexAfter(steps, since);
  for (let i = rows.length - 1; i >= first; i--) {
    const norms = rows[i];
    let found: { l: number; x: number; why: Why } | null = null;
    for (let l = 0; l < norms.length; l++) {
      const x = norms[l];
      let why: Why | null = null;
      if (!Number.isFinite(x)) why = { id: 'explodingNotFinite', values: {} };
      else if (x > EXPLODING.absolute)
        why = { id: 'explodingAbove', values: { limit: EXPLODING.absolute } };
      else if (i >= EXPLODING.minHistory && x > EXPLODING.minNorm) {
        const m = median(rows.slice(Math.max(0, i - EXPLODING.window), i).map((g) => g[l]));
        if (x > EXPLODING.ratio * m) {
          const { id, ratio } = againstRef(x, m, 'explodingRatio', 'explodingAboveMedian');
          why = { id, values: ratio === undefined ? { median: m } : { ratio, median: m } };
        }
      }
      if (why && (!found || !(x <= found.x))) found = { l, x, why };
    }
    if (found) {
      const step = steps[i];
      return warning(
        'explodingGradients',
        step,
        {
          id: found.why.id,
          values: { layer: layerName(layers, found.l), norm: found.x, step, ...found.why.values },
        },
        'explodingRemedy',
      );
    }
  }
  return null;
};
