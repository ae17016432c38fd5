/**
 * The metrics of one run, recorded so that recording, checkpointing and checking them cost
 * the same at step 1,000 and at step 1,000,000. Two views are kept:
 *
 * - `kept`: every series downsampled to a bounded size ({@link DownsampledSeries}: at most
 *   HISTORY_BUCKETS buckets of steps, each its first, lowest, highest and last point; the
 *   first training losses as they are). It goes into checkpoints and to the page; a spike
 *   stays in it.
 * - `recent`: the raw latest points the early-warning detectors look at: the first
 *   {@link RECENT}.initialLosses training losses (their scale), the points recorded since
 *   the last check, and the last few before them. {@link RunHistory.checked} drops the rest
 *   after each check.
 */
import {
  DownsampledSeries,
  HISTORY_BUCKETS,
  INITIAL_TRAIN_LOSSES,
  type MetricsHistory,
} from '../protocol/history';
import { MetricLog, type MetricName, type MetricPoints, PointBuffer } from '../protocol/metric-log';
import { emptyHistory } from './checkpoint';
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

/**
 * `h` with every column as long as its steps: an older checkpoint may lack the dead units or
 * gradient norms of its first evaluations and read-backs (they are filled with none, or NaN
 * for a number, in front), and surplus entries are dropped. Modifies and returns `h`.
 */
function aligned(h: MetricsHistory): MetricsHistory {
  const fit = <T>(column: T[], length: number, missing: () => T): T[] => {
    if (column.length > length) column.length = length;
    return column.length < length
      ? [...Array.from({ length: length - column.length }, missing), ...column]
      : column;
  };
  const nan = () => NaN;
  const none = () => [];
  h.trainLosses = fit(h.trainLosses, h.trainSteps.length, nan);
  h.valLosses = fit(h.valLosses, h.valSteps.length, nan);
  h.valAccuracies = fit(h.valAccuracies, h.valSteps.length, nan);
  h.deadUnits = fit(h.deadUnits, h.valSteps.length, none);
  h.gradNorms = fit(h.gradNorms, h.gradSteps.length, none);
  return h;
}

/** A gradient read-back's key for downsampling: its largest layer norm. */
const largestNorm = (row: readonly unknown[]) => Math.max(...(row[0] as number[]));

export class RunHistory {
  private history: MetricsHistory = emptyHistory();
  private train!: DownsampledSeries;
  private val!: DownsampledSeries;
  private grad!: DownsampledSeries;
  /** The named series beyond the columns above (learning rate, clipping, …). */
  private log = new MetricLog();
  /** Points recorded since the page last heard of them. */
  private outbox = new PointBuffer();
  private window: DiagnosticHistory & { trainLossMedians: number[] } = {
    ...emptyHistory(),
    trainLossMedians: [],
  };

  constructor() {
    this.follow();
  }

  /** The downsampled series (bounded): for checkpoints and the page. Do not modify. */
  get kept(): MetricsHistory {
    return { ...this.history, log: this.log.view() };
  }

  /** The raw latest points, for the early-warning detectors (bounded between checks). */
  get recent(): DiagnosticHistory {
    return this.window;
  }

  /** A copy of `kept` for a checkpoint (bounded, whatever the run's length). */
  snapshot(): MetricsHistory {
    return { ...structuredClone(this.history), log: this.log.toData() };
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

  /** Records the training loss of `step`; the same step measured again replaces it. */
  recordTrainLoss(step: number, loss: number): void {
    this.train.append(step, [loss]);
    const w = this.window;
    const n = w.trainSteps.length;
    if (n > 0 && w.trainSteps[n - 1] >= step) w.trainLosses[n - 1] = loss;
    else {
      w.trainSteps.push(step);
      w.trainLosses.push(loss);
      if (n + 1 > RECENT.initialLosses + RECENT.maxTrain) this.trimTrain();
    }
  }

  /** Records the per-layer gradient norms measured at `step`. */
  recordGradNorms(step: number, norms: ArrayLike<number>): void {
    const row = Array.from(norms);
    this.grad.append(step, [row]);
    this.window.gradSteps.push(step);
    this.window.gradNorms.push(row);
  }

  /** Records an evaluation at `step` (the training loss of `step` is already recorded). */
  recordEvaluation(step: number, valLoss: number, valAccuracy: number, deadUnits: number[]): void {
    this.val.append(step, [valLoss, valAccuracy, deadUnits]);
    const w = this.window;
    w.valSteps.push(step);
    w.valLosses.push(valLoss);
    w.valAccuracies.push(valAccuracy);
    w.deadUnits.push(deadUnits);
    w.trainLossMedians.push(trainLossAt(w.trainSteps, w.trainLosses, step));
  }

  /** After a check of `recent`: drops the raw points no later check needs. */
  checked(): void {
    const w = this.window;
    this.trimTrain();
    const grads = w.gradSteps.length - RECENT.grad;
    if (grads > 0) {
      w.gradSteps.splice(0, grads);
      w.gradNorms.splice(0, grads);
    }
    const evals = w.valSteps.length - RECENT.val;
    if (evals > 0) {
      for (const a of [w.valSteps, w.valLosses, w.valAccuracies, w.deadUnits, w.trainLossMedians])
        a.splice(0, evals);
    }
  }

  /** Continues from a checkpoint's history (downsampled now if it is longer). */
  restore(h: MetricsHistory): void {
    const { log, ...columns } = h;
    this.history = aligned(structuredClone(columns));
    this.log = new MetricLog(log);
    this.outbox = new PointBuffer();
    this.follow();
    // The detectors start again from the latest points of the restored series.
    const tail = <T>(a: T[], k: number) => a.slice(Math.max(0, a.length - k));
    const k = this.history;
    const firstTrain = Math.min(RECENT.initialLosses, k.trainSteps.length);
    const trainFrom = Math.max(firstTrain, k.trainSteps.length - RECENT.train);
    this.window = {
      trainSteps: [...k.trainSteps.slice(0, firstTrain), ...k.trainSteps.slice(trainFrom)],
      trainLosses: [...k.trainLosses.slice(0, firstTrain), ...k.trainLosses.slice(trainFrom)],
      gradSteps: tail(k.gradSteps, RECENT.grad),
      gradNorms: tail(k.gradNorms, RECENT.grad),
      valSteps: tail(k.valSteps, RECENT.val),
      valLosses: tail(k.valLosses, RECENT.val),
      valAccuracies: tail(k.valAccuracies, RECENT.val),
      deadUnits: tail(k.deadUnits, RECENT.val),
      trainLossMedians: tail(k.valSteps, RECENT.val).map((s) =>
        trainLossAt(k.trainSteps, k.trainLosses, s),
      ),
    };
  }

  /** Keeps the first training losses and the last RECENT.train. */
  private trimTrain(): void {
    const w = this.window;
    const drop = w.trainSteps.length - RECENT.initialLosses - RECENT.train;
    if (drop <= 0) return;
    w.trainSteps.splice(RECENT.initialLosses, drop);
    w.trainLosses.splice(RECENT.initialLosses, drop);
  }

  /** Downsamplers over the arrays of `history`. */
  private follow(): void {
    const h = this.history;
    this.train = new DownsampledSeries(
      h.trainSteps,
      [h.trainLosses],
      (r) => r[0] as number,
      HISTORY_BUCKETS,
      RECENT.initialLosses,
    );
    this.val = new DownsampledSeries(
      h.valSteps,
      [h.valLosses, h.valAccuracies, h.deadUnits],
      (r) => r[0] as number,
    );
    this.grad = new DownsampledSeries(h.gradSteps, [h.gradNorms], largestNorm);
  }
}
