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
