/**
 * Whether a column of numbers survives what the model does with it: it is stored and
 * computed in 32-bit floating point (IEEE 754 binary32, the only float type of WebGPU and
 * tfjs's GPU backends) and standardized, (x − μ) / σ per column. A value must stay finite,
 * rounding must not erase the differences between a column's values, and 1 / σ must stay
 * finite. Framework-free and tensor-free: the page checks a file with it before anything is
 * replaced, and the engine checks a data set read back from storage.
 */
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import { texts } from '../content';

/**
 * The largest magnitude accepted. binary32 holds up to 3.4·10³⁸; below 10³⁸ the difference
 * of two values (x − μ, ŷ − y) is finite as well.
 */
export const MAX_MAGNITUDE = 1e38;
/** The smallest positive standard deviation of a column: 1 / σ stays far inside binary32. */
export const MIN_SPREAD = 1e-30;
/** Rounding to binary32 may move a value by at most this fraction of its column's σ. */
export const MAX_ROUNDING = 0.01;
/** binary32's smallest normal number; GPUs may flush smaller ones (subnormals) to 0. */
const MIN_NORMAL_F32 = 1.1754943508222875e-38;

/** A value as the model computes with it: rounded to binary32, a subnormal flushed to 0. */
export function asFloat32(v: number): number {
  const f = Math.fround(v);
  return Math.abs(f) < MIN_NORMAL_F32 ? 0 : f;
}

/** A cell's text for a message, in quotes; a very long one is cut and its length given. */
export function quoteCell(text: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = texts(locale).csv;
  return text.length <= 24
    ? t.quote(text)
    : t.longCell(text.slice(0, 12), text.length.toLocaleString(locale));
}

/**
 * What is wrong with one value on its own, or null: not finite (a 100,000-digit number,
 * 1e400) or beyond ±{@link MAX_MAGNITUDE}. `at` locates it ("Line 4, column 'price'").
 */
export function valueProblem(
  value: number,
  cell: string,
  at: string,
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  const t = texts(locale).dataChecks;
  if (!Number.isFinite(value)) return t.notFinite(at, quoteCell(cell, locale));
  if (Math.abs(value) > MAX_MAGNITUDE) return t.tooLarge(at, quoteCell(cell, locale), '1e38');
  return null;
}

/** Mean and population standard deviation of `values`, in 64-bit floats (two passes). */
export function meanAndSpread(values: ArrayLike<number>): { mean: number; std: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, std: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += (values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(sq / n) };
}

/** One column of finite values, each within ±{@link MAX_MAGNITUDE}, with where they came from. */
export interface NumberColumn {
  name: string;
  values: ArrayLike<number>;
  /** The cells' texts, for messages (as in the file). */
  cells?: readonly string[];
  /** The line of the file of each value, for messages. */
  lines?: readonly number[];
}

/**
 * What keeps a column of in-range values from being learned, or null: rounding to binary32
 * moves some value by more than {@link MAX_ROUNDING} of the column's σ (e.g. 1e9 + 0.001 and
 * 1e9 + 0.002 both become 1e9), or σ is positive but below {@link MIN_SPREAD}. A constant
 * column passes (standardization only removes its mean). The message names the line of the
 * value rounding moves most.
 */
export function columnProblem(
  column: NumberColumn,
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  const t = texts(locale).dataChecks;
  const where = texts(locale).csv;
  const { name, values } = column;
  const { mean, std } = meanAndSpread(values);
  if (std === 0) return null;
  let worst = -1;
  let worstError = 0;
  for (let i = 0; i < values.length; i++) {
    const error = Math.abs(asFloat32(values[i]) - values[i]);
    if (error > worstError) {
      worst = i;
      worstError = error;
    }
  }
  if (worst >= 0 && worstError > MAX_ROUNDING * std) {
    const line = column.lines?.[worst];
    const at = line !== undefined ? where.at(line, name) : where.atColumn(name);
    const cell = column.cells?.[worst] ?? String(values[worst]);
    const remedy =
      Math.abs(mean) > 10 * std
        ? t.subtractOffset(String(Number(mean.toPrecision(6))))
        : t.changeUnit;
    return t.lostPrecision(at, quoteCell(cell, locale), String(asFloat32(values[worst])), remedy);
  }
  if (std < MIN_SPREAD) return t.tinySpread(name, std.toPrecision(2), String(MIN_SPREAD));
  return null;
}
