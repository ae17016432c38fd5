/**
 * Axis ranges and ticks that every plot can draw, whatever the data: no value, one value, a
 * constant, NaN, ±Infinity (a float32 that overflowed), a span of 10³⁰⁸ or one far below the
 * values' own precision. Each helper returns finitely many finite numbers in bounded time,
 * so no view loops forever or throws on data it did not expect.
 */

/** Ends beyond this are clamped, so that a span (hi − lo) stays finite in 64-bit floats. */
const MAX_END = 1e300;
/** A span narrower than this fraction of its ends' magnitude cannot be mapped to pixels. */
const MIN_RELATIVE_SPAN = 1e-9;
/** Narrower spans (subnormal numbers) are widened: their tick steps would underflow. */
const MIN_SPAN = 1e-290;
/** More ticks than this per requested tick is a bug; the loop stops there. */
const MAX_TICKS_PER_TARGET = 4;

/** [x0, x1, y0, y1]: the plotted rectangle in data units. */
export type Extent = readonly [number, number, number, number];

/**
 * A "nice" tick spacing (1, 2 or 5 × 10ᵏ) giving about `target` intervals over `span`;
 * always finite and positive (1 for an empty, negative or non-finite span).
 */
export function niceStep(span: number, target = 5): number {
  if (!(span > 0) || !Number.isFinite(span) || !(target > 0)) return 1;
  const raw = span / target;
  const pow = 10 ** Math.floor(Math.log10(raw));
  if (!(pow > 0) || !Number.isFinite(pow)) return raw > 0 && Number.isFinite(raw) ? raw : 1;
  const m = raw / pow;
  const step = (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * pow;
  return Number.isFinite(step) && step > 0 ? step : raw;
}

/**
 * Tick values at nice round numbers inside [min, max] (either order), ascending: [] when an
 * end is not finite, [min] when min = max, and never more than 4 × `target` + 2 values.
 * Each tick is k · step for a whole k, not a running sum, so a step far below the values'
 * precision (10²⁰ + 0…1) cannot stall the loop.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) [min, max] = [max, min];
  if (min === max) return [min];
  const span = max - min;
  if (!Number.isFinite(span)) return min < 0 && max > 0 ? [min, 0, max] : [min, max];
  const step = niceStep(span, target);
  const first = Math.ceil(min / step);
  const last = Math.floor(max / step + 1e-9);
  const limit = MAX_TICKS_PER_TARGET * Math.max(1, target) + 2;
  if (!(last - first < limit)) return [min, max];
  const out: number[] = [];
  // Counted by i: at 2·10¹⁶ and beyond, k + 1 may round back to k.
  for (let i = 0; i <= last - first && i < limit; i++) {
    const k = first + i;
    const v = Math.abs(k) * step < step * 1e-6 ? 0 : Number((k * step).toPrecision(12));
    if (Number.isFinite(v) && v !== out.at(-1)) out.push(v);
  }
  return out;
}

/** The smallest and largest finite value, or null when there is none. */
export function finiteRange(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * An axis range a plot can map to pixels: finite ends, lo < hi, a finite span, and a span
 * wide enough for its ends' precision. A non-finite end is replaced around the other one;
 * a constant (or too narrow) range is widened around its centre by a tenth of its magnitude
 * (or by 1 around 0 and around subnormal numbers); none finite gives [−1, 1].
 */
export function safeRange(lo: number, hi: number): [number, number] {
  const clamp = (v: number) => Math.max(-MAX_END, Math.min(MAX_END, v));
  const okLo = Number.isFinite(lo);
  const okHi = Number.isFinite(hi);
  if (!okLo && !okHi) return [-1, 1];
  let a = clamp(okLo ? lo : hi);
  let b = clamp(okHi ? hi : lo);
  if (a > b) [a, b] = [b, a];
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  if (b - a > magnitude * MIN_RELATIVE_SPAN && b - a > MIN_SPAN) return [a, b];
  const centre = a / 2 + b / 2;
  const tenth = Math.abs(centre) * 0.1;
  const pad = tenth > MIN_SPAN ? tenth : 1;
  return [centre - pad, centre + pad];
}

/** {@link safeRange} on both axes of an extent. */
export function safeExtent([x0, x1, y0, y1]: Extent): [number, number, number, number] {
  return [...safeRange(x0, x1), ...safeRange(y0, y1)];
}

/** The finite values' range padded by `pad` of its span on each side, made safe to plot. */
export function paddedRange(values: ArrayLike<number>, pad = 0.05): [number, number] {
  const r = finiteRange(values);
  if (!r) return safeRange(NaN, NaN);
  const [lo, hi] = safeRange(r[0], r[1]);
  const p = (hi - lo) * pad;
  return safeRange(lo - p, hi + p);
}
