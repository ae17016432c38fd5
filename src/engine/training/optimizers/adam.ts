/**
 * Adam, PyTorch `torch.optim.Adam` (Kingma & Ba 2015), single-tensor code path:
 *
 *     g ← g + λ·w                          (only when weightDecay λ > 0: L2, not decoupled)
 *     m ← β₁·m + (1 − β₁)·g
 *     v ← β₂·v + (1 − β₂)·g²
 *     w ← w − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 *
 * which is `w − lr·m̂/(√v̂ + ε)` with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). The bias corrections
 * are computed from the integer t in float64 (as PyTorch does on the CPU side), so a restored
 * step count reproduces them exactly. tfjs's `tf.train.adam` puts ε at the same place but keeps
 * β₁ᵗ, β₂ᵗ as float32 products accumulated step by step, which can differ in the last bits.
 * PyTorch's default ε is 1e-8; tfjs's and Keras's is 1e-7. PyTorch writes the first moment as
 * `m.lerp_(g, 1 − β₁)`, the same value with different float32 rounding. Not supported:
 * PyTorch's `amsgrad` and `maximize` options.
 */
import type * as tf from '@tensorflow/tfjs';
import { checkNonNegative, checkUnitInterval, withL2 } from './check';
import type { AdamHparams, StepInfo, UpdateRule } from './types';

/** The Adam moment update and step shared by Adam and AdamW (`g` already includes any L2). */
export function adamStep(
  param: tf.Tensor,
  g: tf.Tensor,
  slots: Record<string, tf.Tensor>,
  h: Required<AdamHparams>,
  { learningRate, t }: StepInfo,
) {
  const m = slots.m.mul(h.beta1).add(g.mul(1 - h.beta1));
  const v = slots.v.mul(h.beta2).add(g.square().mul(1 - h.beta2));
  const biasCorrection1 = 1 - h.beta1 ** t;
  const biasCorrection2 = 1 - h.beta2 ** t;
  const denom = v.sqrt().div(Math.sqrt(biasCorrection2)).add(h.epsilon);
  const next = param.sub(m.div(denom).mul(learningRate / biasCorrection1));
  return { param: next, slots: { m, v } };
}

/** Checks shared by Adam and AdamW. */
export function validateAdam(kind: string, h: Required<AdamHparams>): void {
  checkUnitInterval(`${kind}.beta1`, h.beta1);
  checkUnitInterval(`${kind}.beta2`, h.beta2);
  checkNonNegative(`${kind}.epsilon`, h.epsilon);
  checkNonNegative(`${kind}.weightDecay`, h.weightDecay);
}

/**
 * m, v, the bias-corrected m̂ and v̂, and step = lr·m̂/(√v̂ + ε), the effective step each
 * parameter takes (AdamW adds its decay on top). Before the first step (t = 0) m̂ = m, v̂ = v.
 */
export function describeAdam(
  slots: Record<string, tf.Tensor>,
  h: Required<AdamHparams>,
  { learningRate, t }: StepInfo,
): Record<string, tf.Tensor> {
  const mHat = t === 0 ? slots.m.clone() : slots.m.div(1 - h.beta1 ** t);
  const vHat = t === 0 ? slots.v.clone() : slots.v.div(1 - h.beta2 ** t);
  const step = mHat.div(vHat.sqrt().add(h.epsilon)).mul(learningRate);
  return { m: slots.m.clone(), v: slots.v.clone(), mHat, vHat, step };
}

/** The Adam rule (see the file comment); state slots m and v per parameter. */
export const adam: UpdateRule<AdamHparams> = {
  kind: 'adam',
  defaults: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 },
  validate: (h) => validateAdam('adam', h),
  slots: () => ['m', 'v'],
  update({ param, grad, slots }, h, step) {
    return adamStep(param, withL2(grad, param, h.weightDecay), slots, h, step);
  },
  describe: describeAdam,
};
