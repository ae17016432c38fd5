/**
 * The metrics of one run, recorded so that recording, checkpointing and checking them cost
 * the same at step 1,000 and at step 1,000,000. Every series is a named series of one
 * {@link MetricLog} (`protocol/metric-log.ts`): `trainLoss`, `valLoss`, `valAccuracy`, the
 * per-layer `layerGradNorm/<l>` and `deadUnits/<l>`, and whatever a technique records
 * (`learningRate`, `gradNorm`, `clipFactor`, `lossScale`, `skippedSteps`, …). Two views:
 *
 * - `kept`: every series downsampled to a bounded size ({@link DownsampledSeries}: at most
 *   HISTORY_BUCKETS buckets of steps, each its first, lowest, highest and last point; the
 *   first training losses as they are). It goes into checkpoints and to the page; a spike
 *   stays in it.
 * - `recent`: the raw latest points the early-warning detectors look at, by the same names:
 *   the first {@link RECENT}.initialLosses training losses (their scale), the points
 *   recorded since the last check, and the last few before them. {@link RunHistory.checked}
 *   drops the rest after each check.
 */
import { INITIAL_TRAIN_LOSSES } from '../protocol/history';
import {
  layerSeries,
  MetricLog,
  type MetricLogData,
  type MetricName,
  type MetricPoints,
  PointBuffer,
  type SeriesData,
} from '../protocol/metric-log';
import { trainLossAt } from './diagnostics/overfitting';
import type { DiagnosticHistory } from './diagnostics/series';

/**
 * How much of each raw series the detectors keep after a check (points, or evaluations for
 * the validation series); `maxTrain` bounds the training losses between two checks.
 */
export const RECENT = {
  /** The first training losses: the detectors' scale of "large" (their median). */
  initialLosses: INITIAL_TRAIN_LOSSES,
  /** Training losses (≥ the loss-spike window 20 and the divergence window 10). */
  train: 64,
  /** Gradient-norm read-backs (≥ the exploding-gradient window 20). */
  grad: 64,
  /** Evaluations (≥ the plateau's 11; the overfitting detector's minimum lies among them). */
  val: 64,
  /** Training losses kept at most between two checks (checks follow every evaluation). */
  maxTrain: 1 << 17,
} as const;

/** How many latest points of a series the detectors keep after a check. */
function recentPoints(name: MetricName): number {
  if (name === 'trainLoss') return RECENT.train;
  if (name.startsWith('layerGradNorm/')) return RECENT.grad;
  return RECENT.val; // the evaluation's series, and any other the detectors may read
}

/** Appends (`step`, `value`) to a raw series; the same step measured again replaces it. */
function push(s: SeriesData, step: number, value: number): void {
  const n = s.steps.length;
  if (n > 0 && s.steps[n - 1] >= step) s.values[n - 1] = value;
  else {
    s.steps.push(step);
    s.values.push(value);
  }
}

export class RunHistory {
  /** Every series, downsampled. */
  private log = new MetricLog();
  /**
   * Points recorded since the page last heard of them: every series but the losses and
   * accuracy, which travel in the `progress` and `phase` messages of their own.
   */
  private outbox = new PointBuffer();
  private window: DiagnosticHistory & { trainLossMedians: number[] } = {
    series: {},
    trainLossMedians: [],
  };

  /** The downsampled series (bounded), by name: for checkpoints and the page. Do not modify. */
  get kept(): MetricLogData {
    return this.log.view();
  }

  /** The raw latest points, for the early-warning detectors (bounded between checks). */
  get recent(): DiagnosticHistory {
    return this.window;
  }

  /** Series `name` as it is kept now (empty when nothing was recorded). Do not modify. */
  get(name: MetricName): Readonly<SeriesData> {
    return this.log.get(name);
  }

  /** A copy of `kept` for a checkpoint (bounded, whatever the run's length). */
  snapshot(): MetricLogData {
    return this.log.toData();
  }

