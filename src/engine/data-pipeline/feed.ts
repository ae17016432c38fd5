/**
 * The data pipeline of run mode: shuffle → load → batch → prefetch, feeding the fused step.
 *
 * A producer walks through the same batches as the run — on its own copy of the run's data
 * position (cursor, epoch, order, shuffle generator), with the same functions (`nextIndices`,
 * `advanceData`) — so it can load ahead of the step: for each batch it reshuffles at an
 * epoch's start, waits the loading latency (a slow disk or network, really waited), and
 * gathers the batch's rows into tensors on the device (`prefetch.ts` schedules this). The step
 * still draws its indices from the run's own position and takes the produced batch only when
 * they agree (otherwise it gathers the batch itself), so the batches' content and order are the
 * run's whatever the latency and prefetching: the losses are the same bit for bit.
 *
 * While a latency or prefetching is set, each step's loss is read back (one GPU→CPU sync, as
 * PyTorch's `loss.item()` in the loop), so a step's time includes its computing on the device,
 * and each step records the named series of `protocol/metric-log.ts`: dataWaitMs, stepMs,
 * idleShare = dataWaitMs / stepMs, loadMs, batchMs and shuffleMs. Without either, run mode is
 * as without this module: nothing waits, nothing is recorded, nothing extra is read back.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config/schema';
import { advanceData, gatherBatch, nextIndices } from '../phases/data';
import type { Batch, RunContext } from '../run/context';
import { recordMetric } from '../run/metrics';
import { batchesPerEpoch, type RunState } from '../run/state';
import { BatchPipeline, type PipelineTimer, REAL_TIMER } from './prefetch';

/** The pipeline's settings from the config (latency ms, prefetch depth), or null for none. */
export interface FeedSettings {
  latencyMs: number;
  depth: number;
}

/** The config's pipeline: null when it loads at once without prefetching (the plain step). */
export function feedSettings(
  config: Pick<LabConfig, 'loadLatency' | 'prefetch'>,
): FeedSettings | null {
  const depth = config.prefetch === 'off' ? 0 : Number(config.prefetch);
  if (config.loadLatency <= 0 && depth === 0) return null;
  return { latencyMs: config.loadLatency, depth };
}

/** A batch the producer made, with its measured stage times (ms). */
interface FedBatch {
  batch: Batch;
  shuffleMs: number;
}

/** What one step waited for and how long its batches took in the producer (ms). */
interface StepTimes {
  startedAt: number;
  waitMs: number;
  loadMs: number;
  batchMs: number;
  shuffleMs: number;
}

