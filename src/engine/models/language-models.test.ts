/**
 * The two language models against float64 oracles written independently in plain
 * JavaScript: same loss, and autodiff gradients equal to central finite differences of the
 * oracle for every parameter element; and the transformer's attention is causal.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { softmaxCrossEntropy } from '../tasks/classify2d';
import type { Model } from '../tasks/types';
import { createCharMlp, describeCharMlp, type CharMlpSpec } from './char-mlp';
import { createTransformer, describeTransformer, type TransformerSpec } from './transformer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type Vec = number[];
const dot = (a: Vec, b: Vec) => a.reduce((s, v, i) => s + v * b[i], 0);
/** Row vector x (length rows) times a rows × cols matrix W (row-major), plus b. */
function affine(x: Vec, W: Float64Array, b: Float64Array | null, cols: number): Vec {
  return Array.from({ length: cols }, (_, j) => {
    let s = b ? b[j] : 0;
    for (let i = 0; i < x.length; i++) s += x[i] * W[i * cols + j];
    return s;
  });
}
function crossEntropy(logits: Vec, y: number): number {
  const m = Math.max(...logits);
  return m + Math.log(logits.reduce((s, v) => s + Math.exp(v - m), 0)) - logits[y];
}
function layerNorm(x: Vec, g: Float64Array, b: Float64Array): Vec {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
  return x.map((v, i) => ((v - mean) / Math.sqrt(variance + 1e-5)) * g[i] + b[i]);
}

/** Bengio et al.'s model in float64: params = [C, W1, b1, …, W_out, b_out]. */
function charMlpLoss(p: Float64Array[], s: CharMlpSpec, x: Int32Array, y: Int32Array): number {
  const k = s.context;
  const d = s.embedding;
  let total = 0;
  for (let e = 0; e < y.length; e++) {
    let h: Vec = [];
    for (let j = 0; j < k; j++) {
      const t = x[e * k + j];
      h.push(...Array.from(p[0].subarray(t * d, (t + 1) * d)));
    }
    const sizes = [k * d, ...s.hidden, s.vocab];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const z = affine(h, p[1 + 2 * l], p[2 + 2 * l], sizes[l + 1]);
      h = l + 2 < sizes.length ? z.map(Math.tanh) : z;
    }
    total += crossEntropy(h, y[e]);
  }
  return total / y.length;
}

/** The transformer in float64, with the variables in the model's order. */
function transformerLoss(p: Float64Array[], s: TransformerSpec, x: Int32Array, y: Int32Array) {
  const { context: T, embedding: d, heads: H, vocab: V } = s;
  const dh = d / H;
  const W = 4 * d;
  let total = 0;
  for (let e = 0; e < y.length; e++) {
    let h: Vec[] = Array.from({ length: T }, (_, t) => {
      const tok = x[e * T + t];
      return Array.from({ length: d }, (_, i) => p[0][tok * d + i] + p[1][t * d + i]);
    });
    for (let blk = 0; blk < s.blocks; blk++) {
      const [wqkv, bqkv, wo, bo, g1, b1n, w1, b1, w2, b2, g2, b2n] = p.slice(2 + 12 * blk);
      const qkv = h.map((v) => affine(layerNorm(v, g1, b1n), wqkv, bqkv, 3 * d));
      const mixed = h.map((_, t) => {
        const out = new Array<number>(d).fill(0);
        for (let hd = 0; hd < H; hd++) {
          const q = qkv[t].slice(hd * dh, (hd + 1) * dh);
          const scores = Array.from(
            { length: t + 1 },
            (_, u) => dot(q, qkv[u].slice(d + hd * dh, d + (hd + 1) * dh)) / Math.sqrt(dh),
          );
          const m = Math.max(...scores);
          const z = scores.reduce((acc, v) => acc + Math.exp(v - m), 0);
          scores.forEach((sc, u) => {
            const w = Math.exp(sc - m) / z;
            for (let i = 0; i < dh; i++) out[hd * dh + i] += w * qkv[u][2 * d + hd * dh + i];
          });
        }
        return out;
      });
      h = h.map((v, t) => affine(mixed[t], wo, bo, d).map((a, i) => a + v[i]));
      h = h.map((v) => {
        const inner = affine(layerNorm(v, g2, b2n), w1, b1, W).map(Math.tanh);
        return affine(inner, w2, b2, d).map((a, i) => a + v[i]);
      });
    }
    const [wout, bout, gf, bf] = p.slice(2 + 12 * s.blocks);
    total += crossEntropy(affine(layerNorm(h[T - 1], gf, bf), wout, bout, V), y[e]);
  }
  return total / y.length;
}

