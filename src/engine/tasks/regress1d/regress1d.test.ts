import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, taskDefaults } from '../../../config/schema';
import { createMlp } from '../../models/mlp';
import { Rng } from '../../rng';
import { FUNCTIONS_1D, sampleFunction, X_RANGE } from './functions';
import { CURVE_POINTS, regress1d, squaredError } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('squaredError (the MSE loss per example)', () => {
  it('is (ŷ − y)² per example, and its mean is the hand-computed MSE', () => {
    const pred = tf.tensor2d([[0.5], [-1], [2], [0]]);
    const target = tf.tensor1d([1, -1, 0, 0.25]);
    const l = squaredError(pred, target);
    expect(Array.from(l.dataSync())).toEqual([0.25, 0, 4, 0.0625]);
    expect(tf.mean(l).dataSync()[0]).toBeCloseTo((0.25 + 0 + 4 + 0.0625) / 4, 6);
    tf.dispose([pred, target, l]);
  });

  it('has the gradient 2(ŷ − y) / n of the mean with respect to the predictions', () => {
    const target = tf.tensor1d([1, -2, 0.5]);
    const pred = tf.tensor2d([[0], [1], [0.5]]);
    const g = tf.grad((p: tf.Tensor) => tf.mean(squaredError(p as tf.Tensor2D, target)))(pred);
    const want = [(2 * (0 - 1)) / 3, (2 * (1 + 2)) / 3, 0];
    Array.from(g.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    tf.dispose([target, pred, g]);
  });

  it('gives gradients of an MLP regression that match central differences', () => {
    const rng = new Rng(4);
    const spec = {
      inputSize: 1,
      hidden: [4, 3],
      outputs: 1,
      activation: 'tanh' as const,
      initializer: 'glorot' as const,
      batchSize: 5,
      outputActivation: 'linear' as const,
    };
    const model = createMlp(spec, rng);
    const x = tf.tensor2d([-1.2, -0.4, 0.1, 0.7, 1.3], [5, 1]);
    const y = tf.tensor1d([0.3, -0.5, 0.9, 0.2, -1]);
    const loss = () => tf.mean(squaredError(model.forward(x).logits, y)) as tf.Scalar;
    const { grads } = tf.variableGrads(loss, model.variables);
    const h = 1e-2;
    for (const v of model.variables) {
      const g = grads[v.name].dataSync();
      const values = v.dataSync().slice();
      for (let k = 0; k < values.length; k++) {
        const at = (d: number) => {
          const w = values.slice();
          w[k] += d;
          v.assign(tf.tensor(w, v.shape));
          return tf.tidy(() => loss().dataSync()[0]);
        };
        // float32 forward passes: a larger step, and a tolerance to match.
        const fd = (at(h) - at(-h)) / (2 * h);
        v.assign(tf.tensor(values, v.shape));
        expect(Math.abs(g[k] - fd)).toBeLessThan(2e-3 + 2e-2 * Math.abs(fd));
      }
    }
    tf.dispose([x, y, ...Object.values(grads)]);
    model.dispose();
  });
});

describe.each(FUNCTIONS)('function %s', (fn) => {
  it('gives n noisy samples in the x range, deterministic for a seed', () => {
    const a = sampleFunction(fn, 300, 0.1, new Rng(2));
    expect(a).toEqual(sampleFunction(fn, 300, 0.1, new Rng(2)));
    expect(a.x.every((v) => v >= X_RANGE[0] && v <= X_RANGE[1])).toBe(true);
    // Without noise the targets are the function itself.
    const clean = sampleFunction(fn, 50, 0, new Rng(3));
    clean.x.forEach((x, i) => expect(clean.y[i]).toBeCloseTo(FUNCTIONS_1D[fn](x), 5));
    // With noise σ = 0.1 the residuals have about that spread.
    let ss = 0;
    a.x.forEach((x, i) => (ss += (a.y[i] - FUNCTIONS_1D[fn](x)) ** 2));
    expect(Math.sqrt(ss / a.n)).toBeGreaterThan(0.07);
    expect(Math.sqrt(ss / a.n)).toBeLessThan(0.13);
  });
});

describe('the regress1d task', () => {
  it('splits float targets and draws the fitted curve over the x range', async () => {
    const config = { ...taskDefaults('regress1d'), points: 100, validationSplit: 0.2 };
    const data = regress1d.makeData(config, new Rng(1));
    expect(data.kind).toBe('curve1d');
    expect(data.classes).toBe(0);
    expect(data.train.y).toBeInstanceOf(Float32Array);
    expect([data.train.n, data.validation.n]).toEqual([80, 20]);
    const model = regress1d.buildModel(config, data, new Rng(2));
    expect(model.summary.layers.at(-1)!.activation).toBe('linear');
    const out = tf.zeros([20, 1]) as tf.Tensor2D;
    const { curve } = await regress1d.evaluationView(model, data, out, { config, step: 0 });
    expect(curve!.x).toHaveLength(CURVE_POINTS);
    expect(curve!.x[0]).toBeCloseTo(X_RANGE[0], 6);
    expect(curve!.x[CURVE_POINTS - 1]).toBeCloseTo(X_RANGE[1], 6);
    expect(curve!.truth[0]).toBeCloseTo(Math.sin(3 * X_RANGE[0]), 5);
    expect(curve!.y.every(Number.isFinite)).toBe(true);
    out.dispose();
    model.dispose();
  });
});
