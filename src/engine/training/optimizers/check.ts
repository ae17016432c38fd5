/** Range checks shared by the update rules; each throws a RangeError naming the hyperparameter. */
import type * as tf from '@tensorflow/tfjs';

/** @throws RangeError unless `value` is finite and ≥ 0. */
export function checkNonNegative(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number ≥ 0, got ${value}`);
  }
}

/** @throws RangeError unless 0 ≤ `value` < 1. */
export function checkUnitInterval(field: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value >= 1) {
    throw new RangeError(`${field} must be in [0, 1), got ${value}`);
  }
}

/** L2 weight decay folded into the gradient, `g + λ·w` (PyTorch `weight_decay`); `g` when λ = 0. */
export function withL2(grad: tf.Tensor, param: tf.Tensor, weightDecay: number): tf.Tensor {
  return weightDecay === 0 ? grad : grad.add(param.mul(weightDecay));
}
