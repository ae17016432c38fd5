/**
 * Scalar conversions between JS numbers and the 16-bit floating-point formats, by bit
 * manipulation: the reference that the tensor rounding in precision.ts is tested against,
 * and a way to show a single value's bits.
 *
 * - IEEE 754 binary16 (fp16): 1 sign, 5 exponent (bias 15), 10 mantissa bits; max 65504,
 *   smallest normal 2⁻¹⁴ ≈ 6.1e-5, smallest subnormal 2⁻²⁴ ≈ 5.96e-8.
 * - bfloat16 (bf16): the top 16 bits of a float32: 1 sign, 8 exponent, 7 mantissa bits.
 *
 * Both round to nearest, ties to even, as hardware conversions do by default (and PyTorch's
 * `.half()` / `.bfloat16()`). The input is first rounded to float32, as it would be in a
 * tensor.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The 16 bits of the fp16 nearest to `x` (ties to even; overflow to ±Inf; NaN stays NaN). */
export function toFp16Bits(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0);
  const e = exponent - 127 + 15; // the biased fp16 exponent
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal in fp16 (or zero): the value is mantissa24 · 2^(e − 14 − 10) in units of 2⁻²⁴.
    if (e < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - e;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1)) half += 1;
    return sign | half;
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half += 1; // may carry into Inf
  return sign | half;
}

/** The value of 16 fp16 bits. */
export function fromFp16Bits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >>> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa !== 0 ? NaN : sign * Infinity;
  return sign * (1024 + mantissa) * 2 ** (exponent - 25);
}

/** `x` rounded to the nearest fp16 value, as a number. */
export function roundToFp16Scalar(x: number): number {
  return fromFp16Bits(toFp16Bits(x));
}

/** `x` rounded to the nearest bf16 value (ties to even; overflow to ±Inf; NaN stays NaN). */
export function roundToBf16Scalar(x: number): number {
  f32[0] = x;
  if (Number.isNaN(f32[0])) return NaN;
  const bits = u32[0];
  u32[0] = ((bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000) >>> 0;
  return f32[0];
}
