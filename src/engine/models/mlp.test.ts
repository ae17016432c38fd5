import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activation } from '../../config/schema';
import { Rng } from '../rng';
import { softmaxCrossEntropy } from '../tasks/classify2d';
import { createMlp, describeMlp, type MlpSpec } from './mlp';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ACT64: Record<Activation, (v: number) => number> = {
  tanh: Math.tanh,
  relu: (v) => Math.max(0, v),
  sigmoid: (v) => 1 / (1 + Math.exp(-v)),
  linear: (v) => v,
};

/**
 * The oracle: the MLP and the mean softmax cross-entropy in float64 plain JavaScript.
 * params = [W0 (in × out, row-major), b0, W1, b1, …]; sizes = [in, hidden…, out].
 */
function loss64(
  params: Float64Array[],
  sizes: number[],
  act: (v: number) => number,
  x: Float64Array,
  y: Int32Array,
): number {
  const n = y.length;
  let total = 0;
  for (let e = 0; e < n; e++) {
    let h = Array.from(x.subarray(e * sizes[0], (e + 1) * sizes[0]));
    for (let l = 0; l + 1 < sizes.length; l++) {
      const [fin, fout] = [sizes[l], sizes[l + 1]];
      const W = params[2 * l];
      const b = params[2 * l + 1];
      const z = Array.from({ length: fout }, (_, j) => {
        let s = b[j];
        for (let i = 0; i < fin; i++) s += h[i] * W[i * fout + j];
        return s;
      });
      h = l + 2 < sizes.length ? z.map(act) : z;
    }
    const m = Math.max(...h);
    const lse = m + Math.log(h.reduce((s, v) => s + Math.exp(v - m), 0));
    total += lse - h[y[e]];
  }
  return total / n;
}

/** Central differences of the float64 oracle for every parameter element. */
function finiteDifferences(
  params: Float64Array[],
  f: (p: Float64Array[]) => number,
  h = 1e-6,
): Float64Array[] {
  return params.map((p) => {
    const g = new Float64Array(p.length);
    for (let k = 0; k < p.length; k++) {
      const v = p[k];
      p[k] = v + h;
      const up = f(params);
      p[k] = v - h;
      const down = f(params);
      p[k] = v;
      g[k] = (up - down) / (2 * h);
    }
    return g;
  });
}

interface Case {
  activation: Activation;
  hidden: number[];
  outputs: number;
}

const CASES: Case[] = [
  { activation: 'tanh', hidden: [3, 3], outputs: 2 },
  { activation: 'relu', hidden: [3, 3], outputs: 2 },
  { activation: 'sigmoid', hidden: [3, 3], outputs: 2 },
  { activation: 'linear', hidden: [4], outputs: 2 },
  { activation: 'tanh', hidden: [], outputs: 2 },
  { activation: 'relu', hidden: [5, 4, 3], outputs: 3 },
];