  /**
   * Records `value` at `step` in the named series `name` (downsampled like the others; the
   * same step measured again replaces its point), and keeps it for the next message.
   */
  record(name: MetricName, step: number, value: number): void {
    this.log.record(name, step, value);
    this.outbox.add(name, step, value);
  }

  /** The named series' points recorded since the last call (for the next message to the page). */
  takePoints(): MetricPoints {
    return this.outbox.take();
  }

  /**
   * Records the training loss of `step`; the same step measured again replaces it. (The page
   * hears of it through the `progress` and `phase` messages, not the points.)
   */
  recordTrainLoss(step: number, loss: number): void {
    this.log.record('trainLoss', step, loss);
    const s = this.raw('trainLoss');
    const n = s.steps.length;
    push(s, step, loss);
    if (s.steps.length > n && n + 1 > RECENT.initialLosses + RECENT.maxTrain) this.trimTrain();
  }

  /** Records the per-layer gradient norms measured at `step` (`layerGradNorm/<l>`). */
  recordGradNorms(step: number, norms: ArrayLike<number>): void {
    for (let l = 0; l < norms.length; l++) {
      const name = layerSeries('layerGradNorm', l);
      this.record(name, step, norms[l]);
      push(this.raw(name), step, norms[l]);
    }
  }

  /**
   * Records an evaluation at `step` (the training loss of `step` is already recorded): the
   * validation loss, accuracy (NaN when the task has none) and each hidden layer's share of
   * dead units (`deadUnits/<l>`).
   */
  recordEvaluation(step: number, valLoss: number, valAccuracy: number, deadUnits: number[]): void {
    for (const [name, value] of [
      ['valLoss', valLoss],
      ['valAccuracy', valAccuracy],
    ] as const) {
      this.log.record(name, step, value);
      push(this.raw(name), step, value);
    }
    deadUnits.forEach((d, l) => {
      const name = layerSeries('deadUnits', l);
      this.record(name, step, d);
      push(this.raw(name), step, d);
    });
    const train = this.raw('trainLoss');
    this.window.trainLossMedians.push(trainLossAt(train.steps, train.values, step));
  }

  /** After a check of `recent`: drops the raw points no later check needs. */
  checked(): void {
    const w = this.window;
    this.trimTrain();
    for (const [name, s] of Object.entries(w.series)) {
      if (!s || name === 'trainLoss') continue;
      const drop = s.steps.length - recentPoints(name);
      if (drop > 0) {
        s.steps.splice(0, drop);
        s.values.splice(0, drop);
      }
    }
    const evals = w.trainLossMedians.length - RECENT.val;
    if (evals > 0) w.trainLossMedians.splice(0, evals);
  }

  /** Continues from a checkpoint's series (downsampled now if they are longer). */
  restore(data: MetricLogData): void {
    this.log = new MetricLog(data);
    this.outbox = new PointBuffer();
    // The detectors start again from the latest points of the restored series.
    const series: MetricLogData = {};
    for (const name of this.log.names()) {
      const k = this.log.get(name);
      const first = name === 'trainLoss' ? Math.min(RECENT.initialLosses, k.steps.length) : 0;
      const from = Math.max(first, k.steps.length - recentPoints(name));
      series[name] = {
        steps: [...k.steps.slice(0, first), ...k.steps.slice(from)],
        values: [...k.values.slice(0, first), ...k.values.slice(from)],
      };
    }
    const train = this.log.get('trainLoss');
    const valSteps = series.valLoss?.steps ?? [];
    this.window = {
      series,
      trainLossMedians: valSteps.map((s) => trainLossAt(train.steps, train.values, s)),
    };
  }

  /** The raw window's series `name`, created on first use. */
  private raw(name: MetricName): SeriesData {
    return (this.window.series[name] ??= { steps: [], values: [] });
  }

  /** Keeps the first training losses and the last RECENT.train. */
  private trimTrain(): void {
    const s = this.raw('trainLoss');
    const drop = s.steps.length - RECENT.initialLosses - RECENT.train;
    if (drop <= 0) return;
    s.steps.splice(RECENT.initialLosses, drop);
    s.values.splice(RECENT.initialLosses, drop);
  }
}
