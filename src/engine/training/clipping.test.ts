import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import {
  CLIP_EPSILON,
  type ClipResult,
  clipByGlobalNorm,
  clipByValue,
  globalNorm,
} from './clipping';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SHAPES: Record<string, number[]> = { W0: [4, 8], b0: [8], W1: [8, 3], b1: [3] };

/** Random float32 gradients, also kept as float64 arrays for the oracle. */
function randomGrads(seed: number, scale: number) {
  const rng = new Rng(seed);
  const values: Record<string, Float64Array> = {};
  const grads = new Map<string, tf.Tensor>();
  for (const [name, shape] of Object.entries(SHAPES)) {
    const size = shape.reduce((a, b) => a * b, 1);
    values[name] = Float64Array.from({ length: size }, () => Math.fround(rng.normal(0, scale)));
    grads.set(name, tf.tensor(Float32Array.from(values[name]), shape));
  }
  return { values, grads };
}

const norm64 = (values: Record<string, ArrayLike<number>>) => {
  let sum = 0;
  for (const v of Object.values(values)) for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  return Math.sqrt(sum);
};

const disposeResult = (r: ClipResult) =>
  tf.dispose([...r.grads.values(), r.normBefore, r.normAfter, r.factor]);

describe('gradient clipping', () => {
  it('the global norm equals √(Σ g²) computed in float64', () => {
    const { values, grads } = randomGrads(1, 0.7);
    const n = globalNorm(grads.values());
    expect(Math.abs(n.dataSync()[0] - norm64(values)) / norm64(values)).toBeLessThan(1e-6);
    const empty = globalNorm([]);
    expect(empty.dataSync()[0]).toBe(0);
    tf.dispose([n, empty, ...grads.values()]);
  });

  it('by global norm: scales every gradient by max/(norm + 1e-6) when the norm is larger (PyTorch)', () => {
    const { values, grads } = randomGrads(2, 3);
    const before = norm64(values);
    const maxNorm = 1.5;
    expect(before).toBeGreaterThan(maxNorm);
    const r = clipByGlobalNorm(grads, maxNorm);
    const coef = maxNorm / (before + CLIP_EPSILON);
    expect(r.normBefore.dataSync()[0]).toBeCloseTo(before, 4);
    expect(r.factor.dataSync()[0]).toBeCloseTo(coef, 7);
    expect(r.normAfter.dataSync()[0]).toBeCloseTo(maxNorm, 5);
    const clipped: Record<string, Float32Array> = {};
    for (const [name, g] of r.grads) {
      clipped[name] = g.dataSync() as Float32Array;
      expect(g.shape).toEqual(SHAPES[name]);
      values[name].forEach((v, i) => expect(clipped[name][i]).toBeCloseTo(v * coef, 6));
    }
    // The reported norm after is the norm of what comes back.
    expect(Math.abs(norm64(clipped) - r.normAfter.dataSync()[0]) / maxNorm).toBeLessThan(1e-6);
    disposeResult(r);
    tf.dispose([...grads.values()]);
  });

  it('by global norm: leaves gradients within the bound bit for bit (factor 1)', () => {
    const { grads } = randomGrads(3, 0.01);
    const r = clipByGlobalNorm(grads, 10);
    expect(r.factor.dataSync()[0]).toBe(1);
    for (const [name, g] of r.grads)
      expect(Array.from(g.dataSync())).toEqual(Array.from(grads.get(name)!.dataSync()));
    disposeResult(r);
    tf.dispose([...grads.values()]);
  });

  it('by global norm: an infinite gradient gives factor 0 (NaN where the Inf was), as PyTorch', () => {
    const grads = new Map<string, tf.Tensor>([
      ['a', tf.tensor([1, Infinity])],
      ['b', tf.tensor([2])],
    ]);
    const r = clipByGlobalNorm(grads, 1);
    expect(r.normBefore.dataSync()[0]).toBe(Infinity);
    expect(r.factor.dataSync()[0]).toBe(0);
    expect(Array.from(r.grads.get('a')!.dataSync())).toEqual([0, NaN]);
    disposeResult(r);
    tf.dispose([...grads.values()]);
  });

  it('by global norm: the 1e-6 guard matters for tiny norms', () => {
    const grads = new Map([['g', tf.tensor([6e-7, 8e-7])]]); // norm 1e-6
    const r = clipByGlobalNorm(grads, 1e-7);
    expect(r.factor.dataSync()[0]).toBeCloseTo(1e-7 / (1e-6 + 1e-6), 8); // 0.05, not 0.1
    disposeResult(r);
    tf.dispose([...grads.values()]);
  });

  it('by value: clamps each element and reports the norms and their ratio', () => {
    const { values, grads } = randomGrads(4, 1);
    const r = clipByValue(grads, 0.5);
    const clipped64: Record<string, Float64Array> = {};
    for (const [name, g] of r.grads) {
      clipped64[name] = values[name].map((v) => Math.min(0.5, Math.max(-0.5, v)));
      expect(Array.from(g.dataSync())).toEqual(Array.from(clipped64[name]).map(Math.fround));
    }
    const after = norm64(clipped64);
    expect(r.normBefore.dataSync()[0]).toBeCloseTo(norm64(values), 4);
    expect(r.normAfter.dataSync()[0]).toBeCloseTo(after, 5);
    expect(r.factor.dataSync()[0]).toBeCloseTo(after / norm64(values), 6);
    disposeResult(r);
    const zeros = new Map([['z', tf.zeros([3])]]);
    const z = clipByValue(zeros, 1);
    expect(z.factor.dataSync()[0]).toBe(1);
    disposeResult(z);
    tf.dispose([...grads.values(), ...zeros.values()]);
  });

  it('leaves nothing behind but its results, and refuses bad bounds', () => {
    const { grads } = randomGrads(5, 1);
    const start = tf.memory().numTensors;
    for (const clip of [() => clipByGlobalNorm(grads, 1), () => clipByValue(grads, 0.1)]) {
      const r = clip();
      expect(tf.memory().numTensors).toBe(start + grads.size + 3);
      disposeResult(r);
      expect(tf.memory().numTensors).toBe(start);
    }
    expect(() => clipByGlobalNorm(grads, 0)).toThrow(
      'clip maxNorm must be a finite number > 0, got 0',
    );
    expect(() => clipByGlobalNorm(grads, NaN)).toThrow(RangeError);
    expect(() => clipByValue(grads, -1)).toThrow('clip value must be a finite number > 0, got -1');
    tf.dispose([...grads.values()]);
  });
});
