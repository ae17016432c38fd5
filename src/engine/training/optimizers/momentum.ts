/**
 * SGD with momentum, PyTorch `torch.optim.SGD(momentum=μ, dampening=d, nesterov)`:
 *
 *     g ← g + λ·w                                  (only when weightDecay λ > 0)
 *     b ← g                       at the first step (PyTorch clones the gradient)
 *     b ← μ·b + (1 − d)·g         afterwards
 *     u ← g + μ·b  (Nesterov)  or  u ← b
 *     w ← w − lr·u
 *
 * With d = 0 this is tfjs's `tf.train.momentum(lr, μ, useNesterov)` exactly (tfjs keeps the
 * same buffer, starting from zeros). Because lr multiplies the buffer at each step rather than
 * being folded into it, a schedule changes the step size at once (PyTorch's choice; Sutskever
 * et al. 2013 fold lr into the velocity).
 */
import { checkNonNegative, checkUnitInterval, withL2 } from './check';
import type { MomentumHparams, UpdateRule } from './types';

/** The momentum rule (see the file comment); state slot buffer per parameter. */
export const momentum: UpdateRule<MomentumHparams> = {
  kind: 'momentum',
  defaults: { momentum: 0.9, dampening: 0, nesterov: false, weightDecay: 0 },
  validate(h) {
    checkUnitInterval('momentum.momentum', h.momentum);
    checkUnitInterval('momentum.dampening', h.dampening);
    checkNonNegative('momentum.weightDecay', h.weightDecay);
    if (h.nesterov && (h.momentum <= 0 || h.dampening !== 0)) {
      throw new RangeError('Nesterov momentum needs momentum > 0 and dampening 0 (as in PyTorch)');
    }
  },
  slots: () => ['buffer'],
  update({ param, grad, slots }, h, { learningRate, t }) {
    const g = withL2(grad, param, h.weightDecay);
    const damped = h.dampening === 0 ? g : g.mul(1 - h.dampening);
    const buffer = t === 1 ? g : slots.buffer.mul(h.momentum).add(damped);
    const u = h.nesterov ? g.add(buffer.mul(h.momentum)) : buffer;
    return { param: param.sub(u.mul(learningRate)), slots: { buffer } };
  },
  /** buffer: the momentum buffer b; step: lr·b, the size of the last step (without Nesterov). */
  describe(slots, _h, { learningRate }) {
    return { buffer: slots.buffer.clone(), step: slots.buffer.mul(learningRate) };
  },
};
