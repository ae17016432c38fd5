/**
 * The producer side of a data pipeline with prefetching, independent of tensors: batches are
 * made one after another by `make`, each after a loading latency the producer really waits
 * (a slow disk or network), and handed to the consumer in the order they were made.
 *
 * - Depth 0 (prefetching off; PyTorch's DataLoader with `num_workers=0`): nothing is loaded
 *   ahead. {@link BatchPipeline.take} starts loading the batch when the step asks for it, and
 *   the step waits the whole latency.
 * - Depth d ≥ 1 (tf.data's `prefetch(d)`; DataLoader's `prefetch_factor`): the producer runs
 *   ahead until d batches wait in the buffer. Taking a batch makes room, so the next one
 *   starts loading at once, before the caller runs its step: loading overlaps computing, and
 *   the step waits only for what is left of the latency (nothing when a step takes longer
 *   than loading a batch).
 *
 * The producer is one loader (one disk): it loads one batch at a time. Time comes from an
 * injected {@link PipelineTimer}, so the overlap can be tested with a fake clock.
 */

/** Where the pipeline reads the time (ms) and waits: `performance.now()` and `setTimeout`. */
export interface PipelineTimer {
  /** The time now, in ms (any origin). */
  now(): number;
  /** Resolves after `ms` milliseconds (at once for ms ≤ 0). */
  sleep(ms: number): Promise<void>;
}

/** The worker's own clock and timers. */
export const REAL_TIMER: PipelineTimer = {
  now: () => performance.now(),
  sleep: (ms) => (ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))),
};

/** A batch as the producer made it, with its measured times (ms). */
export interface Produced<B> {
  batch: B;
  /** When its loading started (the timer's clock). */
  startedAt: number;
  /** The loading latency as waited, measured (≥ the latency asked for). */
  loadMs: number;
  /** Time `make` took. */
  makeMs: number;
}

/** A batch handed to the consumer, with how long the consumer waited for it (ms). */
export interface Taken<B> extends Produced<B> {
  waitMs: number;
}

export interface PipelineOptions<B> {
  /** Loading latency per batch, ms ≥ 0. */
  latencyMs: number;
  /** Batches loaded ahead: 0 (off), 1 or 2. */
  depth: number;
  /** Makes the next batch (synchronously), in order. Its errors reach the next `take`. */
  make(): B;
  /** Frees a batch the consumer never took (on close). */
  dispose(batch: B): void;
  timer?: PipelineTimer;
}

export class BatchPipeline<B> {
  private readonly ready: Produced<B>[] = [];
  /** The batch being loaded, if one is. */
  private loading: Promise<void> | null = null;
  private failure: unknown = null;
  private closed = false;
  private readonly timer: PipelineTimer;

  /**
   * Opens the pipeline; with prefetching on, the first batch starts loading at once.
   * @throws RangeError for a negative latency or a depth other than 0, 1 or 2
   */
  constructor(private readonly options: PipelineOptions<B>) {
    if (!(options.latencyMs >= 0))
      throw new RangeError(`latencyMs must be ≥ 0, got ${options.latencyMs}`);
    if (![0, 1, 2].includes(options.depth))
      throw new RangeError(`depth must be 0, 1 or 2, got ${options.depth}`);
    this.timer = options.timer ?? REAL_TIMER;
    this.fill();
  }

  /** Batches loaded and waiting (at most the depth). */
  get buffered(): number {
    return this.ready.length;
  }

  /** Whether a batch is being loaded now. */
  get busy(): boolean {
    return this.loading !== null;
  }

  /**
   * The next batch, once it is loaded; with prefetching on, the batch after it starts loading
   * before this resolves. Rejects with the producer's error, or once the pipeline is closed.
   */
  async take(): Promise<Taken<B>> {
    const start = this.timer.now();
    while (this.ready.length === 0) {
      if (this.failure !== null) throw this.failure;
      if (this.closed) throw new Error('The data pipeline is closed.');
      if (!this.loading) this.startLoading(); // prefetching off: load on demand
      await this.loading;
    }
    const item = this.ready.shift()!;
    this.fill(); // room in the buffer: the next batch starts loading now
    return { ...item, waitMs: this.timer.now() - start };
  }

  /** Stops loading and frees the batches no one took. A load in progress makes nothing. */
  close(): void {
    this.closed = true;
    for (const item of this.ready.splice(0)) this.options.dispose(item.batch);
  }

  /** Prefetching: loads ahead while the buffer has room (nothing with depth 0). */
  private fill(): void {
    if (this.closed || this.loading || this.failure !== null) return;
    if (this.ready.length >= this.options.depth) return;
    this.startLoading();
  }

  private startLoading(): void {
    this.loading = this.loadOne()
      .catch((e: unknown) => {
        this.failure = e;
      })
      .finally(() => {
        this.loading = null;
        this.fill();
      });
  }

  private async loadOne(): Promise<void> {
    const startedAt = this.timer.now();
    await this.timer.sleep(this.options.latencyMs);
    const loaded = this.timer.now();
    if (this.closed) return;
    const batch = this.options.make();
    this.ready.push({
      batch,
      startedAt,
      loadMs: loaded - startedAt,
      makeMs: this.timer.now() - loaded,
    });
  }
}
