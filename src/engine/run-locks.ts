/**
 * Which engine trains a run. Every browser tab runs its own engine; a run belongs to the one
 * engine that holds its lock, so two tabs never continue (and write the checkpoints of) one
 * run. In the browser the locks are Web Locks (src/worker/run-locks.ts), released by the
 * browser when the tab closes or reloads; here, an in-memory version for tests.
 */
export interface RunLocks {
  /**
   * Takes the lock of `runId` for this engine, waiting at most `waitMs` (ms) for another
   * holder to let go (a reloading tab, a terminated worker). True when this engine holds it
   * (also when it already did); false when another engine keeps it.
   */
  acquire(runId: string, waitMs: number): Promise<boolean>;
  /** Lets go of the lock of `runId`, if this engine holds it. */
  release(runId: string): void;
}

/**
 * Run locks in memory. Engines that share one `holders` map behave like tabs of one browser;
 * {@link MemoryRunLocks.releaseAll} is a tab closing.
 */
export class MemoryRunLocks implements RunLocks {
  constructor(private readonly holders = new Map<string, MemoryRunLocks>()) {}

  async acquire(runId: string, waitMs: number): Promise<boolean> {
    const until = Date.now() + waitMs;
    for (;;) {
      const holder = this.holders.get(runId);
      if (!holder || holder === this) {
        this.holders.set(runId, this);
        return true;
      }
      if (Date.now() >= until) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  release(runId: string): void {
    if (this.holders.get(runId) === this) this.holders.delete(runId);
  }

  /** Lets go of every lock this engine holds, as when its tab closes. */
  releaseAll(): void {
    for (const [runId, holder] of this.holders) if (holder === this) this.holders.delete(runId);
  }
}

/** How long a reloaded tab waits for its old page to let go of its run's lock, in ms. */
const RELOAD_WAIT_MS = 3000;
/** How long a restore waits for a terminated worker's (or reloaded page's) lock, in ms. */
const TAKE_OVER_WAIT_MS = 3000;

/** Who has an unfinished run: this tab (before its reload), no tab, or another tab. */
export type RunOwner = 'thisTab' | 'none' | 'otherTab';

/**
 * The run one engine trains, through {@link RunLocks}: it holds the lock of its current run
 * and of no other, takes a run over only when no other tab holds it, and tells who has the
 * unfinished runs found in storage.
 */
export class RunOwnership {
  /** The run whose lock this engine holds as its own (null: none yet, or read-only). */
  private owned: string | null = null;

  constructor(private readonly locks: RunLocks = new MemoryRunLocks()) {}

  /**
   * Takes `runId` for a restore, waiting up to a few seconds for a terminated worker or a
   * reloaded page to let go. False when another tab trains it.
   */
  take(runId: string): Promise<boolean> {
    return this.locks.acquire(runId, runId === this.owned ? 0 : TAKE_OVER_WAIT_MS);
  }

  /**
   * Makes `runId` this engine's run (after {@link take}, or for a new run) and lets go of
   * the previous one's lock.
   */
  async own(runId: string): Promise<void> {
    await this.locks.acquire(runId, 0);
    if (this.owned !== null && this.owned !== runId) this.locks.release(this.owned);
    this.owned = runId;
  }

  /** Lets go of a run taken but not owned (a restore that failed, an offer declined). */
  letGo(runId: string): void {
    if (runId !== this.owned) this.locks.release(runId);
  }

  /** Whether another tab trains `runId` now. */
  async trainedElsewhere(runId: string): Promise<boolean> {
    if (runId === this.owned) return false;
    const free = await this.locks.acquire(runId, 0);
    if (free) this.locks.release(runId);
    return !free;
  }

  /**
   * The unfinished run to tell the page of (`journals` newest first), and who has it: this
   * tab's own run from before a reload (`tabRunId`; its lock, let go by the reloaded page,
   * is taken back and kept for the resume), else the newest run no tab holds (its tab was
   * closed), else the newest one another tab is training.
   */
  async whoseRun<J extends { runId: string }>(
    journals: J[],
    tabRunId: string | null,
  ): Promise<{ journal: J; owner: RunOwner } | null> {
    const own = journals.find((j) => j.runId === tabRunId);
    if (own && (await this.locks.acquire(own.runId, RELOAD_WAIT_MS))) {
      return { journal: own, owner: 'thisTab' };
    }
    let elsewhere: J | null = null;
    for (const j of journals) {
      if (!(await this.trainedElsewhere(j.runId))) return { journal: j, owner: 'none' };
      elsewhere ??= j;
    }
    return elsewhere ? { journal: elsewhere, owner: 'otherTab' } : null;
  }
}
