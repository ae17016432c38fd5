/** Vanishing gradients: almost no gradient reaches the first layer. */
import { type Detector, fmt, layerName, median, warning } from './series';

/**
 * Over the last `window` read-backs, with medians per layer: the gradient vanishes when the
 * first layer's norm is below `absolute`, or below `ratio` × the last layer's norm (the
 * signal shrinks on its way back through the layers). Needs a model with two or more layers.
 */
export const VANISHING = { window: 5, ratio: 1e-3, absolute: 1e-6 } as const;

export const detectVanishingGradients: Detector = ({ history: h, layers }) => {
  const n = h.gradNorms.length;
  if (n === 0) return null;
  const depth = h.gradNorms[n - 1].length;
  if (depth < 2) return null;
  const recent = h.gradNorms.slice(Math.max(0, n - VANISHING.window));
  const first = median(recent.map((g) => g[0]));
  const last = median(recent.map((g) => g[depth - 1]));
  if (!Number.isFinite(first) || !Number.isFinite(last)) return null;
  const tooSmall = first < VANISHING.absolute;
  const ratio = first / last;
  if (!tooSmall && !(last > 0 && ratio < VANISHING.ratio)) return null;
  const firstName = layerName(layers, 0);
  const lastName = layerName(layers, depth - 1);
  const seen =
    first === 0
      ? 'is exactly 0: no gradient reaches it at all'
      : `has norm ${fmt(first)}` +
        (last > 0 ? `, ${fmt(ratio)} × that of the last layer (${lastName}, ${fmt(last)})` : '') +
        ': the first layers barely learn';
  return warning(
    'vanishingGradients',
    h.gradSteps[n - 1],
    `The gradient reaching the first layer (${firstName}) ${seen}.`,
    layers[0]?.activation === 'relu'
      ? 'Dead ReLUs pass no gradient back: lower the learning rate or use He initialization, then reset.'
      : 'Saturated units pass little gradient back: use ReLU with He initialization (or tanh with Glorot), fewer layers, or a smaller learning rate.',
  );
};
