import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activation } from '../../config/schema';
import { Rng } from '../rng';
import { softmaxCrossEntropy } from '../tasks/classify2d';
import { type CnnSpec, createCnn, describeCnn, MNIST_CNN } from './cnn';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ACT64: Record<Activation, (v: number) => number> = {
  tanh: Math.tanh,
  relu: (v) => Math.max(0, v),
  sigmoid: (v) => 1 / (1 + Math.exp(-v)),
  linear: (v) => v,
};

/** A feature map: side × side × channels, row-major (as tfjs's NHWC without N). */
interface Map3 {
  side: number;
  ch: number;
  v: Float64Array;
}

/** Valid convolution, stride 1: out[i,j,o] = b[o] + Σ in[i+di, j+dj, c] · W[di, dj, c, o]. */
function conv64(inp: Map3, W: Float64Array, b: Float64Array, k: number, outC: number): Map3 {
  const side = inp.side - k + 1;
  const v = new Float64Array(side * side * outC);
  for (let i = 0; i < side; i++)
    for (let j = 0; j < side; j++)
      for (let o = 0; o < outC; o++) {
        let s = b[o];
        for (let di = 0; di < k; di++)
          for (let dj = 0; dj < k; dj++)
            for (let c = 0; c < inp.ch; c++)
              s +=
                inp.v[((i + di) * inp.side + (j + dj)) * inp.ch + c] *
                W[((di * k + dj) * inp.ch + c) * outC + o];
        v[(i * side + j) * outC + o] = s;
      }
  return { side, ch: outC, v };
}

function pool64(inp: Map3, p: number): Map3 {
  const side = Math.floor(inp.side / p);
  const v = new Float64Array(side * side * inp.ch).fill(-Infinity);
  for (let i = 0; i < side; i++)
    for (let j = 0; j < side; j++)
      for (let c = 0; c < inp.ch; c++)
        for (let a = 0; a < p; a++)
          for (let d = 0; d < p; d++) {
            const x = inp.v[((i * p + a) * inp.side + (j * p + d)) * inp.ch + c];
            const o = (i * side + j) * inp.ch + c;
            if (x > v[o]) v[o] = x;
          }
  return { side, ch: inp.ch, v };
}

/** The oracle: the CNN and its mean softmax cross-entropy in float64 plain JavaScript. */
function loss64(params: Float64Array[], spec: CnnSpec, x: Float64Array, y: Int32Array): number {
  const act = ACT64[spec.activation];
  const S = spec.imageSize;
  let total = 0;
  for (let e = 0; e < y.length; e++) {
    let h: Map3 = { side: S, ch: 1, v: x.slice(e * S * S, (e + 1) * S * S) };
    spec.channels.forEach((outC, l) => {
      const z = conv64(h, params[2 * l], params[2 * l + 1], spec.kernel, outC);
      h = pool64({ ...z, v: z.v.map(act) }, spec.pool);
    });
    const W = params[2 * spec.channels.length];
    const b = params[2 * spec.channels.length + 1];
    const logits = Array.from({ length: spec.outputs }, (_, o) => {
      let s = b[o];
      for (let i = 0; i < h.v.length; i++) s += h.v[i] * W[i * spec.outputs + o];
      return s;
    });
    const m = Math.max(...logits);
    const lse = m + Math.log(logits.reduce((s, v) => s + Math.exp(v - m), 0));
    total += lse - logits[y[e]];
  }
  return total / y.length;
}

const TINY: CnnSpec = {
  imageSize: 10,
  channels: [2, 3],
  kernel: 3,
  pool: 2,
  outputs: 3,
  activation: 'tanh',
  initializer: 'he',
  batchSize: 4,
};