/** Autodiff gradients of the model against finite differences of the float64 oracle. */
function checkGradients(
  model: Model,
  rng: Rng,
  f: (p: Float64Array[], x: Int32Array, y: Int32Array) => number,
  spec: { vocab: number; context: number },
  totalParams: number,
) {
  // Every variable in general position (LayerNorm gains away from 1, non-zero biases).
  model.variables.forEach((v) =>
    v.assign(
      tf.tidy(() =>
        tf.tensor(
          Array.from({ length: v.size }, () => rng.normal(0, 0.5)),
          v.shape,
        ),
      ),
    ),
  );
  const n = 3;
  const xs = Int32Array.from({ length: n * spec.context }, () => rng.int(spec.vocab));
  const ys = Int32Array.from({ length: n }, () => rng.int(spec.vocab));
  const x = tf.tensor2d(Float32Array.from(xs), [n, spec.context]);
  const y = tf.tensor1d(ys, 'int32');
  const { value, grads } = tf.variableGrads(
    () => tf.mean(softmaxCrossEntropy(model.forward(x).logits, y, spec.vocab)) as tf.Scalar,
    model.variables,
  );
  const params = model.variables.map((v) => Float64Array.from(v.dataSync()));
  const loss = (p: Float64Array[]) => f(p, xs, ys);
  expect(Math.abs(value.dataSync()[0] - loss(params))).toBeLessThan(1e-5);
  const h = 1e-5;
  let compared = 0;
  params.forEach((p, vi) => {
    const got = grads[model.variables[vi].name].dataSync();
    expect(got).toHaveLength(p.length);
    for (let k = 0; k < p.length; k++) {
      const v0 = p[k];
      p[k] = v0 + h;
      const up = loss(params);
      p[k] = v0 - h;
      const down = loss(params);
      p[k] = v0;
      const want = (up - down) / (2 * h);
      if (!(Math.abs(got[k] - want) <= 5e-5 + 2e-3 * Math.abs(want)))
        expect.fail(`variable ${vi} element ${k}: autodiff ${got[k]}, finite differences ${want}`);
      compared++;
    }
  });
  expect(compared).toBe(totalParams);
  tf.dispose([x, y, value, ...Object.values(grads)]);
}

const MLP: CharMlpSpec = {
  vocab: 5,
  context: 3,
  embedding: 2,
  hidden: [4],
  activation: 'tanh',
  initializer: 'glorot',
  batchSize: 8,
};
const TINY: TransformerSpec = {
  vocab: 5,
  context: 3,
  embedding: 4,
  heads: 2,
  blocks: 2,
  activation: 'tanh',
  initializer: 'glorot',
  batchSize: 8,
};

describe('the character MLP', () => {
  it('has the described parameters and matches float64 finite differences', () => {
    const s = describeCharMlp(MLP);
    expect(s.table.map((r) => [r.name, r.outputShape, r.params])).toEqual([
      ['embedding', [6], 5 * 2],
      ['hidden 1', [4], 6 * 4 + 4],
      ['output', [5], 4 * 5 + 5],
    ]);
    const model = createCharMlp(MLP, new Rng(3));
    expect(model.params!.map((p) => p.name)).toEqual([
      'C · embedding',
      'W · hidden 1',
      'b · hidden 1',
      'W · output',
      'b · output',
    ]);
    checkGradients(model, new Rng(4), (p, x, y) => charMlpLoss(p, MLP, x, y), MLP, s.totalParams);
    model.dispose();
  });
});

describe('the transformer', () => {
  it('has the described parameters and matches float64 finite differences', () => {
    const s = describeTransformer(TINY);
    const model = createTransformer(TINY, new Rng(5));
    expect(model.variables.reduce((a, v) => a + v.size, 0)).toBe(s.totalParams);
    expect(model.layerNames).toEqual([
      'embedding',
      'attention 1',
      'MLP 1',
      'attention 2',
      'MLP 2',
      'output',
    ]);
    // Each layer's first variable is its weight matrix, inputs × outputs as summarised.
    s.layers.forEach((l, i) => {
      const first = model.params!.findIndex((p) => p.layer === i);
      expect(model.variables[first].shape).toEqual([l.inputs, l.outputs]);
    });
    checkGradients(
      model,
      new Rng(6),
      (p, x, y) => transformerLoss(p, TINY, x, y),
      TINY,
      s.totalParams,
    );
    model.dispose();
  });

  it('is causal: the output at position t ignores the tokens after t', () => {
    const spec = { ...TINY, context: 6, embedding: 8 };
    const model = createTransformer(spec, new Rng(9));
    const a = [1, 2, 3, 4, 0, 2];
    const b = [1, 2, 3, 0, 4, 1]; // differs from position 3 on
    const out = tf.tidy(() => model.forwardAll(tf.tensor2d([a, b], [2, 6])).arraySync());
    for (let t = 0; t < 6; t++) {
      const diff = Math.max(...out[0][t].map((v, j) => Math.abs(v - out[1][t][j])));
      if (t < 3) expect(diff).toBe(0);
      else expect(diff).toBeGreaterThan(1e-4); // later positions see the change
    }
    // The attention weights of the forward pass: zero above the diagonal, rows summing to 1.
    const att = tf.tidy(() => {
      const r = model.forward(tf.tensor2d([a], [1, 6]));
      return r.attention![0].arraySync() as number[][][][];
    });
    for (const head of att[0])
      head.forEach((row, t) => {
        row.forEach((w, u) => (u > t ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0)));
        expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 5);
      });
    model.dispose();
  });

  it('refuses a width that does not split into the heads', () => {
    expect(() => createTransformer({ ...TINY, heads: 3 }, new Rng(1))).toThrow(/multiple/);
  });
});
