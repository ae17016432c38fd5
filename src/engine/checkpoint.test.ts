import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import {
  CHECKPOINT_FORMAT,
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
    expect(parts['optimizer state']).toBe(4);
    expect(parts['data order and position']).toBe(10 * 4 + 16);
  });
});
