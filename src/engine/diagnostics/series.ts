/**
 * What every detector works with: the run's recorded series, how far an earlier check got,
 * and the model's layers; plus the small statistics they share.
 */
import type { MetricLogData, MetricName, SeriesData } from '../../protocol/metric-log';
import type { TimelineEvent, WarningText, WarningTextId } from '../../protocol/timeline';

export type Warning = Extract<TimelineEvent, { kind: 'warning' }>;

/** A layer with parameters, in the order of the per-layer series (hidden layers, then output). */
export interface LayerInfo {
  name: string;
  activation: string;
  units: number;
}

/**
 * The series the detectors look at, by the metric log's names (`trainLoss`, `valLoss`,
 * `valAccuracy`, `layerGradNorm/<l>`, `deadUnits/<l>`; `protocol/metric-log.ts`). The engine
 * passes a bounded window of the latest raw points (src/engine/run-history.ts), so a check
 * costs the same however long the run.
 */
export interface DiagnosticHistory {
  series: MetricLogData;
  /**
   * Per evaluation: the median of the `OVERFITTING.trainWindow` training losses recorded
   * at or before its step, taken when it was recorded (the window of training losses may
   * no longer reach back that far). Absent: computed from the training series.
   */
  trainLossMedians?: number[];
}

export interface DiagnosticInput {
  history: DiagnosticHistory;
  /**
   * Points recorded at steps ≤ `since` were examined by an earlier check; detectors that
   * look at every read-back (spikes, exploding gradients) scan only the newer ones. -1: none.
   */
  since: number;
  layers: LayerInfo[];
}

/** A pure function of the recorded series: the warning it sees (at its latest step), or null. */
export type Detector = (input: DiagnosticInput) => Warning | null;

/** Median of the finite values of `values[from, to)`; NaN when there are none. */
export function median(values: ArrayLike<number>, from = 0, to = values.length): number {
  const xs: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, values.length); i++) {
    if (Number.isFinite(values[i])) xs.push(values[i]);
  }
  if (xs.length === 0) return NaN;
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * TensorBoard's debiased exponential moving average, the smoothing the loss chart uses:
 * last ← w·last + (1 − w)·y, shown = last / (1 − wⁿ). Non-finite values pass through
 * without entering the average.
 */
export function smooth(values: readonly number[], w = 0.6): number[] {
  let last = 0;
  let n = 0;
  return values.map((y) => {
    if (!Number.isFinite(y)) return y;
    last = last * w + (1 - w) * y;
    n++;
    return last / (1 - w ** n);
  });
}

/**
 * The Mann–Kendall trend statistic of a series as a z-score: S = Σ_{i<j} sign(xⱼ − xᵢ),
 * Var(S) = n(n − 1)(2n + 5)/18 (no tie correction), z = (S − sign(S))/√Var(S). Positive for a
 * rising series; |z| > 1.96 is a trend at the 5% level. Non-finite values are skipped.
 */
export function trendZ(values: readonly number[]): number {
  const xs = values.filter(Number.isFinite);
  const n = xs.length;
  if (n < 3) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(xs[j] - xs[i]);
  if (s === 0) return 0;
  return (s - Math.sign(s)) / Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
}

/** Index of the last element of the ascending `steps` that is ≤ `step` (-1: none). */
export function lastIndexAtOrBefore(steps: readonly number[], step: number): number {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first element of the ascending `steps` that is > `step`. */
export function firstIndexAfter(steps: readonly number[], step: number): number {
  return lastIndexAtOrBefore(steps, step) + 1;
}

/** The name of layer `l`, or "layer l+1" when the model describes its layers differently. */
export function layerName(layers: LayerInfo[], l: number): string {
  return layers[l]?.name ?? `layer ${l + 1}`;
}

const NONE: Readonly<SeriesData> = Object.freeze({ steps: [], values: [] });

/** Series `name` of `h` (empty when it has none). */
export function seriesOf(h: DiagnosticHistory, name: MetricName): Readonly<SeriesData> {
  return h.series[name] ?? NONE;
}

/** The loss at the first recorded step, a scale for "large" and "small" losses (NaN if none). */
export function initialLoss(h: DiagnosticHistory): number {
  const first = seriesOf(h, 'trainLoss').values.slice(0, 5);
  return median(first);
}

/**
 * A warning at `step`: what was seen (`message`, a sentence id and its values) and what to
 * try (`remedy`). The page words both in its language (src/content/…/warnings.ts).
 */
export function warning(
  kind: Warning['warning'],
  step: number,
  message: WarningText,
  remedy: WarningTextId,
): Warning {
  return { kind: 'warning', warning: kind, step, message, remedy: { id: remedy, values: {} } };
}

/**
 * The values of `x` against a reference: a ratio when the reference is positive and finite
 * (`id`), else only that it is above it (`aboveId`), since a ratio to 0 says nothing.
 */
export function againstRef<I extends WarningTextId>(
  x: number,
  ref: number,
  id: I,
  aboveId: I,
): { id: I; ratio?: number } {
  return ref > 0 && Number.isFinite(ref) && Number.isFinite(x)
    ? { id, ratio: x / ref }
    : { id: aboveId };
}
