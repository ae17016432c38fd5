/**
 * Where the run history lives: IndexedDB (through `idb`, as the checkpoints), behind the
 * {@link RunStore} interface so that the logic above it is tested with {@link MemoryRunStore}.
 *
 * The history has its own database, `training-run-lab-runs`, on the page's side: the engine
 * worker's database (`training-run-lab`) changes its version only through the worker, and a
 * second opener with another version would block it. Every write is one transaction, so a
 * write that fails (a full quota) changes nothing: the runs already stored stay as they were.
 */
import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, openDB } from 'idb';
import {
  mergeParents,
  type RunAnnotations,
  type RunRecord,
  recordBytes,
} from '../../data/run-record';
import type { StudyRecord } from '../../data/study/study-record';

/** The stored run history. Every method rejects with the storage's error (see {@link isQuotaError}). */
export interface RunStore {
  /** Every stored run, oldest first. */
  list(): Promise<RunRecord[]>;
  /**
   * Stores a recording of a run: the stored run's annotations, test result and start time
   * are kept ({@link mergeRecording}).
   */
  record(run: RunRecord): Promise<void>;
  /** Changes the annotations of a stored run (nothing if there is none). */
  annotate(id: string, patch: Partial<RunAnnotations>): Promise<void>;
  /** Stores the run's test result (nothing if there is none). */
  setTest(id: string, test: NonNullable<RunRecord['test']>): Promise<void>;
  delete(id: string): Promise<void>;
  /** Stores every run as given (import, undo of a delete): all of them or, on error, none. */
  putAll(runs: readonly RunRecord[]): Promise<void>;
}

/**
 * A recording merged into what is stored of the same run: the user's name, tags, note and
 * star, the test result and the start time stay; the clock samples from before a reload
 * (which the new page did not hear) are kept in front of the new ones.
 */
export function mergeRecording(stored: RunRecord | undefined, run: RunRecord): RunRecord {
  if (!stored) return run;
  const s = stored.series;
  const first = run.series.clockSteps[0] ?? Infinity;
  let keep = 0;
  while (keep < s.clockSteps.length && s.clockSteps[keep] < first) keep++;
  return {
    ...run,
    name: stored.name,
    tags: stored.tags,
    note: stored.note,
    starred: stored.starred,
    test: stored.test ?? run.test,
    reproducedFrom: run.reproducedFrom ?? stored.reproducedFrom ?? null,
    parents: mergeParents(run.id, stored.parents ?? [], run.parents ?? []),
    startedAt: Math.min(stored.startedAt, run.startedAt),
    series: {
      ...run.series,
      clockSteps: [...s.clockSteps.slice(0, keep), ...run.series.clockSteps],
      elapsedMs: [...s.elapsedMs.slice(0, keep), ...run.series.elapsedMs],
      learningRates: [...s.learningRates.slice(0, keep), ...run.series.learningRates],
    },
  };
}

/**
 * True for the error of a full storage quota: a `QuotaExceededError` DOMException (thrown,
 * or the error of the aborted transaction), or Firefox's older `NS_ERROR_DOM_QUOTA_REACHED`.
 */
export function isQuotaError(e: unknown): boolean {
  const name = (x: unknown) =>
    typeof x === 'object' && x !== null && 'name' in x ? String(x.name) : '';
  const inner =
    typeof e === 'object' && e !== null && 'target' in e
      ? (e.target as { error?: unknown } | null)?.error
      : undefined;
  return [name(e), name(inner)].some(
    (n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED',
  );
}

/** Oldest run first (by start, then id). */
export const byStart = (a: RunRecord, b: RunRecord): number =>
  a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface RunsDB extends DBSchema {
  runs: { key: string; value: RunRecord };
  /** The studies (version 2 on): definition and queue, by id (src/ui/studies/study-store.ts). */
  studies: { key: string; value: StudyRecord };
}

export const RUNS_DB = 'training-run-lab-runs';
/** 1: runs; 2: studies added (the runs stay as they are). */
export const RUNS_DB_VERSION = 2;

/**
 * Opens the history's database at {@link RUNS_DB_VERSION}, creating or adding the object
 * stores an older version lacks; what an older version stored is kept.
 */
export function openRunsDb(): Promise<IDBPDatabase<RunsDB>> {
  return openDB<RunsDB>(RUNS_DB, RUNS_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('runs', { keyPath: 'id' });
      if (oldVersion < 2) db.createObjectStore('studies', { keyPath: 'id' });
    },
  });
}

