import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import {
  CHECKPOINT_FORMAT,
  CheckpointMetaCache,
  type CheckpointRecord,
  emptyHistory,
  MemoryCheckpointStore,
  recordParts,
  toMeta,
} from './checkpoint';
import { INITIAL_EARLY_STOPPING } from './stopping';

function record(runId: string, step: number): CheckpointRecord {
  return {
    format: CHECKPOINT_FORMAT,
    id: `${runId}@${step}`,
    runId,
    task: 'classify2d',
    createdAt: 1000 + step,
    step,
    epoch: 0,
    valLoss: null,
    sizeBytes: 0,
    config: DEFAULT_CONFIG,
    weights: [{ name: 'W', shape: [2, 3], dtype: 'float32', values: new Float32Array(6) }],
    optimizer: [{ name: 'iter', shape: [], dtype: 'int32', values: Int32Array.of(step) }],
    data: { order: new Int32Array(10), cursor: 0, epoch: 0 },
    rng: { shuffle: 1 },
    earlyStopping: INITIAL_EARLY_STOPPING,
    history: emptyHistory(),
  };
}

describe('MemoryCheckpointStore', () => {
  it('saves, loads, lists by run in step order and deletes', async () => {
    const store = new MemoryCheckpointStore();
    for (const [run, step] of [
      ['a', 20],
      ['b', 5],
      ['a', 10],
      ['a', 30],
    ] as const) {
      await store.save(record(run, step));
    }
    expect((await store.list('a')).map((c) => c.step)).toEqual([10, 20, 30]);
    expect((await store.list()).map((c) => c.id)).toEqual(['b@5', 'a@10', 'a@20', 'a@30']);
    expect((await store.load('a@20'))?.optimizer[0].values).toEqual(Int32Array.of(20));
    await store.delete('a@20');
    expect(await store.load('a@20')).toBeUndefined();
    expect((await store.list('a')).map((c) => c.step)).toEqual([10, 30]);
  });

  it('lists metadata only', async () => {
    const store = new MemoryCheckpointStore();
    const r = record('a', 1);
    await store.save(r);
    const [meta] = await store.list();
    expect(meta).toEqual(toMeta(r));
    expect(Object.keys(meta).sort()).toEqual(
      ['createdAt', 'epoch', 'id', 'runId', 'sizeBytes', 'step', 'valLoss'].sort(),
    );
  });
});

describe('recordParts', () => {
  it('counts the bytes of the typed arrays', () => {
    const parts = Object.fromEntries(recordParts(record('a', 1)).map((p) => [p.part, p.bytes]));
    expect(parts['weights']).toBe(6 * 4);
    expect(parts['optimizerState']).toBe(4);
    expect(parts['dataPosition']).toBe(10 * 4 + 16);
  });
});

describe('CheckpointMetaCache', () => {
  /** A store whose listing reads every record of the run, counting the records read. */
  function countingStore() {
    const inner = new MemoryCheckpointStore();
    const cache = new CheckpointMetaCache();
    const counter = { recordsRead: 0 };
    const store = {
      async save(r: CheckpointRecord) {
        await inner.save(r);
        cache.saved(r);
      },
      async delete(id: string) {
        await inner.delete(id);
        cache.deleted(id);
      },
      list: (runId: string) =>
        cache.list(runId, async () => {
          const all = await inner.list(runId);
          counter.recordsRead += all.length;
          return all;
        }),
    };
    return { store, counter };
  }

  /** Run mode's pattern: save, list, retire all but the latest 3, list again. */
  async function recordsReadPerSave(saves: number): Promise<number> {
    const { store, counter } = countingStore();
    for (let k = 1; k <= saves; k++) {
      if (k === saves) counter.recordsRead = 0;
      await store.save(record('a', 10 * k));
      const all = await store.list('a');
      for (const old of all.slice(0, -3)) await store.delete(old.id);
      expect((await store.list('a')).map((c) => c.step)).toEqual(all.slice(-3).map((c) => c.step));
    }
    return counter.recordsRead;
  }

  it('lists a run from the store once, then from its saves and deletes: no record read per save', async () => {
    expect(await recordsReadPerSave(3)).toBe(0);
    expect(await recordsReadPerSave(300)).toBe(0);
    const { store, counter } = countingStore();
    await store.list('a');
    await store.list('a');
    expect(counter.recordsRead).toBe(0); // nothing stored yet
  });

  it('does not keep a listing read while a save happened', async () => {
    const cache = new CheckpointMetaCache();
    const r = record('a', 10);
    // The save lands while the store is being read: the listing read is not kept.
    const listed = await cache.list('a', async () => {
      cache.saved(r);
      return [];
    });
    expect(listed).toEqual([]);
    expect(await cache.list('a', async () => [toMeta(r)])).toEqual([toMeta(r)]);
  });
});
