/** Loading checkpoint files through the session: refusals change nothing, imports overwrite nothing. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { EngineEvent } from '../protocol/messages';
import { type CheckpointRecord, MemoryCheckpointStore } from './checkpoint';
import { encodeCheckpoint } from './checkpoint-file';
import { LabSession } from './session';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function until(pred: () => boolean, ms = 30_000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A session that has run three step-mode cycles, with a checkpoint at each step. */
async function trainedSession() {
  const store = new MemoryCheckpointStore();
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(store));
  s.handle({ type: 'reset', config: { ...DEFAULT_CONFIG, points: 100 } });
  await until(() => events.some((e) => e.type === 'reset'));
  // Nine phases in the first cycle, eight after it (initialization happens once).
  for (let i = 0; i < 9 + 8 + 8; i++) s.handle({ type: 'nextPhase' });
  const stops = () => events.filter((e) => e.type === 'phase' && e.report.phase === 'stopping');
  await until(() => stops().length === 3);
  const runId = (events.find((e) => e.type === 'reset') as EngineEvent & { type: 'reset' }).status
    .runId;
  return { s, store, events, runId };
}

function last<T extends EngineEvent['type']>(events: EngineEvent[], type: T) {
  return events.findLast((e) => e.type === type) as (EngineEvent & { type: T }) | undefined;
}

const copy = (r: CheckpointRecord) => structuredClone(r);

describe('loading a checkpoint file', () => {
  it('a damaged file is refused with its name and reason; run and stored checkpoints are untouched', async () => {
    const { s, store, events, runId } = await trainedSession();
    const good = (await store.load(`${runId}@2`))!;
    const bad = copy(good);
    bad.weights[0].values.fill(NaN);
    const stepBefore = last(events, 'phase')!.status.step;
    s.handle({ type: 'importCheckpoint', fileName: 'nan.json', text: encodeCheckpoint(bad) });
    await until(() => last(events, 'checkpointRejected') !== undefined);
    const rejected = last(events, 'checkpointRejected')!;
    expect(rejected.fileName).toBe('nan.json');
    expect(rejected.problem?.id).toBe('nonFinite');
    const stored = (await store.load(`${runId}@2`))!;
    expect(Array.from(stored.weights[0].values)).toEqual(Array.from(good.weights[0].values));
    s.handle({ type: 'nextPhase' });
    await until(() => last(events, 'phase')!.report.phase === 'data');
    expect(last(events, 'phase')!.status.step).toBe(stepBefore);
    expect(last(events, 'phase')!.status.runId).toBe(runId);
  });

  it('a different file under a stored checkpoint’s id becomes a run of its own; the stored one stays', async () => {
    const { s, store, events, runId } = await trainedSession();
    const good = (await store.load(`${runId}@2`))!;
    const other = copy(good);
    other.weights[0].values = other.weights[0].values.map((v) => v * 0.5);
    s.handle({ type: 'importCheckpoint', fileName: 'other.json', text: encodeCheckpoint(other) });
    await until(() => last(events, 'checkpointImported') !== undefined);
    const imported = last(events, 'checkpointImported')!;
    expect(imported.storedAs).toBe('renamed');
    expect(imported.id).not.toBe(good.id);
    const stored = (await store.load(good.id))!;
    expect(Array.from(stored.weights[0].values)).toEqual(Array.from(good.weights[0].values));
    const kept = (await store.load(imported.id))!;
    expect(Array.from(kept.weights[0].values)).toEqual(Array.from(other.weights[0].values));
    expect(kept.runId).not.toBe(runId);
    // The imported run goes on under its own id: its next checkpoint overwrites none of the old run's.
    expect(last(events, 'reset')!.status.runId).toBe(kept.runId);
    expect((await store.list(runId)).map((c) => c.step)).toEqual([1, 2, 3]);
  });

  it('the file of a stored checkpoint restores it and stores nothing new', async () => {
    const { s, store, events, runId } = await trainedSession();
    const good = (await store.load(`${runId}@2`))!;
    s.handle({ type: 'importCheckpoint', fileName: 'same.json', text: encodeCheckpoint(good) });
    await until(() => last(events, 'checkpointImported') !== undefined);
    expect(last(events, 'checkpointImported')!.storedAs).toBe('same');
    expect((await store.list()).length).toBe(3);
    expect(last(events, 'reset')!.restoredFrom).toEqual({ id: good.id, step: 2 });
  });
});
