/**
 * TensorBoard's scalar smoothing: an exponential moving average, debiased so the first
 * points are not pulled towards zero. last = last·w + (1−w)·y; shown = last / (1 − wⁿ).
 * Non-finite points are passed through unchanged and do not enter the average.
 */
export function smoothDebiased(values: ArrayLike<number>, weight: number): number[] {
  const out = new Array<number>(values.length);
  let last = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (!Number.isFinite(y)) {
      out[i] = y;
      continue;
    }
    last = last * weight + (1 - weight) * y;
    n++;
    out[i] = weight === 0 ? y : last / (1 - Math.pow(weight, n));
  }
  return out;
}

/** Indices of at most `max` points spread evenly over `n`, always keeping the last one. */
export function strideIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const stride = n / max;
  const out: number[] = [];
  for (let k = 0; k < max - 1; k++) out.push(Math.floor(k * stride));
  out.push(n - 1);
  return out;
}
