/**
 * Gradient clipping, applied to the (accumulated, unscaled) gradients between backward and the
 * optimizer step, as Lightning's `gradient_clip_algorithm = 'norm' | 'value'` does:
 *
 * - by global norm, PyTorch `torch.nn.utils.clip_grad_norm_(max_norm, norm_type=2)`:
 *   `total = √(Σ_p ‖g_p‖²)` over all gradients together, `coef = maxNorm / (total + 1e-6)`,
 *   clamped to at most 1, and every gradient is multiplied by it (also when coef = 1, so no
 *   read-back decides anything). A non-finite total gives coef 0 or NaN, as in PyTorch with
 *   `error_if_nonfinite=False`; the step's non-finite check (or the grad scaler) catches it.
 * - by value, PyTorch `torch.nn.utils.clip_grad_value_`: every element clamped to
 *   [−clipValue, clipValue].
 *
 * Everything stays on the device: the norms and the factor come back as scalar tensors, for
 * the caller to read back when it reports.
 */
import * as tf from '@tensorflow/tfjs';

/** PyTorch's guard against division by zero in clip_grad_norm_. */
export const CLIP_EPSILON = 1e-6;

/** What a clipping returns; the caller owns (disposes) every tensor in it. */
export interface ClipResult {
  /** The clipped gradients, by parameter name, shaped like the inputs. */
  grads: Map<string, tf.Tensor>;
  /** Global L2 norm of the gradients before clipping. */
  normBefore: tf.Scalar;
  /** Global L2 norm after clipping (by norm: normBefore · factor). */
  normAfter: tf.Scalar;
  /** The multiplier of the global norm: by norm the clip coefficient (≤ 1), by value normAfter/normBefore (1 when both are 0). */
  factor: tf.Scalar;
}

/**
 * The global L2 norm `√(Σ_p Σ_i g_pi²)` of all gradients together (0 for none), in the
 * gradients' units. The caller owns the returned scalar.
 */
export function globalNorm(grads: Iterable<tf.Tensor>): tf.Scalar {
  const list = [...grads];
  return tf.tidy(() =>
    list.length === 0
      ? tf.scalar(0)
      : (tf.addN(list.map((g) => g.square().sum())).sqrt() as tf.Scalar),
  );
}

const named = (names: string[], tensors: tf.Tensor[]) =>
  new Map(names.map((name, i) => [name, tensors[i]]));

/**
 * Scales all gradients together so that their global norm is at most `maxNorm`
 * (PyTorch clip_grad_norm_ semantics, see the file comment). Does not dispose the inputs.
 * @param maxNorm the largest allowed global norm, finite and > 0
 * @throws RangeError for a maxNorm that is not finite and > 0
 */
export function clipByGlobalNorm(grads: Map<string, tf.Tensor>, maxNorm: number): ClipResult {
  if (!Number.isFinite(maxNorm) || maxNorm <= 0) {
    throw new RangeError(`clip maxNorm must be a finite number > 0, got ${maxNorm}`);
  }
  const names = [...grads.keys()];
  const out = tf.tidy(() => {
    const normBefore = globalNorm(grads.values());
    const factor = tf.minimum(tf.div(maxNorm, normBefore.add(CLIP_EPSILON)), 1) as tf.Scalar;
    const clipped = [...grads.values()].map((g) => g.mul(factor));
    return { clipped, normBefore, normAfter: normBefore.mul(factor) as tf.Scalar, factor };
  });
  return {
    grads: named(names, out.clipped),
    normBefore: out.normBefore,
    normAfter: out.normAfter,
    factor: out.factor,
  };
}

/**
 * Clamps every gradient element to [−clipValue, clipValue] (PyTorch clip_grad_value_).
 * Does not dispose the inputs.
 * @param clipValue the largest allowed magnitude of an element, finite and > 0
 * @throws RangeError for a clipValue that is not finite and > 0
 */
export function clipByValue(grads: Map<string, tf.Tensor>, clipValue: number): ClipResult {
  if (!Number.isFinite(clipValue) || clipValue <= 0) {
    throw new RangeError(`clip value must be a finite number > 0, got ${clipValue}`);
  }
  const names = [...grads.keys()];
  const out = tf.tidy(() => {
    const clipped = [...grads.values()].map((g) => g.clipByValue(-clipValue, clipValue));
    const normBefore = globalNorm(grads.values());
    const normAfter = globalNorm(clipped);
    const factor = tf.where(
      normBefore.equal(0),
      tf.onesLike(normBefore),
      normAfter.div(normBefore),
    ) as tf.Scalar;
    return { clipped, normBefore, normAfter, factor };
  });
  return {
    grads: named(names, out.clipped),
    normBefore: out.normBefore,
    normAfter: out.normAfter,
    factor: out.factor,
  };
}
