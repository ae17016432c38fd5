/**
 * The comparison's data: each run's curves as points against step, wall time or training
 * FLOPs, and the settings in which the selected runs differ (pure; drawn by RunCompare).
 */
import type { RunRecord, RunSeries } from '../../data/run-record';

export const X_AXES = ['step', 'wallTime', 'flops'] as const;
export type XAxis = (typeof X_AXES)[number];

export const METRICS = ['trainLoss', 'valLoss', 'valAccuracy', 'learningRate'] as const;
export type Metric = (typeof METRICS)[number];

export interface Point {
  x: number;
  y: number | null;
}

/**
 * The run's training wall time at `step`, in seconds: linear between the recorded clock
 * samples, and at the last sample's pace past the end (before the first: from 0 at step 0).
 */
export function wallSecondsAt(s: RunSeries, step: number): number {
  const steps = s.clockSteps;
  const ms = s.elapsedMs;
  const n = steps.length;
  if (n === 0) return 0;
  let hi = 0;
  while (hi < n && steps[hi] < step) hi++;
  if (hi < n && steps[hi] === step) return ms[hi] / 1000;
  const [s0, t0] = hi === 0 ? [0, 0] : [steps[hi - 1], ms[hi - 1]];
  const [s1, t1] =
    hi < n ? [steps[hi], ms[hi]] : n >= 2 ? [steps[n - 1], ms[n - 1]] : [steps[0], ms[0]];
  // Past the last sample: the pace of the whole run.
  if (hi >= n) {
    const pace = steps[n - 1] > 0 ? ms[n - 1] / steps[n - 1] : 0;
    return (ms[n - 1] + (step - steps[n - 1]) * pace) / 1000;
  }
  return (t0 + ((step - s0) / Math.max(1, s1 - s0)) * (t1 - t0)) / 1000;
}

/** One run's curve of `metric` against `x` (accuracy in percent). */
export function curve(run: RunRecord, metric: Metric, x: XAxis): Point[] {
  const s = run.series;
  const [steps, values] =
    metric === 'trainLoss'
      ? [s.trainSteps, s.trainLosses]
      : metric === 'valLoss'
        ? [s.valSteps, s.valLosses]
        : metric === 'valAccuracy'
          ? [s.valSteps, s.valAccuracies.map((v) => (v === null ? null : 100 * v))]
          : [s.clockSteps, s.learningRates];
  const toX =
    x === 'step'
      ? (step: number) => step
      : x === 'flops'
        ? (step: number) => step * run.compute.flopsPerStep
        : (step: number) => wallSecondsAt(s, step);
  return steps.map((step, i) => ({ x: toX(step), y: values[i] }));
}

/** A setting in which the runs differ: its name and each run's value (null: not set). */
export interface Difference {
  field: string;
  values: (string | number | null)[];
}

/** The config fields (and the backend) whose values are not the same in all `runs`. */
export function configDiff(runs: readonly RunRecord[]): Difference[] {
  const fields = [...new Set(runs.flatMap((r) => Object.keys(r.config)))];
  const rows: Difference[] = fields
    .map((field) => ({ field, values: runs.map((r) => r.config[field] ?? null) }))
    .filter((d) => new Set(d.values).size > 1);
  const backends = runs.map((r) => r.backend);
  if (new Set(backends).size > 1) rows.push({ field: 'backend', values: backends });
  return rows;
}