export class IdbRunStore implements RunStore {
  private constructor(private readonly db: IDBPDatabase<RunsDB>) {}

  /** Opens the history's database; an in-memory store where IndexedDB is missing. */
  static async open(): Promise<RunStore> {
    if (typeof indexedDB === 'undefined') return new MemoryRunStore();
    return new IdbRunStore(await openRunsDb());
  }

  async list() {
    return (await this.db.getAll('runs')).sort(byStart);
  }

  async record(run: RunRecord) {
    await this.inTransaction(async (store) => {
      await store.put(mergeRecording(await store.get(run.id), run));
    });
  }

  async annotate(id: string, patch: Partial<RunAnnotations>) {
    await this.change(id, (r) => ({ ...r, ...patch }));
  }

  async setTest(id: string, test: NonNullable<RunRecord['test']>) {
    await this.change(id, (r) => ({ ...r, test }));
  }

  async delete(id: string) {
    await this.db.delete('runs', id);
  }

  async putAll(runs: readonly RunRecord[]) {
    await this.inTransaction(async (store) => {
      await Promise.all(runs.map((r) => store.put(r)));
    });
  }

  private async change(id: string, f: (r: RunRecord) => RunRecord) {
    await this.inTransaction(async (store) => {
      const stored = await store.get(id);
      if (stored) await store.put(f(stored));
    });
  }

  /**
   * Runs `body` in one read-write transaction, all or nothing: a request that fails, or a
   * put that throws (which leaves the transaction open), aborts it, and the error is thrown.
   */
  private async inTransaction(
    body: (store: IDBPObjectStore<RunsDB, ['runs'], 'runs', 'readwrite'>) => Promise<void>,
  ) {
    const tx = this.db.transaction('runs', 'readwrite');
    // Observed here so its rejection after an abort is not reported as unhandled.
    tx.done.catch(() => undefined);
    try {
      await body(tx.store);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already aborted by the failed request
      }
      throw e;
    }
    await tx.done;
  }
}

/**
 * The history in memory (no IndexedDB, and the tests). `quotaBytes` bounds the stored runs'
 * JSON size: a write beyond it throws a `QuotaExceededError` DOMException and changes
 * nothing, as IndexedDB does when the origin's quota is full.
 */
export class MemoryRunStore implements RunStore {
  private runs = new Map<string, RunRecord>();

  constructor(public quotaBytes = Infinity) {}

  async list() {
    return [...this.runs.values()].map((r) => structuredClone(r)).sort(byStart);
  }

  async record(run: RunRecord) {
    this.write([mergeRecording(this.runs.get(run.id), run)]);
  }

  async annotate(id: string, patch: Partial<RunAnnotations>) {
    const r = this.runs.get(id);
    if (r) this.write([{ ...r, ...patch }]);
  }

  async setTest(id: string, test: NonNullable<RunRecord['test']>) {
    const r = this.runs.get(id);
    if (r) this.write([{ ...r, test }]);
  }

  async delete(id: string) {
    this.runs.delete(id);
  }

  async putAll(runs: readonly RunRecord[]) {
    this.write(runs);
  }

  /** Writes all of `runs` or, past the quota, none. */
  private write(runs: readonly RunRecord[]) {
    const next = new Map(this.runs);
    for (const r of runs) next.set(r.id, structuredClone(r));
    let bytes = 0;
    for (const r of next.values()) bytes += recordBytes(r);
    if (bytes > this.quotaBytes)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.runs = next;
  }
}
