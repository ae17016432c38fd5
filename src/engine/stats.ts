/** Small numeric summaries of plain arrays, used by the phase reports. */
import type { Histogram } from '../protocol/reports';

/** TensorBoard uses 30 buckets for its histograms. */
export const HISTOGRAM_BINS = 30;

export function histogram(values: ArrayLike<number>, bins = HISTOGRAM_BINS): Histogram {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (values.length === 0) return { min: 0, max: 0, counts: new Array(bins).fill(0) };
  if (min === max) {
    // All values equal (e.g. zero init): one bar in the middle of a small range around it.
    const counts = new Array(bins).fill(0);
    counts[Math.floor(bins / 2)] = values.length;
    return { min: min - 0.5, max: max + 0.5, counts };
  }
  const counts = new Array(bins).fill(0);
  const width = (max - min) / bins;
  for (let i = 0; i < values.length; i++) {
    counts[Math.min(bins - 1, Math.floor((values[i] - min) / width))]++;
  }
  return { min, max, counts };
}

export function l2Norm(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] * values[i];
  return Math.sqrt(s);
}

export function std(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= values.length;
  let v = 0;
  for (let i = 0; i < values.length; i++) v += (values[i] - mean) ** 2;
  return Math.sqrt(v / values.length);
}

/** True when every column of a rows × cols matrix is the same (all units identical). */
export function identicalColumns(values: ArrayLike<number>, rows: number, cols: number): boolean {
  if (cols < 2) return false;
  for (let r = 0; r < rows; r++) {
    for (let c = 1; c < cols; c++) {
      if (values[r * cols + c] !== values[r * cols]) return false;
    }
  }
  return true;
}
