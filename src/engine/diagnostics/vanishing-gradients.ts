/** Vanishing gradients: almost no gradient reaches the first layer. */
import type { WarningText } from '../../protocol/timeline';
import { layerRows } from '../../protocol/metric-log';
import { type Detector, layerName, median, warning } from './series';

/**
 * Over the last `window` read-backs, with medians per layer: the gradient vanishes when the
 * first layer's norm is below `absolute`, or below `ratio` × the last layer's norm (the
 * signal shrinks on its way back through the layers). Needs a model with two or more layers.
 */
export const VANISHING = { window: 5, ratio: 1e-3, absolute: 1e-6 } as const;

export const detectVanishingGradients: Detector = ({ history: h, layers }) => {
  const { steps, rows } = layerRows(h.series, 'layerGradNorm');
  const n = rows.length;
  if (n === 0) return null;
  const depth = rows[n - 1].length;
  if (depth < 2) return null;
  const recent = rows.slice(Math.max(0, n - VANISHING.window));
  const first = median(recent.map((g) => g[0]));
  const last = median(recent.map((g) => g[depth - 1]));
  if (!Number.isFinite(first) || !Number.isFinite(last)) return null;
  const tooSmall = first < VANISHING.absolute;
  const ratio = first / last;
  if (!tooSmall && !(last > 0 && ratio < VANISHING.ratio)) return null;
  const firstName = layerName(layers, 0);
  const lastName = layerName(layers, depth - 1);
  const message: WarningText =
    first === 0
      ? { id: 'vanishingZero', values: { first: firstName } }
      : last > 0
        ? {
            id: 'vanishingNormRatio',
            values: { first: firstName, norm: first, ratio, last: lastName, lastNorm: last },
          }
        : { id: 'vanishingNorm', values: { first: firstName, norm: first } };
  return warning(
    'vanishingGradients',
    steps[n - 1],
    message,
    layers[0]?.activation === 'relu' ? 'vanishingReluRemedy' : 'vanishingSaturatedRemedy',
  );
};
