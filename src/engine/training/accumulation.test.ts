import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccumulator, microBatchLoss } from './accumulation';
import { mlpProblem, relativeError, SIZES, tfMlp, type TfMlp } from './test-mlp';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Gradients of loss/k for rows [from, from + b) of the model's data. */
function microGrads(model: TfMlp, from: number, b: number, k: number): Map<string, tf.Tensor> {
  const x = model.x.slice([from, 0], [b, SIZES.inputs]);
  const t = model.targets.slice([from, 0], [b, SIZES.outputs]);
  const vars = model.params.map((p) => p.variable);
  const { value, grads } = tf.variableGrads(() => microBatchLoss(model.loss(x, t), k), vars);
  tf.dispose([value, x, t]);
  return new Map(model.params.map((p) => [p.name, grads[p.variable.name]]));
}

const arrays = (m: Map<string, tf.Tensor>) => [...m.values()].map((g) => g.dataSync());

describe('gradient accumulation', () => {
  it('k micro-batches of b give the gradient of one batch of k·b', () => {
    const model = tfMlp(mlpProblem(9));
    const full = model.grads();
    for (const k of [2, 4, 8]) {
      const b = SIZES.n / k;
      const acc = createAccumulator(k);
      for (let m = 0; m < k; m++) {
        const g = microGrads(model, m * b, b, k);
        acc.add(g);
        tf.dispose([...g.values()]);
        expect(acc.complete).toBe(m === k - 1);
      }
      expect(acc.count).toBe(k);
      expect(relativeError(arrays(acc.sums()), arrays(full))).toBeLessThan(1e-6);
      // …and not just any gradient: half of the micro-batches is clearly different.
      acc.reset();
      for (let m = 0; m < k / 2; m++) {
        const g = microGrads(model, m * b, b, k);
        acc.add(g);
        tf.dispose([...g.values()]);
      }
      expect(relativeError(arrays(acc.sums()), arrays(full))).toBeGreaterThan(0.05);
      acc.dispose();
    }
    tf.dispose([...full.values()]);
    model.dispose();
  });

  it('with k = 1 the sum is the gradient itself, bit for bit', () => {
    const model = tfMlp(mlpProblem(9));
    const full = model.grads();
    const acc = createAccumulator(1);
    acc.add(full);
    arrays(acc.sums()).forEach((s, i) =>
      expect(Array.from(s)).toEqual(Array.from(arrays(full)[i])),
    );
    tf.dispose([...full.values()]);
    acc.dispose();
    model.dispose();
  });

  it('keeps its sums across tf.tidy scopes and its tensor count flat over cycles', () => {
    const model = tfMlp(mlpProblem(9));
    const acc = createAccumulator(2);
    const cycle = () => {
      acc.reset();
      for (let m = 0; m < 2; m++) tf.tidy(() => acc.add(microGrads(model, m * 16, 16, 2)));
    };
    cycle();
    const afterFirst = tf.memory().numTensors;
    const first = arrays(acc.sums()).map((a) => Array.from(a));
    for (let c = 0; c < 3; c++) {
      cycle();
      expect(tf.memory().numTensors).toBe(afterFirst);
    }
    arrays(acc.sums()).forEach((s, i) => expect(Array.from(s)).toEqual(first[i]));
    acc.dispose();
    model.dispose();
  });

  it('refuses a k that is not a positive integer, extra micro-batches and mismatched gradients', () => {
    expect(() => createAccumulator(0)).toThrow(
      'accumulation microBatches must be an integer ≥ 1, got 0',
    );
    expect(() => createAccumulator(2.5)).toThrow(RangeError);
    const acc = createAccumulator(2);
    expect(() => acc.sums()).toThrow(/no micro-batch added/);
    const a = tf.ones([2, 3]);
    const b = tf.ones([3]);
    acc.add(new Map([['W', a]]));
    expect(() => acc.add(new Map([['W', b]]))).toThrow(
      'gradient of "W" has shape [3], expected [2,3]',
    );
    expect(() => acc.add(new Map([['V', a]]))).toThrow('gradient for unknown parameter "V"');
    expect(() =>
      acc.add(
        new Map([
          ['W', a],
          ['V', b],
        ]),
      ),
    ).toThrow('unknown parameter "V"');
    acc.add(new Map([['W', a]]));
    expect(() => acc.add(new Map([['W', a]]))).toThrow(/already in; reset after the step/);
    expect(Array.from(acc.sums().get('W')!.dataSync())).toEqual([2, 2, 2, 2, 2, 2]);
    acc.dispose();
    tf.dispose([a, b]);
  });
});
