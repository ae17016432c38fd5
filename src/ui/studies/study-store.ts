/**
 * Where studies live: the `studies` object store of the run history's database (version 2 of
 * `training-run-lab-runs`, src/ui/runs/run-store.ts), behind {@link StudyStore} so the runner
 * is tested with {@link MemoryStudyStore}. A study is written whole in one request, so a
 * write that fails (a full quota) leaves the stored study as it was.
 */
import type { IDBPDatabase } from 'idb';
import type { StudyRecord } from '../../data/study/study-record';
import { openRunsDb, type RunsDB } from '../runs/run-store';

/** The stored studies. Every method rejects with the storage's error (see `isQuotaError`). */
export interface StudyStore {
  /** Every stored study, oldest first. */
  list(): Promise<StudyRecord[]>;
  /** Stores the study (replacing the stored one of its id). */
  put(study: StudyRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

const byCreation = (a: StudyRecord, b: StudyRecord) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class IdbStudyStore implements StudyStore {
  private constructor(private readonly db: IDBPDatabase<RunsDB>) {}

  /** Opens the studies' store; an in-memory one where IndexedDB is missing. */
  static async open(): Promise<StudyStore> {
    if (typeof indexedDB === 'undefined') return new MemoryStudyStore();
    return new IdbStudyStore(await openRunsDb());
  }

  async list() {
    return (await this.db.getAll('studies')).sort(byCreation);
  }

  async put(study: StudyRecord) {
    await this.db.put('studies', study);
  }

  async delete(id: string) {
    await this.db.delete('studies', id);
  }
}

/**
 * Studies in memory (no IndexedDB, and the tests). `failWith` makes the next writes throw
 * that error and change nothing, as a full quota does.
 */
export class MemoryStudyStore implements StudyStore {
  private readonly studies = new Map<string, StudyRecord>();
  failWith: Error | null = null;

  async list() {
    return [...this.studies.values()].map((s) => structuredClone(s)).sort(byCreation);
  }

  async put(study: StudyRecord) {
    if (this.failWith) throw this.failWith;
    this.studies.set(study.id, structuredClone(study));
  }

  async delete(id: string) {
    this.studies.delete(id);
  }
}
