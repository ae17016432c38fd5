/**
 * Number formats of mixed-precision training, simulated on float32 tensors: tfjs has no
 * float16 kernels, so a value is rounded to fp16 or bf16 where a real mixed-precision run
 * would store it, and computed on in float32 (as tensor cores accumulate in fp32).
 *
 * {@link roundToPrecision} rounds to nearest, ties to even, with each format's range: fp16
 * overflows above 65504 to ±Inf (65520, the halfway point to 2¹⁶, rounds up to Inf), keeps
 * subnormals down to 2⁻²⁴ ≈ 5.96e-8 and underflows below 2⁻²⁵ to ±0 (so Adam's ε = 1e-8 is 0
 * in fp16); bf16 keeps float32's exponent range with 8 significant bits. NaN stays NaN, ±Inf
 * stays ±Inf. float-bits.ts holds the bit-level scalar reference.
 *
 * Method: with e = ⌊log₂|x|⌋ clamped to the format's normal exponents, the format's values
 * near x are spaced 2^(e − mantissaBits) apart, so `round(x / 2^e · 2^m) / 2^m · 2^e` rounds x
 * to the format, and every step is exact in float32 (only powers of two multiply; tf.round
 * rounds ties to even on the cpu, WebGL and WebGPU backends). The powers of two come from a
 * small table by gather, so they are exact on every backend; log₂'s possible error of one near
 * a power of two is corrected by comparing with them. GPUs flush float32 subnormals to zero,
 * so there bf16 values below 2⁻¹²⁶ (float32 subnormals already) come out as 0. Checked in
 * headless Chromium (SwiftShader) against float-bits.ts on about 10,000 values each: fp16
 * exact on the cpu, WebGL and WebGPU backends; bf16 exact too, except those subnormals.
 */
import * as tf from '@tensorflow/tfjs';

/** The formats: fp32 (no rounding), IEEE fp16, bfloat16. */
export type Precision = 'fp32' | 'fp16' | 'bf16';

/** Storage of one value, in bytes. */
export const BYTES_PER_VALUE: Record<Precision, number> = { fp32: 4, fp16: 2, bf16: 2 };

interface FormatSpec {
  /** Stored mantissa bits (without the implicit leading 1). */
  mantissaBits: number;
  /** Exponent of the smallest normal value. */
  minExponent: number;
  /** Exponent of the largest finite value. */
  maxExponent: number;
  /** The largest finite value. */
  maxFinite: number;
}

const SPECS: Record<'fp16' | 'bf16', FormatSpec> = {
  fp16: { mantissaBits: 10, minExponent: -14, maxExponent: 15, maxFinite: 65504 },
  bf16: {
    mantissaBits: 7,
    minExponent: -126,
    maxExponent: 127,
    maxFinite: (2 - 2 ** -7) * 2 ** 127,
  },
};

/** 2^k for k = from … to, exactly (float32 represents them all down to 2⁻¹⁴⁹). */
const powersOfTwo = (from: number, to: number) =>
  tf.tensor1d(Float32Array.from({ length: to - from + 1 }, (_, i) => 2 ** (from + i)));

/**
 * ⌊log₂ a⌋ for a ≥ 0, clamped to [minExponent, maxExponent], from an estimate that may be off
 * by one (float32 log on a GPU near a power of two): compared with the exact powers of two and
 * corrected. NaN estimates count as 0.
 * @param a magnitudes (float32, any shape)
 * @param estimate the same shape: an approximation of ⌊log₂ a⌋ (within ±1)
 * @returns the exponents as float32, shaped like a
 */
export function binadeExponent(
  a: tf.Tensor,
  estimate: tf.Tensor,
  minExponent: number,
  maxExponent: number,
): tf.Tensor {
  return tf.tidy(() => {
    const e0 = tf
      .where(estimate.isNaN(), tf.zerosLike(estimate), estimate)
      .clipByValue(minExponent, maxExponent);
    const powers = powersOfTwo(minExponent, maxExponent);
    const p = tf.gather(powers, e0.sub(minExponent).cast('int32'));
    const down = a.less(p).logicalAnd(e0.greater(minExponent));
    const up = a.greaterEqual(p.mul(2)).logicalAnd(e0.less(maxExponent));
    return e0.sub(down.cast('float32')).add(up.cast('float32'));
  });
}