describe.each(['tanh', 'relu'] as const)('CNN gradients (%s, tiny shapes)', (activation) => {
  it('match central differences of a float64 forward pass', () => {
    const spec = { ...TINY, activation };
    const rng = new Rng(activation.length + 11);
    const model = createCnn(spec, rng);
    // Non-zero biases, so their gradients are tested in general position.
    model.variables.forEach((v, i) => {
      if (i % 2 === 1)
        v.assign(
          tf.tidy(() => tf.tensor1d(Array.from({ length: v.shape[0] }, () => rng.normal(0, 0.3)))),
        );
    });
    const n = 4;
    const S = spec.imageSize;
    const xs = Float32Array.from({ length: n * S * S }, () => rng.uniform(0, 1));
    const ys = Int32Array.from({ length: n }, (_, i) => i % spec.outputs);
    const x = tf.tensor2d(xs, [n, S * S]);
    const y = tf.tensor1d(ys, 'int32');
    const { value, grads } = tf.variableGrads(
      () => tf.mean(softmaxCrossEntropy(model.forward(x).logits, y, spec.outputs)) as tf.Scalar,
      model.variables,
    );
    const gradTf = model.variables.map((v) => grads[v.name].dataSync());
    const params = model.variables.map((v) => Float64Array.from(v.dataSync()));
    const f = (p: Float64Array[]) => loss64(p, spec, Float64Array.from(xs), ys);
    expect(Math.abs(value.dataSync()[0] - f(params))).toBeLessThan(1e-5);

    const h = 1e-5;
    let compared = 0;
    params.forEach((p, vi) => {
      expect(gradTf[vi]).toHaveLength(p.length);
      for (let k = 0; k < p.length; k++) {
        const v0 = p[k];
        p[k] = v0 + h;
        const up = f(params);
        p[k] = v0 - h;
        const down = f(params);
        p[k] = v0;
        const want = (up - down) / (2 * h);
        const got = gradTf[vi][k];
        if (!(Math.abs(got - want) <= 2e-5 + 1e-3 * Math.abs(want)))
          expect.fail(`variable ${vi} element ${k}: autodiff ${got}, finite differences ${want}`);
        compared++;
      }
    });
    expect(compared).toBe(describeCnn(spec).totalParams);
    tf.dispose([x, y, value, ...Object.values(grads)]);
    model.dispose();
  });
});

describe('describeCnn', () => {
  it('gives the MNIST CNN its shapes, parameters and FLOPs per layer', () => {
    const s = describeCnn({
      ...MNIST_CNN,
      channels: [...MNIST_CNN.channels],
      outputs: 10,
      activation: 'relu',
      initializer: 'he',
      batchSize: 64,
    });
    expect(s.table.map((r) => [r.name, r.outputShape, r.params])).toEqual([
      ['conv 1', [24, 24, 8], 5 * 5 * 1 * 8 + 8],
      ['pool 1', [12, 12, 8], 0],
      ['conv 2', [8, 8, 16], 5 * 5 * 8 * 16 + 16],
      ['pool 2', [4, 4, 16], 0],
      ['flatten', [256], 0],
      ['output', [10], 256 * 10 + 10],
    ]);
    expect(s.totalParams).toBe(208 + 3216 + 2570);
    // conv: 2 · H · W · C_out · k² · C_in per example.
    expect(s.table[0].forwardFlops).toBe(2 * 24 * 24 * 8 * 25);
    expect(s.table[2].forwardFlops).toBe(2 * 8 * 8 * 16 * 25 * 8);
    expect(s.table[5].forwardFlops).toBe(2 * 256 * 10);
    for (const r of s.table) expect(r.trainFlops).toBe(3 * 64 * r.forwardFlops);
    expect(s.flopsPerStep).toBe(s.table.reduce((a, r) => a + r.trainFlops, 0));
    // The layers with parameters, as matrices fan-in × fan-out.
    expect(s.layers.map((l) => [l.inputs, l.outputs])).toEqual([
      [25, 8],
      [200, 16],
      [256, 10],
    ]);
  });

  it('builds variables with the described shapes; forward gives logits and feature maps', () => {
    const model = createCnn(
      { ...TINY, imageSize: 28, channels: [8, 16], kernel: 5, outputs: 10 },
      new Rng(2),
    );
    expect(model.variables.map((v) => v.shape)).toEqual([
      [5, 5, 1, 8],
      [8],
      [5, 5, 8, 16],
      [16],
      [256, 10],
      [10],
    ]);
    const x = tf.zeros<tf.Rank.R2>([3, 784]);
    const { logits, hidden } = model.forward(x);
    expect(logits.shape).toEqual([3, 10]);
    expect(hidden.map((t) => t.shape)).toEqual([
      [3, 24, 24, 8],
      [3, 8, 8, 16],
    ]);
    tf.dispose([x, logits, ...hidden]);
    model.dispose();
  });
});
