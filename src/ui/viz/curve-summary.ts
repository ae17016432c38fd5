/**
 * The key numbers of a recorded curve, for the text alternative of its chart (a canvas shows
 * them only as pixels): the last value and its step, and the best value (lowest loss, highest
 * accuracy) and its step. Values that are not finite (a diverged loss) are skipped for the
 * best, and reported as they are for the last.
 */

/** The last and best points of a curve; null for a curve with no point. */
export interface CurveSummary {
  count: number;
  last: number;
  lastStep: number;
  /** NaN when no value is finite. */
  best: number;
  bestStep: number;
}

/**
 * Summarises `values` recorded at `steps` (same length; optimizer steps). `better` says which
 * way is better: 'min' for a loss, 'max' for an accuracy. Ties keep the earliest step.
 * @returns null when the curve has no point.
 */
export function summarizeCurve(
  steps: readonly number[],
  values: readonly number[],
  better: 'min' | 'max',
): CurveSummary | null {
  const n = Math.min(steps.length, values.length);
  if (n === 0) return null;
  let best = NaN;
  let bestStep = NaN;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (Number.isNaN(best) || (better === 'min' ? v < best : v > best)) {
      best = v;
      bestStep = steps[i];
    }
  }
  return { count: n, last: values[n - 1], lastStep: steps[n - 1], best, bestStep };
}