/**
 * `x` rounded to the nearest value of `precision` (see the file comment), as float32. Usable
 * inside tf.tidy; the caller owns the result. fp32 returns a clone of x.
 * @param x float32 tensor of any shape; the result has the same shape
 */
export function roundToPrecision(x: tf.Tensor, precision: Precision): tf.Tensor {
  if (precision === 'fp32') return x.clone();
  const { mantissaBits, minExponent, maxExponent, maxFinite } = SPECS[precision];
  return tf.tidy(() => {
    const a = x.abs();
    const e = binadeExponent(a, a.log().div(Math.LN2).floor(), minExponent, maxExponent);
    // x / 2^e lies in [1, 2) (below for subnormals); scaling by 2^mantissaBits puts the format's
    // spacing at 1. Every factor is a normal float32 power of two, so each product is exact;
    // the spacing itself (2⁻¹³³ for bf16) is never formed, as a GPU would flush it to zero.
    const p = tf.gather(powersOfTwo(minExponent, maxExponent), e.sub(minExponent).cast('int32'));
    const scale = 2 ** mantissaBits;
    const y = x.div(p).mul(scale).round().div(scale).mul(p);
    return tf.where(y.abs().greater(maxFinite), x.sign().mul(Infinity), y);
  });
}

/**
 * The share of x's elements that are non-zero but become ±0 in `precision` (in [0, 1], over
 * all elements); e.g. small gradients lost without loss scaling. The caller owns the scalar.
 */
export function underflowShare(x: tf.Tensor, precision: Precision): tf.Scalar {
  return tf.tidy(() => {
    const rounded = roundToPrecision(x, precision);
    return x.notEqual(0).logicalAnd(rounded.equal(0)).cast('float32').mean() as tf.Scalar;
  });
}

/** The share of x's elements that are finite but become ±Inf in `precision` (in [0, 1]). */
export function overflowShare(x: tf.Tensor, precision: Precision): tf.Scalar {
  return tf.tidy(() => {
    const rounded = roundToPrecision(x, precision);
    return x.isFinite().logicalAnd(rounded.isInf()).cast('float32').mean() as tf.Scalar;
  });
}

/** Training memory per parameter, in bytes, by what holds it (activations not included). */
export interface ParameterBytes {
  weights: number;
  grads: number;
  /** The fp32 master copy of the weights a mixed-precision run updates (0 in fp32). */
  masterWeights: number;
  /** The optimizer's state, float32 per slot (Adam: m and v). */
  optimizerState: number;
  total: number;
}

/**
 * Bytes per parameter during training, as counted by the ZeRO paper (Rajbhandari et al. 2020,
 * §3.1): weights and gradients in the working precision, plus in mixed precision a float32
 * master copy, plus 4 bytes per optimizer slot. Mixed-precision Adam: 2 + 2 + 4 + 8 = 16.
 * @param optimizerSlots float32 state tensors per parameter (SGD 0, momentum 1, Adam 2), integer ≥ 0
 * @throws RangeError for a negative or fractional slot count
 */
export function bytesPerParameter(precision: Precision, optimizerSlots: number): ParameterBytes {
  if (!Number.isInteger(optimizerSlots) || optimizerSlots < 0) {
    throw new RangeError(`optimizerSlots must be an integer ≥ 0, got ${optimizerSlots}`);
  }
  const weights = BYTES_PER_VALUE[precision];
  const grads = BYTES_PER_VALUE[precision];
  const masterWeights = precision === 'fp32' ? 0 : 4;
  const optimizerState = 4 * optimizerSlots;
  return {
    weights,
    grads,
    masterWeights,
    optimizerState,
    total: weights + grads + masterWeights + optimizerState,
  };
}
