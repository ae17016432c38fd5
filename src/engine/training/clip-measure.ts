/**
 * Clipping with its measurements kept: the global gradient norm before clipping, the factor
 * the clipping scaled it by, and (by value) the share of gradient entries that were clamped.
 * The fused step keeps the first two as a tensor until its next loss read-back; step mode
 * reads them into a {@link ClipReport} for the update panel. Semantics: PyTorch's
 * clip_grad_norm_ and clip_grad_value_, as in `clipping.ts`.
 */
import * as tf from '@tensorflow/tfjs';
import type { ClipReport } from '../../protocol/reports';
import type { ClipPlan } from '../run/plan';
import { clipByGlobalNorm, clipByValue } from './clipping';

/**
 * Clips `grads` as `clip` says and returns the clipped gradients with `stats`, a tensor
 * [2] of [‖g‖₂ before clipping, clip factor] (gradient units; the factor is ≤ 1 by norm, and
 * ‖clipped‖ / ‖g‖ by value). Call inside a tf.tidy: every new tensor is the tidy's; `grads`
 * are not disposed.
 */
export function clipMeasured(
  grads: tf.NamedTensorMap,
  clip: ClipPlan,
): { grads: tf.NamedTensorMap; stats: tf.Tensor1D } {
  const named = new Map(Object.entries(grads));
  const r = clip.kind === 'norm' ? clipByGlobalNorm(named, clip.max) : clipByValue(named, clip.max);
  r.normAfter.dispose();
  return {
    grads: Object.fromEntries(r.grads),
    stats: tf.stack([r.normBefore, r.factor]) as tf.Tensor1D,
  };
}

/**
 * What clipping `grads` would do, read back (one GPU→CPU sync): the norms before and after,
 * the factor, and by value the share of entries with |g| > max. Frees every tensor it makes.
 */
export async function measureClip(grads: tf.NamedTensorMap, clip: ClipPlan): Promise<ClipReport> {
  const values = tf.tidy(() => {
    const named = new Map(Object.entries(grads));
    const r =
      clip.kind === 'norm' ? clipByGlobalNorm(named, clip.max) : clipByValue(named, clip.max);
    const list = Object.values(grads);
    const total = list.reduce((s, g) => s + g.size, 0);
    const clamped =
      clip.kind === 'value' && list.length > 0
        ? tf.addN(list.map((g) => tf.sum(tf.cast(tf.greater(tf.abs(g), clip.max), 'float32'))))
        : tf.scalar(0);
    return tf.stack([r.normBefore, r.normAfter, r.factor, tf.div(clamped, Math.max(1, total))]);
  });
  const [normBefore, normAfter, factor, share] = (await values.data()) as Float32Array;
  values.dispose();
  return {
    kind: clip.kind,
    max: clip.max,
    normBefore,
    normAfter,
    factor,
    clippedShare: clip.kind === 'value' ? share : null,
  };
}
