import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { fromFp16Bits, roundToBf16Scalar, roundToFp16Scalar, toFp16Bits } from './float-bits';
import {
  binadeExponent,
  bytesPerParameter,
  overflowShare,
  roundToPrecision,
  underflowShare,
} from './precision';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Object.is per element, so −0 ≠ +0 and NaN = NaN. */
const sameValues = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  const bad: string[] = [];
  for (let i = 0; i < a.length; i++)
    if (!Object.is(a[i], b[i])) bad.push(`${i}: ${a[i]} vs ${b[i]}`);
  return bad.slice(0, 5);
};

describe('scalar fp16 and bf16 rounding (bit-level reference)', () => {
  it('fp16: range, subnormals, ties to even, specials', () => {
    expect(roundToFp16Scalar(65504)).toBe(65504);
    expect(roundToFp16Scalar(65519)).toBe(65504);
    expect(roundToFp16Scalar(65520)).toBe(Infinity); // halfway to 2¹⁶: ties to even → overflow
    expect(roundToFp16Scalar(-65520)).toBe(-Infinity);
    expect(roundToFp16Scalar(2 ** -14)).toBe(2 ** -14); // smallest normal ≈ 6.1e-5
    expect(roundToFp16Scalar(6e-8)).toBe(2 ** -24); // smallest subnormal ≈ 5.96e-8
    expect(roundToFp16Scalar(1e-8)).toBe(0); // e.g. Adam's ε
    expect(roundToFp16Scalar(2 ** -25)).toBe(0); // halfway to 2⁻²⁴: ties to even (0)
    expect(roundToFp16Scalar(3 * 2 ** -25)).toBe(2 ** -23); // halfway 1.5 → 2
    expect(roundToFp16Scalar(1 + 2 ** -11)).toBe(1); // halfway: to the even neighbour
    expect(roundToFp16Scalar(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9);
    expect(roundToFp16Scalar(0.1)).toBe(0.0999755859375);
    expect(roundToFp16Scalar(NaN)).toBeNaN();
    expect(Object.is(roundToFp16Scalar(-0), -0)).toBe(true);
    expect(Object.is(roundToFp16Scalar(-1e-9), -0)).toBe(true);
    expect(roundToFp16Scalar(Infinity)).toBe(Infinity);
    expect(toFp16Bits(1)).toBe(0x3c00);
    expect(toFp16Bits(65504)).toBe(0x7bff);
    expect(fromFp16Bits(0x0001)).toBe(2 ** -24);
    expect(fromFp16Bits(0x7e00)).toBeNaN();
  });

  it('fp16 bits round-trip every finite fp16 value', () => {
    const wrong: number[] = [];
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) !== 0x7c00 && toFp16Bits(fromFp16Bits(h)) !== h) wrong.push(h);
    }
    expect(wrong).toEqual([]);
  });

  it('bf16: 8 significant bits, float32 range, ties to even, specials', () => {
    expect(roundToBf16Scalar(1 + 2 ** -8)).toBe(1); // halfway: even neighbour 1
    expect(roundToBf16Scalar(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6); // halfway: even neighbour up
    expect(roundToBf16Scalar(1 + 2 ** -8 + 2 ** -12)).toBe(1 + 2 ** -7); // past halfway
    expect(roundToBf16Scalar(65520)).toBe(65536);
    expect(roundToBf16Scalar(1e-8)).toBeCloseTo(1e-8, 10); // no underflow: float32's exponent
    const max = (2 - 2 ** -7) * 2 ** 127;
    expect(roundToBf16Scalar(max)).toBe(max);
    expect(roundToBf16Scalar(3.4028234663852886e38)).toBe(Infinity); // float32 max rounds up
    expect(roundToBf16Scalar(NaN)).toBeNaN();
    expect(Object.is(roundToBf16Scalar(-0), -0)).toBe(true);
    expect(roundToBf16Scalar(-Infinity)).toBe(-Infinity);
  });
});