describe.each(CASES)(
  'MLP gradients, $activation $hidden → $outputs',
  ({ activation, hidden, outputs }) => {
    it('match central differences of a float64 forward pass', () => {
      const rng = new Rng(hidden.length * 7 + outputs + activation.length);
      const spec: MlpSpec = {
        inputSize: 2,
        hidden,
        outputs,
        activation,
        initializer: 'he',
        batchSize: 6,
      };
      const model = createMlp(spec, rng);
      // Non-zero biases, so their gradients are tested in general position.
      model.variables.forEach((v, i) => {
        if (i % 2 === 1)
          v.assign(
            tf.tidy(() =>
              tf.tensor1d(Array.from({ length: v.shape[0] }, () => rng.normal(0, 0.5))),
            ),
          );
      });
      const n = 6;
      const xs = Float32Array.from({ length: 2 * n }, () => rng.uniform(-1.5, 1.5));
      const ys = Int32Array.from({ length: n }, (_, i) => i % outputs);

      const x = tf.tensor2d(xs, [n, 2]);
      const y = tf.tensor1d(ys, 'int32');
      const { value, grads } = tf.variableGrads(
        () => tf.mean(softmaxCrossEntropy(model.forward(x).logits, y, outputs)) as tf.Scalar,
        model.variables,
      );
      const lossTf = value.dataSync()[0];
      const gradTf = model.variables.map((v) => grads[v.name].dataSync());

      const sizes = [2, ...hidden, outputs];
      const params = model.variables.map((v) => Float64Array.from(v.dataSync()));
      const f = (p: Float64Array[]) =>
        loss64(p, sizes, ACT64[activation], Float64Array.from(xs), ys);

      // The oracle computes the same function as the model.
      expect(Math.abs(lossTf - f(params))).toBeLessThan(1e-5 * Math.max(1, f(params)));

      const fd = finiteDifferences(params, f);
      let compared = 0;
      let nonZero = 0;
      fd.forEach((g, vi) => {
        expect(gradTf[vi]).toHaveLength(g.length);
        g.forEach((want, k) => {
          const got = gradTf[vi][k];
          // Measured float32 error is below 1e-7 absolute and 2e-6 relative; this leaves a wide margin.
          const tol = 1e-6 + 1e-4 * Math.abs(want);
          if (!(Math.abs(got - want) <= tol)) {
            expect.fail(`variable ${vi} element ${k}: autodiff ${got}, finite differences ${want}`);
          }
          compared++;
          if (Math.abs(want) > 1e-4) nonZero++;
        });
      });
      const total = describeMlp(spec).totalParams;
      expect(compared).toBe(total);
      expect(nonZero).toBeGreaterThan(total / 3);

      tf.dispose([x, y, value, ...Object.values(grads)]);
      model.dispose();
    });
  },
);

describe('softmaxCrossEntropy', () => {
  it('equals −log softmax(z)[y] per example and stays finite for huge logits', () => {
    const logits = tf.tensor2d([
      [0, 0],
      [2, -1],
      [1000, -1000],
      [-1000, 1000],
    ]);
    const labels = tf.tensor1d([1, 0, 0, 0], 'int32');
    const out = softmaxCrossEntropy(logits, labels, 2);
    const got = out.dataSync();
    expect(got[0]).toBeCloseTo(Math.log(2), 6);
    expect(got[1]).toBeCloseTo(Math.log(1 + Math.exp(-3)), 6);
    expect(got[2]).toBeCloseTo(0, 6);
    expect(got[3]).toBeCloseTo(2000, 2);
    tf.dispose([logits, labels, out]);
  });
});

describe('createMlp', () => {
  it('builds W and b per layer with the described shapes and zero biases', () => {
    const spec: MlpSpec = {
      inputSize: 2,
      hidden: [4, 3],
      outputs: 2,
      activation: 'tanh',
      initializer: 'glorot',
      batchSize: 10,
    };
    const model = createMlp(spec, new Rng(1));
    expect(model.variables.map((v) => v.shape)).toEqual([[2, 4], [4], [4, 3], [3], [3, 2], [2]]);
    expect(
      model.variables
        .filter((_, i) => i % 2 === 1)
        .every((b) => b.dataSync().every((v) => v === 0)),
    ).toBe(true);
    const s = describeMlp(spec);
    expect(s.totalParams).toBe(2 * 4 + 4 + 4 * 3 + 3 + 3 * 2 + 2);
    expect(s.flopsPerStep).toBe(3 * 2 * 10 * (2 * 4 + 4 * 3 + 3 * 2));
    const x = tf.zeros<tf.Rank.R2>([5, 2]);
    const { logits, hidden } = model.forward(x);
    expect(logits.shape).toEqual([5, 2]);
    expect(hidden.map((h) => h.shape)).toEqual([
      [5, 4],
      [5, 3],
    ]);
    tf.dispose([x, logits, ...hidden]);
    model.dispose();
  });

  it('draws the same initial weights for the same seed', () => {
    const spec: MlpSpec = {
      inputSize: 2,
      hidden: [8],
      outputs: 2,
      activation: 'relu',
      initializer: 'he',
      batchSize: 1,
    };
    const a = createMlp(spec, new Rng(5));
    const b = createMlp(spec, new Rng(5));
    const c = createMlp(spec, new Rng(6));
    expect(a.variables[0].dataSync()).toEqual(b.variables[0].dataSync());
    expect(a.variables[0].dataSync()).not.toEqual(c.variables[0].dataSync());
    [a, b, c].forEach((m) => m.dispose());
  });
});
