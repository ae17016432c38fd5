/**
 * Test helpers for the optimizer tests: PyTorch's update formulas in float64 plain JS (the
 * oracle) and a loop that trains the test MLP with one of our optimizers. Used by tests only.
 */
import * as tf from '@tensorflow/tfjs';
import { mlpGrads64, type MlpProblem, type TfMlp } from '../test-mlp';
import { createOptimizer, type HparamsOf, type OptimizerKind } from './index';

/** A constant learning rate or one per 0-based step (a schedule). */
export type LearningRate = number | ((step: number) => number);
const rateAt = (lr: LearningRate, step: number) => (typeof lr === 'number' ? lr : lr(step));

/** Steps of every oracle comparison. */
export const STEPS = 100;

/**
 * PyTorch's update formulas (torch/optim/{sgd,rmsprop,adam,adamw}.py, single-tensor path)
 * written out in float64 plain JS, per element; `state` holds the slots by name.
 */
export function referenceStep(
  kind: OptimizerKind,
  h: Record<string, number | boolean>,
  w: Float64Array,
  grad: Float64Array,
  state: Record<string, Float64Array>,
  lr: number,
  t: number,
): void {
  const wd = (h.weightDecay as number | undefined) ?? (kind === 'adamw' ? 0.01 : 0);
  for (let i = 0; i < w.length; i++) {
    let g = grad[i];
    if (kind !== 'adamw' && wd !== 0) g += wd * w[i];
    if (kind === 'sgd') {
      w[i] -= lr * g;
    } else if (kind === 'momentum') {
      const mu = (h.momentum as number) ?? 0.9;
      const d = (h.dampening as number) ?? 0;
      const b = (state.buffer ??= new Float64Array(w.length));
      b[i] = t === 1 ? g : mu * b[i] + (1 - d) * g;
      w[i] -= lr * (h.nesterov ? g + mu * b[i] : b[i]);
    } else if (kind === 'rmsprop') {
      const alpha = (h.alpha as number) ?? 0.99;
      const eps = (h.epsilon as number) ?? 1e-8;
      const mu = (h.momentum as number) ?? 0;
      const v = (state.squareAvg ??= new Float64Array(w.length));
      v[i] = alpha * v[i] + (1 - alpha) * g * g;
      let avg = v[i];
      if (h.centered) {
        const ga = (state.gradAvg ??= new Float64Array(w.length));
        ga[i] = alpha * ga[i] + (1 - alpha) * g;
        avg -= ga[i] * ga[i];
      }
      const denom = Math.sqrt(avg) + eps;
      if (mu > 0) {
        const b = (state.buffer ??= new Float64Array(w.length));
        b[i] = mu * b[i] + g / denom;
        w[i] -= lr * b[i];
      } else {
        w[i] -= (lr * g) / denom;
      }
    } else {
      const b1 = (h.beta1 as number) ?? 0.9;
      const b2 = (h.beta2 as number) ?? 0.999;
      const eps = (h.epsilon as number) ?? 1e-8;
      if (kind === 'adamw') w[i] *= 1 - lr * wd;
      const m = (state.m ??= new Float64Array(w.length));
      const v = (state.v ??= new Float64Array(w.length));
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      const mHat = m[i] / (1 - b1 ** t);
      const vHat = v[i] / (1 - b2 ** t);
      w[i] -= (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
}

/** The float64 oracle: STEPS full-batch steps from the problem's initial weights. */
export function reference64(
  problem: MlpProblem,
  kind: OptimizerKind,
  h: Record<string, number | boolean>,
  lr: LearningRate,
  steps = STEPS,
): Float64Array[] {
  const w = problem.init.map((a) => Float64Array.from(a));
  const states = w.map(() => ({}) as Record<string, Float64Array>);
  for (let t = 1; t <= steps; t++) {
    const g = mlpGrads64(problem, w);
    w.forEach((wi, p) => referenceStep(kind, h, wi, g[p], states[p], rateAt(lr, t - 1), t));
  }
  return w;
}

/** Runs our optimizer on the tfjs model for `steps` full-batch steps. */
export function trainOurs<K extends OptimizerKind>(
  model: TfMlp,
  kind: K,
  h: HparamsOf[K],
  lr: LearningRate,
  steps = STEPS,
) {
  const opt = createOptimizer(kind, model.params, h);
  for (let s = 0; s < steps; s++) {
    const grads = model.grads();
    opt.apply(grads, rateAt(lr, s));
    tf.dispose([...grads.values()]);
  }
  return opt;
}

/** An optimizer, its hyperparameters and a learning rate. */
export interface Case<K extends OptimizerKind = OptimizerKind> {
  kind: K;
  h: HparamsOf[K];
  lr: LearningRate;
}
