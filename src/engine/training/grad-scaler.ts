/**
 * Dynamic loss scaling for fp16 training, PyTorch `torch.amp.GradScaler` semantics
 * (torch/amp/grad_scaler.py and the `_amp_update_scale_` kernel):
 *
 * - the loss is multiplied by `scale` before backward, so small gradients do not underflow
 *   in fp16; the gradients are multiplied by 1/scale ("unscaled") before clipping and the step;
 * - if any unscaled gradient is NaN/±Inf the optimizer step is skipped and
 *   `scale ← scale · backoffFactor`, `growthTracker ← 0`;
 * - otherwise `growthTracker += 1`, and when it reaches `growthInterval`:
 *   `scale ← scale · growthFactor` (only if that is finite in float32) and `growthTracker ← 0`.
 *
 * The state is two plain numbers, for a checkpoint. bf16 needs no scaler (float32's range).
 */
import * as tf from '@tensorflow/tfjs';

/** The scaler's settings (PyTorch's names and defaults). */
export interface GradScalerConfig {
  /** Scale before the first step, finite and > 0. Default 2¹⁶. */
  initScale: number;
  /** Multiplier after growthInterval clean steps, > 1. Default 2. */
  growthFactor: number;
  /** Multiplier after a step with non-finite gradients, in (0, 1). Default 0.5. */
  backoffFactor: number;
  /** Clean steps in a row before the scale grows, integer ≥ 1. Default 2000. */
  growthInterval: number;
}

/** PyTorch's defaults: 2¹⁶, ×2 after 2000 clean steps, ×0.5 after a non-finite one. */
export const DEFAULT_GRAD_SCALER: GradScalerConfig = {
  initScale: 2 ** 16,
  growthFactor: 2,
  backoffFactor: 0.5,
  growthInterval: 2000,
};

/** The scaler's state: the current loss scale (a float32 value) and the clean steps since the last change. */
export interface GradScalerState {
  scale: number;
  growthTracker: number;
}

/** @throws RangeError naming the field when a setting is out of range (PyTorch asserts the same). */
export function validateGradScaler(c: GradScalerConfig): void {
  const bad = (field: string, rule: string, v: unknown) =>
    new RangeError(`gradScaler.${field} must be ${rule}, got ${v}`);
  if (!(Number.isFinite(c.initScale) && c.initScale > 0))
    throw bad('initScale', 'finite and > 0', c.initScale);
  if (!(Number.isFinite(c.growthFactor) && c.growthFactor > 1))
    throw bad('growthFactor', 'finite and > 1', c.growthFactor);
  if (!(c.backoffFactor > 0 && c.backoffFactor < 1))
    throw bad('backoffFactor', 'in (0, 1)', c.backoffFactor);
  if (!(Number.isInteger(c.growthInterval) && c.growthInterval >= 1)) {
    throw bad('growthInterval', 'an integer ≥ 1', c.growthInterval);
  }
}

/** The state before the first step. @throws RangeError from {@link validateGradScaler} */
export function initialScalerState(
  config: GradScalerConfig = DEFAULT_GRAD_SCALER,
): GradScalerState {
  validateGradScaler(config);
  return { scale: Math.fround(config.initScale), growthTracker: 0 };
}

/**
 * The scale update after a step (PyTorch `scaler.update()`), pure.
 * @param foundInf whether any unscaled gradient of this step was NaN or ±Inf
 * @returns the next state, and `skipped`: whether this step's optimizer update must be skipped
 * @throws RangeError from {@link validateGradScaler}
 */
export function updateScale(
  config: GradScalerConfig,
  state: GradScalerState,
  foundInf: boolean,
): { state: GradScalerState; skipped: boolean } {
  validateGradScaler(config);
  if (foundInf) {
    return {
      state: { scale: Math.fround(state.scale * config.backoffFactor), growthTracker: 0 },
      skipped: true,
    };
  }
  const successful = state.growthTracker + 1;
  if (successful === config.growthInterval) {
    const grown = Math.fround(state.scale * config.growthFactor);
    return {
      state: { scale: Number.isFinite(grown) ? grown : state.scale, growthTracker: 0 },
      skipped: false,
    };
  }
  return { state: { scale: state.scale, growthTracker: successful }, skipped: false };
}

/** The loss multiplied by the scale, for backward. The caller owns the result. */
export function scaleLoss(loss: tf.Scalar, scale: number): tf.Scalar {
  return tf.mul(loss, scale);
}

/**
 * Gradients multiplied by 1/scale (computed in float64, then float32, as PyTorch), and whether
 * any of them is non-finite (a bool scalar on the device: reading it back decides the skip).
 * Does not dispose the inputs; the caller owns the results.
 */
export function unscaleGrads(
  grads: Map<string, tf.Tensor>,
  scale: number,
): { grads: Map<string, tf.Tensor>; foundInf: tf.Scalar } {
  const names = [...grads.keys()];
  const inverse = Math.fround(1 / scale);
  const out = tf.tidy(() => {
    const unscaled = [...grads.values()].map((g) => g.mul(inverse));
    const anyBad = unscaled.map((g) => g.isFinite().logicalNot().any());
    const foundInf = (
      anyBad.length === 0 ? tf.scalar(false, 'bool') : tf.stack(anyBad).any()
    ) as tf.Scalar;
    return { unscaled, foundInf };
  });
  return { grads: new Map(names.map((n, i) => [n, out.unscaled[i]])), foundInf: out.foundInf };
}
