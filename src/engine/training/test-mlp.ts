/**
 * A small two-layer MLP (tanh hidden layer, mean squared error) on fixed random data, both in
 * tfjs (float32) and in plain JS (float64 with hand-written backpropagation), for the oracle
 * tests of the training policies. Used by tests only.
 *
 * Shapes: x [n, inputs], targets [n, outputs], W0 [inputs, hidden], b0 [hidden],
 * W1 [hidden, outputs], b1 [outputs]; loss = mean over n·outputs of (y − target)².
 * tanh keeps every gradient non-zero (no dead units), so ε = 0 variants stay finite.
 */
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../rng';
import type { NamedParam } from './optimizers/types';

/** Examples n and the layer widths. */
export const SIZES = { n: 32, inputs: 4, hidden: 8, outputs: 2 } as const;
/** The parameter names, in the order of `MlpProblem.init`. */
export const PARAM_NAMES = ['W0', 'b0', 'W1', 'b1'] as const;
const SHAPES: Record<(typeof PARAM_NAMES)[number], number[]> = {
  W0: [SIZES.inputs, SIZES.hidden],
  b0: [SIZES.hidden],
  W1: [SIZES.hidden, SIZES.outputs],
  b1: [SIZES.outputs],
};

/** The fixed data and initial weights, as float32-representable float64 arrays. */
export interface MlpProblem {
  x: Float64Array;
  targets: Float64Array;
  init: Float64Array[];
}

/** The data and initial weights drawn from `seed` (normal: data σ = 1, weights σ = 0.5). */
export function mlpProblem(seed = 7): MlpProblem {
  const rng = new Rng(seed);
  const draw = (size: number, std: number) =>
    Float64Array.from({ length: size }, () => Math.fround(rng.normal(0, std)));
  const x = draw(SIZES.n * SIZES.inputs, 1);
  const targets = draw(SIZES.n * SIZES.outputs, 1);
  const init = PARAM_NAMES.map((name) => {
    const shape = SHAPES[name];
    return draw(
      shape.reduce((a, b) => a * b, 1),
      0.5,
    );
  });
  return { x, targets, init };
}

/** The tfjs model: variables named W0, b0, W1, b1 and the loss over all or some examples. */
export interface TfMlp {
  params: NamedParam[];
  x: tf.Tensor2D;
  targets: tf.Tensor2D;
  /** Mean squared error over the rows `x`, `targets` (default: the whole data set). */
  loss(x?: tf.Tensor2D, targets?: tf.Tensor2D): tf.Scalar;
  /** Gradients of `loss` by parameter name (the caller disposes them). */
  grads(x?: tf.Tensor2D, targets?: tf.Tensor2D): Map<string, tf.Tensor>;
  dispose(): void;
}

/** The tfjs model of `problem`, with fresh variables (the caller disposes it). */
export function tfMlp(problem: MlpProblem): TfMlp {
  const params = PARAM_NAMES.map((name, i) => ({
    name,
    variable: tf.variable(tf.tensor(Float32Array.from(problem.init[i]), SHAPES[name]), true),
  }));
  const x = tf.tensor2d(Float32Array.from(problem.x), [SIZES.n, SIZES.inputs]);
  const targets = tf.tensor2d(Float32Array.from(problem.targets), [SIZES.n, SIZES.outputs]);
  const [W0, b0, W1, b1] = params.map((p) => p.variable);
  const loss = (xs = x, ts = targets): tf.Scalar =>
    tf.tidy(() =>
      tf.losses.meanSquaredError(ts, xs.matMul(W0).add(b0).tanh().matMul(W1).add(b1)),
    ) as tf.Scalar;
  const grads = (xs = x, ts = targets) => {
    const { value, grads: g } = tf.variableGrads(
      () => loss(xs, ts),
      params.map((p) => p.variable),
    );
    value.dispose();
    return new Map(params.map((p) => [p.name, g[p.variable.name]]));
  };
  return {
    params,
    x,
    targets,
    loss,
    grads,
    dispose() {
      for (const p of params) p.variable.dispose();
      x.dispose();
      targets.dispose();
    },
  };
}

/** The float64 model's gradients of the same loss at `w` (W0, b0, W1, b1 as flat row-major arrays). */
export function mlpGrads64(problem: MlpProblem, w: Float64Array[]): Float64Array[] {
  const { n, inputs, hidden, outputs } = SIZES;
  const [W0, b0, W1, b1] = w;
  const { x, targets } = problem;
  const g = w.map((a) => new Float64Array(a.length));
  const [gW0, gb0, gW1, gb1] = g;
  const h = new Float64Array(hidden);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < hidden; j++) {
      let z = b0[j];
      for (let i = 0; i < inputs; i++) z += x[r * inputs + i] * W0[i * hidden + j];
      h[j] = Math.tanh(z);
    }
    const dh = new Float64Array(hidden);
    for (let k = 0; k < outputs; k++) {
      let y = b1[k];
      for (let j = 0; j < hidden; j++) y += h[j] * W1[j * outputs + k];
      const dy = (2 * (y - targets[r * outputs + k])) / (n * outputs);
      gb1[k] += dy;
      for (let j = 0; j < hidden; j++) {
        gW1[j * outputs + k] += h[j] * dy;
        dh[j] += dy * W1[j * outputs + k];
      }
    }
    for (let j = 0; j < hidden; j++) {
      const dz = dh[j] * (1 - h[j] * h[j]);
      gb0[j] += dz;
      for (let i = 0; i < inputs; i++) gW0[i * hidden + j] += x[r * inputs + i] * dz;
    }
  }
  return g;
}

/** ‖a − b‖ / ‖b‖ over all parameters together. */
export function relativeError(a: ArrayLike<number>[], b: ArrayLike<number>[]): number {
  let diff = 0;
  let norm = 0;
  a.forEach((ai, p) => {
    for (let i = 0; i < ai.length; i++) {
      diff += (ai[i] - b[p][i]) ** 2;
      norm += b[p][i] ** 2;
    }
  });
  return Math.sqrt(diff / norm);
}

/** The current values of the parameters as float64 arrays (synchronous read-back; tests only). */
export function valuesOf(params: NamedParam[]): Float64Array[] {
  return params.map((p) => Float64Array.from(p.variable.dataSync()));
}