/** Test values: specials, boundaries, every halfway point of some binades, random float32 bit patterns. */
function testValues(seed: number, halfwayBinades: number[], mantissaBits: number): Float32Array {
  const rng = new Rng(seed);
  const v: number[] = [
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    65504,
    65519,
    65520,
    65536,
    1e-8,
    6e-8,
    2 ** -24,
    2 ** -25,
  ];
  v.push(2 ** -14, 2 ** -126, 2 ** -133, 2 ** -134, 3.4028234663852886e38, 3.3895313892515355e38);
  for (const e of halfwayBinades) {
    const ulp = 2 ** (e - mantissaBits);
    for (let k = 0; k < 2 ** mantissaBits; k += 37) {
      const base = 2 ** e + k * ulp;
      v.push(base + ulp / 2, -(base + ulp / 2), base + ulp / 4, base + (3 * ulp) / 4);
    }
  }
  const bits = new Uint32Array(4000);
  for (let i = 0; i < bits.length; i++) bits[i] = (rng.next() * 2 ** 32) >>> 0;
  const random = new Float32Array(bits.buffer);
  const scaled = Array.from({ length: 4000 }, () => rng.normal(0, 1) * 2 ** rng.uniform(-30, 18));
  return Float32Array.from([...v, ...random, ...scaled]);
}

describe('roundToPrecision on tensors', () => {
  it('fp16 equals the bit-level reference on every test value, −0 and NaN included', () => {
    const values = testValues(1, [-24, -20, -15, -14, -13, -1, 0, 1, 10, 14, 15], 10);
    const x = tf.tensor1d(values);
    const y = roundToPrecision(x, 'fp16');
    expect(sameValues(y.dataSync(), Array.from(values, roundToFp16Scalar))).toEqual([]);
    tf.dispose([x, y]);
  });

  it('bf16 equals the bit-level reference on every test value', () => {
    const values = testValues(2, [-133, -127, -126, -125, -1, 0, 1, 50, 126, 127], 7);
    const x = tf.tensor1d(values);
    const y = roundToPrecision(x, 'bf16');
    expect(sameValues(y.dataSync(), Array.from(values, roundToBf16Scalar))).toEqual([]);
    tf.dispose([x, y]);
  });

  it('corrects an exponent estimate that is off by one (float32 log on a GPU near 2^k)', () => {
    const a = tf.tensor1d([1, 1.5, 2, 3, 0.75, 65504, 1e-9, 0]);
    const exact = [0, 0, 1, 1, -1, 15, -14, -14]; // clamped to fp16's [−14, 15]
    for (const offset of [-1, 0, 1]) {
      const estimate = tf.tensor1d(exact.map((e) => e + offset));
      const e = binadeExponent(a, estimate, -14, 15);
      expect(Array.from(e.dataSync())).toEqual(exact);
      tf.dispose([estimate, e]);
    }
    a.dispose();
  });

  it('fp32 is the identity; the result keeps the shape; nothing leaks inside or outside tidy', () => {
    const x = tf.tensor2d([
      [1.1, -2.2],
      [3.3, 65520],
    ]);
    const start = tf.memory().numTensors;
    const same = roundToPrecision(x, 'fp32');
    expect(Array.from(same.dataSync())).toEqual(Array.from(x.dataSync()));
    const half = roundToPrecision(x, 'fp16');
    expect(half.shape).toEqual([2, 2]);
    expect(half.dataSync()[3]).toBe(Infinity);
    expect(tf.memory().numTensors).toBe(start + 2);
    tf.dispose([same, half]);
    const kept = tf.tidy(() => roundToPrecision(x, 'bf16').add(0));
    expect(tf.memory().numTensors).toBe(start + 1);
    tf.dispose([kept, x]);
  });

  it('the shares of values that underflow to zero or overflow to Inf', () => {
    const x = tf.tensor1d([1e-8, 1e-3, 0, 3e-8, 1, 7e4, Infinity, NaN]);
    // fp16: 1e-8 → 0 (3e-8 rounds up to 2⁻²⁴); 7e4 → Inf; 0, Inf and NaN count for neither.
    const under = underflowShare(x, 'fp16');
    const over = overflowShare(x, 'fp16');
    expect(under.dataSync()[0]).toBeCloseTo(1 / 8, 7);
    expect(over.dataSync()[0]).toBeCloseTo(1 / 8, 7);
    const bf = underflowShare(x, 'bf16');
    expect(bf.dataSync()[0]).toBe(0);
    tf.dispose([x, under, over, bf]);
  });
});

describe('bytes per parameter', () => {
  it('counts weights, gradients, master weights and optimizer slots (ZeRO)', () => {
    expect(bytesPerParameter('fp16', 2)).toEqual({
      weights: 2,
      grads: 2,
      masterWeights: 4,
      optimizerState: 8,
      total: 16,
    });
    expect(bytesPerParameter('fp32', 2).total).toBe(16);
    expect(bytesPerParameter('bf16', 0).total).toBe(8);
    expect(bytesPerParameter('fp32', 1).total).toBe(12);
    expect(() => bytesPerParameter('fp16', -1)).toThrow(
      'optimizerSlots must be an integer ≥ 0, got -1',
    );
  });
});
