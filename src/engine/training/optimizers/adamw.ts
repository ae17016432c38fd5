/**
 * AdamW, PyTorch `torch.optim.AdamW` (Loshchilov & Hutter 2019, "Decoupled Weight Decay
 * Regularization"): the weight decays by itself, outside the moments,
 *
 *     w ← w · (1 − lr·λ)
 *     then Adam's step (see adam.ts) with the raw gradient g (no L2 term).
 *
 * The decay is scaled by the scheduled lr, as in PyTorch (the paper scales it by the schedule
 * multiplier η_t alone). PyTorch's default λ is 0.01. tfjs has no AdamW.
 */
import { adamStep, describeAdam, validateAdam } from './adam';
import type { AdamHparams, UpdateRule } from './types';

/** The AdamW rule (see the file comment); state slots m and v per parameter. */
export const adamw: UpdateRule<AdamHparams> = {
  kind: 'adamw',
  defaults: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.01 },
  validate: (h) => validateAdam('adamw', h),
  slots: () => ['m', 'v'],
  update({ param, grad, slots }, h, step) {
    const decayed = h.weightDecay === 0 ? param : param.mul(1 - step.learningRate * h.weightDecay);
    return adamStep(decayed, grad, slots, h, step);
  },
  describe: describeAdam,
};
