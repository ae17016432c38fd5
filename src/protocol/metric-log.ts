/**
 * One log of named metric series: each name (`trainLoss`, `learningRate`, `gradNorm`,
 * `clipFactor`, …) maps to a series of (step, value) points by ascending step, downsampled as
 * it grows ({@link DownsampledSeries}: bounded, each bucket's first, lowest, highest and last
 * point). A new series is a new name: recording, checkpoints, the worker protocol and the
 * page's charts carry every name alike, so it needs no type of its own anywhere.
 *
 * Plain data travels as {@link MetricLogData} (in checkpoints and the `reset` message) and
 * as {@link MetricPoints} (the points recorded since the last message).
 */
import { DownsampledSeries, HISTORY_BUCKETS, INITIAL_TRAIN_LOSSES } from './history';

/**
 * The series the engine records, by name. Units: losses in the task's loss units, accuracy
 * as a share in [0, 1], the learning rate in the optimizer's units, norms in gradient units
 * (‖∂L/∂θ‖₂ over all parameters), the clip factor a multiplier in [0, 1].
 */
export const METRIC_NAMES = [
  'trainLoss',
  'valLoss',
  'valAccuracy',
  /** The learning rate each step's update used (every step). */
  'learningRate',
  /** Global gradient L2 norm before clipping (steps with clipping on). */
  'gradNorm',
  /**
   * The factor clipping scaled the global norm by (PyTorch clip_grad_norm_'s clip
   * coefficient; by value, ‖clipped‖ / ‖g‖): below 1 exactly on the steps that were clipped.
   */
  'clipFactor',
  /**
   * The data pipeline in run mode, per step while a loading latency or prefetching is set
   * (engine/data-pipeline/), in ms measured with the worker's clock: the time the step waited
   * for its batches, the step's whole time (waiting, computing, reading the loss back), the
   * loading latency and batching its batches took in the producer, and the epoch's reshuffle
   * (at the steps that start an epoch).
   */
  'dataWaitMs',
  'stepMs',
  'loadMs',
  'batchMs',
  'shuffleMs',
  /** dataWaitMs / stepMs: the share of the step the device idled waiting for data, in [0, 1]. */
  'idleShare',
] as const;

/**
 * Series kept per layer, named `<name>/<l>` ({@link layerSeries}): `layerGradNorm/<l>` the
 * gradient L2 norm ‖∂L/∂Wₗ, ∂L/∂bₗ‖₂ of layer l with parameters (weights and biases together,
 * at each read-back that measures it), `deadUnits/<l>` the share of hidden layer l's units
 * inactive (≤ 0) on every validation example (at each evaluation). Layers count from 0 in
 * the model's order.
 */
export type LayerSeriesName = 'layerGradNorm' | 'deadUnits';

/** A series' name: one of {@link METRIC_NAMES}, or any other a later technique records. */
export type MetricName = (typeof METRIC_NAMES)[number] | (string & {});

/** The name of layer `layer`'s series of `name` (`layerGradNorm/0`, `deadUnits/1`, …). */
export function layerSeries(name: LayerSeriesName, layer: number): MetricName {
  return `${name}/${layer}`;
}

/**
 * The per-layer series of `name` in `log` as rows: `rows[i][l]` is layer l's value at
 * `steps[i]` (NaN where that layer has no point there; the steps are layer 0's, which every
 * measurement records). Empty when no layer was recorded.
 */
export function layerRows(
  log: MetricLogData,
  name: LayerSeriesName,
): { steps: number[]; rows: number[][] } {
  const layers: Readonly<SeriesData>[] = [];
  for (let l = 0; ; l++) {
    const s = log[layerSeries(name, l)];
    if (!s) break;
    layers.push(s);
  }
  const steps = layers[0]?.steps ?? [];
  const at = layers.map(() => 0);
  const rows = steps.map((step) =>
    layers.map((s, l) => {
      // Each layer's steps ascend: walk them along with layer 0's.
      if (s === layers[0]) return s.values[at[l]++];
      while (at[l] < s.steps.length && s.steps[at[l]] < step) at[l]++;
      return s.steps[at[l]] === step ? s.values[at[l]] : NaN;
    }),
  );
  return { steps: [...steps], rows };
}

/** One series as plain data: `values[i]` was measured at `steps[i]`; steps ascend. */
export interface SeriesData {
  steps: number[];
  values: number[];
}

/** A log as plain data, by series name (what a checkpoint keeps). */
export type MetricLogData = Partial<Record<MetricName, SeriesData>>;

/** Points recorded since the last message, by series name (same shape as a log). */
export type MetricPoints = MetricLogData;

