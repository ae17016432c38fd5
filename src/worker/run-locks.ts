/// <reference lib="webworker" />
/**
 * Run locks as Web Locks (navigator.locks, shared by the tabs of one browser profile): a held
 * lock is a request whose callback has not returned; the browser releases it when the tab
 * closes, reloads or its worker is terminated. Without the API every lock is granted, and
 * tabs do not coordinate (as before the API existed).
 */
import type { RunLocks } from '../engine/run-locks';

const PREFIX = 'training-run-lab:run:';

export class WebRunLocks implements RunLocks {
  /** Resolving a held lock's promise lets go of it. */
  private readonly held = new Map<string, () => void>();

  async acquire(runId: string, waitMs: number): Promise<boolean> {
    if (this.held.has(runId)) return true;
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return true;
    const options: LockOptions =
      waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
    return new Promise<boolean>((granted) => {
      locks
        .request(PREFIX + runId, options, (lock) => {
          if (!lock) {
            granted(false);
            return undefined;
          }
          granted(true);
          return new Promise<void>((release) => this.held.set(runId, release));
        })
        .catch(() => granted(false)); // the wait timed out
    });
  }

  release(runId: string): void {
    this.held.get(runId)?.();
    this.held.delete(runId);
  }
}
