/**
 * Plain stochastic gradient descent, PyTorch `torch.optim.SGD(momentum=0)`:
 *
 *     g ← g + λ·w          (only when weightDecay λ > 0)
 *     w ← w − lr·g
 *
 * No state. tfjs's `tf.train.sgd` computes the same (as `w + (−lr)·g`).
 */
import { checkNonNegative, withL2 } from './check';
import type { SgdHparams, UpdateRule } from './types';

/** The plain SGD rule (see the file comment); no state. */
export const sgd: UpdateRule<SgdHparams> = {
  kind: 'sgd',
  defaults: { weightDecay: 0 },
  validate(h) {
    checkNonNegative('sgd.weightDecay', h.weightDecay);
  },
  slots: () => [],
  update({ param, grad }, h, { learningRate }) {
    const g = withL2(grad, param, h.weightDecay);
    return { param: param.sub(g.mul(learningRate)), slots: {} };
  },
  describe: () => ({}),
};
