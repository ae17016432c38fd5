/** Checkpoints in IndexedDB (through `idb`), usable from the engine worker. */
import type { OwnData } from '../data/own-data';
import type { RunJournal } from '../protocol/messages';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import {
  CheckpointMetaCache,
  type CheckpointRecord,
  type CheckpointStore,
  MemoryCheckpointStore,
  toMeta,
} from '../engine/checkpoint';
import { migrateRecord } from '../engine/checkpoint-migrate';
import { type DatasetStore, MemoryDatasetStore } from '../engine/dataset-store';

interface LabDB extends DBSchema {
  checkpoints: { key: string; value: CheckpointRecord; indexes: { byRun: string } };
  runs: { key: string; value: RunJournal };
  /** The user's data sets, by content id. */
  datasets: { key: string; value: OwnData };
}

export class IdbCheckpointStore implements CheckpointStore, DatasetStore {
  /** Listing a run reads every record of it: done once, then saves and deletes keep it. */
  private readonly metas = new CheckpointMetaCache();

  private constructor(private readonly db: IDBPDatabase<LabDB>) {}

  static async open(): Promise<CheckpointStore & DatasetStore> {
    if (typeof indexedDB === 'undefined') {
      const datasets = new MemoryDatasetStore();
      return Object.assign(new MemoryCheckpointStore(), {
        saveDataset: (d: OwnData) => datasets.saveDataset(d),
        loadDataset: (id: string) => datasets.loadDataset(id),
      });
    }
    const db = await openDB<LabDB>('training-run-lab', 3, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          const store = db.createObjectStore('checkpoints', { keyPath: 'id' });
          store.createIndex('byRun', 'runId');
        }
        if (oldVersion < 2) db.createObjectStore('runs', { keyPath: 'runId' });
        if (oldVersion < 3) db.createObjectStore('datasets', { keyPath: 'id' });
      },
    });
    return new IdbCheckpointStore(db);
  }

  async save(record: CheckpointRecord) {
    await this.db.put('checkpoints', record);
    this.metas.saved(record);
  }

  /** The record, brought up to this version's format if an earlier version stored it. */
  async load(id: string) {
    const record = await this.db.get('checkpoints', id);
    return record && (migrateRecord(record) as CheckpointRecord);
  }

  async list(runId?: string) {
    if (runId !== undefined) {
      return this.metas.list(runId, async () =>
        (await this.db.getAllFromIndex('checkpoints', 'byRun', runId)).map(toMeta),
      );
    }
    const all = await this.db.getAll('checkpoints');
    return all.map(toMeta).sort((a, b) => a.step - b.step);
  }

  async delete(id: string) {
    await this.db.delete('checkpoints', id);
    this.metas.deleted(id);
  }

  async saveJournal(journal: RunJournal) {
    await this.db.put('runs', journal);
  }

  loadJournal(runId: string) {
    return this.db.get('runs', runId);
  }

  async saveDataset(data: OwnData) {
    await this.db.put('datasets', data);
  }

  loadDataset(id: string) {
    return this.db.get('datasets', id);
  }

  async unfinishedRuns() {
    const all = await this.db.getAll('runs');
    return all.filter((j) => !j.finished).sort((a, b) => b.updatedAt - a.updatedAt);
  }
}