/** Whether two index lists are the same batch. */
function sameIndices(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Run mode's data feed. Per step: {@link beforeStep} waits for the step's batches, the step
 * takes them through `ctx.feed` ({@link take}), {@link afterDispatch} frees them, and
 * {@link afterStep} records the step's times once its loss is read back. {@link close} frees
 * everything; it must be called when run mode ends.
 */
export class DataFeed {
  private pipeline: BatchPipeline<FedBatch> | null = null;
  private settings: FeedSettings | null = null;
  /** The batches of the step about to run, in order. */
  private queue: FedBatch[] = [];
  /** Batches the step took, to free once it has been issued. */
  private taken: Batch[] = [];
  /** The step being measured (set by beforeStep, recorded by afterStep). */
  private measuring: StepTimes | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly timer: PipelineTimer = REAL_TIMER,
  ) {
    ctx.feed = this;
  }

  /**
   * Before a step: follows the config's latency and prefetching (live fields), then waits for
   * the step's batches (k micro-batches, fewer at an epoch's end). Returns whether a pipeline
   * is on: then the caller reads the step's loss back and calls {@link afterStep}.
   */
  /**
   * Follows the config's latency and prefetching (live fields) and says whether a pipeline is
   * on, without awaiting: the plain step (both off) pays no promise per step.
   */
  on(state: RunState): boolean {
    this.follow(state);
    return this.pipeline !== null;
  }

  async beforeStep(state: RunState, accumulate: number): Promise<boolean> {
    this.follow(state);
    const pipeline = this.pipeline;
    if (!pipeline) return false;
    const startedAt = this.timer.now();
    const times: StepTimes = { startedAt, waitMs: 0, loadMs: 0, batchMs: 0, shuffleMs: 0 };
    const count = Math.min(accumulate, batchesPerEpoch(state) - state.cursor);
    for (let i = 0; i < count; i++) {
      const item = await pipeline.take();
      this.queue.push(item.batch);
      times.loadMs += item.loadMs;
      times.batchMs += item.makeMs - item.batch.shuffleMs;
      times.shuffleMs += item.batch.shuffleMs;
    }
    times.waitMs = this.timer.now() - startedAt;
    this.measuring = times;
    return true;
  }

  /**
   * The step's batch of `indices` (the run's own), when the producer made that batch; null
   * when it did not (the caller gathers it), and the producer starts again from the run's
   * position at the next step. The batch stays the feed's: it frees it in afterDispatch.
   */
  take(indices: Int32Array): Batch | null {
    const next = this.queue.shift();
    if (next && sameIndices(next.batch.indices, indices)) {
      this.taken.push(next.batch);
      return next.batch;
    }
    if (next) tf.dispose([next.batch.x, next.batch.y]);
    this.restart();
    return null;
  }

  /** After the step was issued: frees the batches it took. */
  afterDispatch(): void {
    for (const b of this.taken.splice(0)) tf.dispose([b.x, b.y]);
  }

  /**
   * After the step's loss was read back (its work on the device done): records the step's
   * data wait, time and idle share, and its batches' stage times, at `state.step`.
   */
  afterStep(state: RunState): void {
    const t = this.measuring;
    if (!t) return;
    this.measuring = null;
    const stepMs = this.timer.now() - t.startedAt;
    const step = state.step;
    recordMetric(state, 'dataWaitMs', step, t.waitMs);
    recordMetric(state, 'stepMs', step, stepMs);
    recordMetric(state, 'idleShare', step, stepMs > 0 ? Math.min(1, t.waitMs / stepMs) : 0);
    recordMetric(state, 'loadMs', step, t.loadMs);
    recordMetric(state, 'batchMs', step, t.batchMs);
    if (t.shuffleMs > 0) recordMetric(state, 'shuffleMs', step, t.shuffleMs);
  }

  /** Stops the producer and frees every batch it holds. */
  close(): void {
    this.restart();
    this.afterDispatch();
    this.settings = null;
    this.measuring = null;
    if (this.ctx.feed === this) this.ctx.feed = null;
  }

  /** (Re)opens the producer when the config's latency or prefetching changed. */
  private follow(state: RunState): void {
    const want = feedSettings(state.config);
    if (!want && !this.pipeline) return; // off, with nothing to close: the plain step's case
    const have = this.settings;
    if (want?.latencyMs === have?.latencyMs && want?.depth === have?.depth && this.pipeline) return;
    this.restart();
    this.settings = want;
    if (!want) return;
    // The producer's own copy of the data position: the same batches, walked ahead.
    const position: RunState = { ...state, order: state.order.slice(), rng: { ...state.rng } };
    this.pipeline = new BatchPipeline<FedBatch>({
      latencyMs: want.latencyMs,
      depth: want.depth,
      timer: this.timer,
      make: () => {
        const t0 = this.timer.now();
        const { indices, shuffled } = nextIndices(position); // shuffle (at an epoch's start)
        const shuffleMs = shuffled ? this.timer.now() - t0 : 0;
        const batch = gatherBatch(this.ctx, indices); // batch
        advanceData(position);
        return { batch, shuffleMs };
      },
      dispose: ({ batch }) => tf.dispose([batch.x, batch.y]),
    });
  }

  /** Drops the producer and the batches waiting for the step. */
  private restart(): void {
    this.pipeline?.close();
    this.pipeline = null;
    this.settings = null;
    for (const { batch } of this.queue.splice(0)) tf.dispose([batch.x, batch.y]);
  }
}