/**
 * Points kept as they are at the start of a series, whatever its length: the first training
 * losses (the early warnings' scale of a large loss, and the start of the curve).
 */
const PINNED: Partial<Record<MetricName, number>> = { trainLoss: INITIAL_TRAIN_LOSSES };

const EMPTY: Readonly<SeriesData> = Object.freeze({ steps: [], values: [] });

/**
 * Named series of (step, value), each downsampled to at most {@link HISTORY_BUCKETS} buckets
 * of steps (at most 4 points each), so recording costs O(1) per point and the log stays
 * bounded however long the run. `version` grows with every recorded point, so a view can
 * tell when to redraw.
 */
export class MetricLog {
  private readonly data = new Map<MetricName, SeriesData>();
  private readonly down = new Map<MetricName, DownsampledSeries>();
  version = 0;

  /**
   * A log continuing from `from` (copied; a series whose arrays differ in length is cut to
   * the shorter, a null value, JSON's NaN, reads as NaN).
   */
  constructor(from: MetricLogData = {}) {
    for (const [name, s] of Object.entries(from)) {
      if (!s) continue;
      const n = Math.min(s.steps.length, s.values.length);
      this.seriesOf(name, {
        steps: s.steps.slice(0, n),
        values: s.values.slice(0, n).map((v) => (v === null ? NaN : v)),
      });
    }
  }

  /**
   * Records `value` measured at `step` in series `name` (created on first use). The same step
   * measured again replaces its point, as {@link DownsampledSeries.append} does.
   */
  record(name: MetricName, step: number, value: number): void {
    (this.down.get(name) ?? this.seriesOf(name, { steps: [], values: [] })).append(step, [value]);
    this.version++;
  }

  /** Records every point of `points`, series by series. */
  recordAll(points: MetricPoints): void {
    for (const [name, s] of Object.entries(points)) {
      if (!s) continue;
      for (let i = 0; i < s.steps.length; i++) this.record(name, s.steps[i], s.values[i]);
    }
  }

  /** Series `name` as it is kept now (empty when nothing was recorded). Do not modify. */
  get(name: MetricName): Readonly<SeriesData> {
    return this.data.get(name) ?? EMPTY;
  }

  /** The value of `name` at `step` exactly, or undefined when none is kept. */
  at(name: MetricName, step: number): number | undefined {
    const s = this.get(name);
    const i = s.steps.lastIndexOf(step);
    return i < 0 ? undefined : s.values[i];
  }

  /** Names of the series recorded so far, in the order they were first recorded. */
  names(): MetricName[] {
    return [...this.data.keys()];
  }

  /** The series as they are kept now, by name, without copying. Do not modify. */
  view(): MetricLogData {
    return Object.fromEntries(this.data);
  }

  /** A copy as plain data (bounded, whatever the run's length). */
  toData(): MetricLogData {
    const out: MetricLogData = {};
    for (const [name, s] of this.data) out[name] = { steps: [...s.steps], values: [...s.values] };
    return out;
  }

  private seriesOf(name: MetricName, s: SeriesData): DownsampledSeries {
    this.data.set(name, s);
    const series = new DownsampledSeries(
      s.steps,
      [s.values],
      (row) => row[0] as number,
      HISTORY_BUCKETS,
      PINNED[name] ?? 0,
    );
    this.down.set(name, series);
    return series;
  }
}

/**
 * Points collected for the next message: {@link take} hands them over and starts afresh.
 * Between two messages it holds what was recorded meanwhile (run mode posts every few
 * hundred ms, step mode after each phase).
 */
export class PointBuffer {
  private points: MetricPoints = {};

  /**
   * `limit`: the most points kept per series; past it the older half is dropped, so a run
   * whose points no one takes (a test, a benchmark without a page) stays bounded.
   */
  constructor(private readonly limit = 1 << 16) {}

  /** Adds the point (`step`, `value`) of series `name`. */
  add(name: MetricName, step: number, value: number): void {
    const s = (this.points[name] ??= { steps: [], values: [] });
    if (s.steps.length >= this.limit) {
      const drop = s.steps.length - Math.floor(this.limit / 2);
      s.steps.splice(0, drop);
      s.values.splice(0, drop);
    }
    s.steps.push(step);
    s.values.push(value);
  }

  /** Whether no point waits. */
  get empty(): boolean {
    return Object.keys(this.points).length === 0;
  }

  /** The points added since the last call, and a fresh buffer. */
  take(): MetricPoints {
    const out = this.points;
    this.points = {};
    return out;
  }
}
