/**
 * RMSprop, PyTorch `torch.optim.RMSprop` (Hinton, lecture 6e of "Neural Networks for Machine
 * Learning", 2012):
 *
 *     g ← g + λ·w                                (only when weightDecay λ > 0)
 *     v ← α·v + (1 − α)·g²                       (squareAvg)
 *     ḡ ← α·ḡ + (1 − α)·g                        (gradAvg, only when centered)
 *     s ← √(v − ḡ²) + ε  (centered)  or  √v + ε
 *     b ← μ·b + g/s,  w ← w − lr·b               (momentum μ > 0)
 *     w ← w − lr·g/s                             (otherwise)
 *
 * tfjs's `tf.train.rmsprop` differs in two places: ε sits inside the root, `√(v + ε)`
 * (TensorFlow's and Keras's convention), and its momentum buffer accumulates `lr·g/s`, so a
 * change of lr reaches the step only through new gradients. With ε = 0 and a constant lr both
 * give the same updates (the test checks it); with ε > 0 they differ by about ε/(2v) relative
 * to the step where v ≫ ε, and strongly where v ≲ ε. `epsilonInsideSqrt` takes TensorFlow's
 * s = √(v + ε) (not centered); without momentum the update is then w ← w − (lr·g)/s, computed
 * as tfjs computes it, so it equals `tf.train.rmsprop(lr, α, 0, ε)` bit for bit on the cpu
 * backend.
 */
import { checkNonNegative, checkUnitInterval, withL2 } from './check';
import type { RmspropHparams, UpdateRule } from './types';

/** The RMSprop rule (see the file comment); slots squareAvg, gradAvg (centered), buffer (momentum). */
export const rmsprop: UpdateRule<RmspropHparams> = {
  kind: 'rmsprop',
  defaults: {
    alpha: 0.99,
    epsilon: 1e-8,
    momentum: 0,
    centered: false,
    weightDecay: 0,
    epsilonInsideSqrt: false,
  },
  validate(h) {
    checkUnitInterval('rmsprop.alpha', h.alpha);
    checkNonNegative('rmsprop.epsilon', h.epsilon);
    checkUnitInterval('rmsprop.momentum', h.momentum);
    checkNonNegative('rmsprop.weightDecay', h.weightDecay);
    if (h.epsilonInsideSqrt && h.centered) {
      throw new RangeError('rmsprop: ε inside the root is offered only without centering');
    }
  },
  slots: (h) => [
    'squareAvg',
    ...(h.centered ? ['gradAvg'] : []),
    ...(h.momentum > 0 ? ['buffer'] : []),
  ],
  update({ param, grad, slots }, h, { learningRate }) {
    const g = withL2(grad, param, h.weightDecay);
    const squareAvg = slots.squareAvg.mul(h.alpha).add(g.square().mul(1 - h.alpha));
    const out: Record<string, typeof g> = { squareAvg };
    let denom;
    if (h.centered) {
      const gradAvg = slots.gradAvg.mul(h.alpha).add(g.mul(1 - h.alpha));
      out.gradAvg = gradAvg;
      denom = squareAvg.sub(gradAvg.square()).sqrt().add(h.epsilon);
    } else if (h.epsilonInsideSqrt) {
      denom = squareAvg.add(h.epsilon).sqrt();
    } else {
      denom = squareAvg.sqrt().add(h.epsilon);
    }
    if (h.momentum > 0) {
      const buffer = slots.buffer.mul(h.momentum).add(g.div(denom));
      out.buffer = buffer;
      return { param: param.sub(buffer.mul(learningRate)), slots: out };
    }
    // TensorFlow's order, (lr·g)/s, in its convention; PyTorch's, (g/s)·lr, in its own.
    const step = h.epsilonInsideSqrt
      ? g.mul(learningRate).div(denom)
      : g.div(denom).mul(learningRate);
    return { param: param.sub(step), slots: out };
  },
  /**
   * The slots, plus stepSize = lr/(√v + ε) (centered: lr/(√(v − ḡ²) + ε); ε inside the root:
   * lr/√(v + ε)), the effective per-parameter learning rate that multiplied the last gradient.
   */
  describe(slots, h, { learningRate }) {
    const v = h.centered ? slots.squareAvg.sub(slots.gradAvg.square()) : slots.squareAvg;
    const views: Record<string, typeof v> = {};
    for (const [name, tensor] of Object.entries(slots)) views[name] = tensor.clone();
    const s = h.epsilonInsideSqrt ? v.add(h.epsilon).sqrt() : v.sqrt().add(h.epsilon);
    views.stepSize = s.reciprocal().mul(learningRate);
    return views;
  },
};
