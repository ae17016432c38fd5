/**
 * Runs that start from a checkpoint, through the session: the reset event names the run
 * each came from (the lineage's edge) — branch and fine-tune under a new run id, a restore
 * as a resume of the same run, a loaded file kept as a run of its own as a resume of the run
 * it came from; a checkpoint that does not fit changes nothing.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
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

type Reset = EngineEvent & { type: 'reset' };
const CONFIG: LabConfig = { ...DEFAULT_CONFIG, points: 100 };

/** A session that has run two step-mode cycles, with a checkpoint at each step. */
async function trainedSession() {
  const store = new MemoryCheckpointStore();
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(store));
  s.handle({ type: 'reset', config: CONFIG });
  await until(() => events.some((e) => e.type === 'reset'));
  for (let i = 0; i < 9 + 8; i++) s.handle({ type: 'nextPhase' });
  const stops = () => events.filter((e) => e.type === 'phase' && e.report.phase === 'stopping');
  await until(() => stops().length === 2);
  const resets = () => events.filter((e): e is Reset => e.type === 'reset');
  const runId = resets()[0].status.runId;
  /** Sends `cmd` and waits for the next reset event (or an error). */
  const next = async (cmd: Parameters<LabSession['handle']>[0]) => {
    const before = events.length;
    s.handle(cmd);
    await until(() => events.slice(before).some((e) => e.type === 'reset' || e.type === 'error'));
    return events.slice(before).find((e) => e.type === 'reset' || e.type === 'error')!;
  };
  return { s, store, events, runId, next };
}

describe('starting from a checkpoint', () => {
  it('a new run has no origin; a fine-tune, a branch and a restore name theirs', async () => {
    const { store, events, runId, next } = await trainedSession();
    expect((events.find((e) => e.type === 'reset') as Reset).origin).toBeNull();

    const tuned = (await next({
      type: 'startFrom',
      kind: 'fineTune',
      checkpointId: `${runId}@2`,
      config: { ...CONFIG, seed: 8 },
    })) as Reset;
    expect(tuned.origin).toEqual({ runId, kind: 'fineTune', step: 2 });
    expect(tuned.status.runId).not.toBe(runId);
    expect(tuned.status.step).toBe(0);
    expect(tuned.restoredFrom).toBeNull();

    const branched = (await next({
      type: 'startFrom',
      kind: 'branch',
      checkpointId: `${runId}@1`,
      config: { ...CONFIG, learningRate: 0.01 },
    })) as Reset;
    expect(branched.origin).toEqual({ runId, kind: 'branch', step: 1 });
    expect(branched.status.runId).not.toBe(runId);
    expect(branched.status.runId).not.toBe(tuned.status.runId);
    expect(branched.status.step).toBe(1);
    expect(branched.config.learningRate).toBe(0.01);

    const restored = (await next({ type: 'restoreCheckpoint', id: `${runId}@2` })) as Reset;
    expect(restored.origin).toEqual({ runId, kind: 'resume', step: 2 });
    expect(restored.status.runId).toBe(runId);

    // A file that differs from the stored checkpoint of its id: a run of its own, resumed.
    const other = structuredClone((await store.load(`${runId}@2`))!);
    other.weights[0].values = other.weights[0].values.map((v) => v * 0.5);
    const loaded = (await next({
      type: 'importCheckpoint',
      fileName: 'other.json',
      text: encodeCheckpoint(other),
    })) as Reset;
    expect(loaded.status.runId).not.toBe(runId);
    expect(loaded.origin).toEqual({ runId, kind: 'resume', step: 2 });
  });

  it('a branch whose config does not fit the checkpoint is refused and the run goes on', async () => {
    const { events, runId, next } = await trainedSession();
    const answer = await next({
      type: 'startFrom',
      kind: 'branch',
      checkpointId: `${runId}@2`,
      config: { ...CONFIG, units: CONFIG.units + 3 },
    });
    expect(answer.type).toBe('error');
    expect(answer.type === 'error' && answer.notice.id).toBe('checkpointShape');
    await until(() => events.at(-1)?.type === 'status');
    const status = events.at(-1) as EngineEvent & { type: 'status' };
    expect(status.status.runId).toBe(runId);
    expect(status.status.step).toBe(2);
  });
});
