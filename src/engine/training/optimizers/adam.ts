/**
 * Adam (Kingma & Ba 2015, Algorithm 1), with PyTorch's `torch.optim.Adam` options:
 *
 *     g ← g + λ·w                          (only when weightDecay λ > 0: L2, not decoupled)
 *     m ← β₁·m + (1 − β₁)·g
 *     v ← β₂·v + (1 − β₂)·g²
 *     m̂ ← m / (1 − β₁ᵗ),  v̂ ← v / (1 − β₂ᵗ)
 *     w ← w − lr·m̂ / (√v̂ + ε)
 *
 * The update panel shows m, v, m̂, v̂ and the step lr·m̂/(√v̂ + ε) exactly as they are computed
 * here. βᵗ is the float32 running product β·β·…·β (t factors), rounded as tfjs's and
 * TensorFlow's Adam keep it in a float32 variable, and it is computed from the integer t (and
 * β) on the CPU, so a restored step count reproduces it exactly on every backend. With the same
 * ε the updates equal `tf.train.adam`'s bit for bit on tfjs's cpu backend (the test checks it).
 * PyTorch computes 1 − βᵗ in float64 and writes the step as (lr / (1 − β₁ᵗ))·m / (√v / √(1 −
 * β₂ᵗ) + ε): the same formula, with float32 roundings that differ in the last bits. PyTorch's
 * default ε is 1e-8; tfjs's and Keras's is 1e-7. Not supported: PyTorch's `amsgrad` and
 * `maximize` options.
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
  const mHat = m.div(biasCorrection(h.beta1, t));
  const vHat = v.div(biasCorrection(h.beta2, t));
  const next = param.sub(mHat.div(vHat.sqrt().add(h.epsilon)).mul(learningRate));
  return { param: next, slots: { m, v } };
}

/** The last power computed per β, so that step t + 1 costs one multiplication. */
const lastPower = new Map<number, { t: number; power: number }>();

/**
 * βᵗ as a float32 running product: fl(fl(β)·fl(β)…), t factors, each product rounded to
 * float32 (as tfjs's `accBeta1.assign(mul(accBeta1, beta1))` does); 1 for t = 0.
 * @param t the step count, an integer ≥ 0
 */
export function float32Power(beta: number, t: number): number {
  const b = Math.fround(beta);
  const last = lastPower.get(b);
  let k = 0;
  let power = 1;
  if (last && last.t <= t) ({ t: k, power } = last);
  for (; k < t; k++) power = k === 0 ? b : Math.fround(power * b);
  if (lastPower.size > 16) lastPower.clear();
  lastPower.set(b, { t, power });
  return power;
}

/**
 * Adam's bias correction 1 − βᵗ, rounded to float32 (see {@link float32Power}); 1 at t = 0,
 * where the moments are still zero.
 */
export function biasCorrection(beta: number, t: number): number {
  return Math.fround(1 - float32Power(beta, t));
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
 * parameter takes (AdamW adds its decay on top), computed as the update computes them: after
 * step t with that step's lr, `step` is exactly what the update subtracted. Before the first
 * step (t = 0) m̂ = m, v̂ = v.
 */
export function describeAdam(
  slots: Record<string, tf.Tensor>,
  h: Required<AdamHparams>,
  { learningRate, t }: StepInfo,
): Record<string, tf.Tensor> {
  const mHat = t === 0 ? slots.m.clone() : slots.m.div(biasCorrection(h.beta1, t));
  const vHat = t === 0 ? slots.v.clone() : slots.v.div(biasCorrection(h.beta2, t));
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
