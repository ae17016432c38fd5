/**
 * Where the user's data sets are kept, by content id: IndexedDB in the browser (beside the
 * checkpoints), memory in tests. A run's config names its data set by id, so Reset, a
 * checkpoint restore and a page reload all find the same data again.
 */
import type { OwnData } from '../data/own-data';

export interface DatasetStore {
  saveDataset(data: OwnData): Promise<void>;
  loadDataset(id: string): Promise<OwnData | undefined>;
}

/** A store in memory, for tests and for browsers without IndexedDB. */
export class MemoryDatasetStore implements DatasetStore {
  private readonly sets = new Map<string, OwnData>();

  async saveDataset(data: OwnData) {
    this.sets.set(data.id, data);
  }

  async loadDataset(id: string) {
    return this.sets.get(id);
  }
}
