import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { EngineEvent, RunJournal } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { LabSession } from './session';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A store that counts how often the run's checkpoints are listed and its journal written. */
class CountingStore extends MemoryCheckpointStore {
  lists = 0;
  journalWrites = 0;
  override async list(runId?: string) {
    this.lists++;
    return super.list(runId);
  }
  override async saveJournal(journal: RunJournal) {
    this.journalWrites++;
    return super.saveJournal(journal);
  }
}

function session(store = new MemoryCheckpointStore()) {
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(store));
  const lastStatus = () => {
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if ('status' in e) return e.status;
    }
    return null;
  };
  const lastStep = () => lastStatus()?.step ?? 0;
  return { s, events, lastStep, lastStatus };
}

async function until(pred: () => boolean, ms = 30_000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('LabSession run mode', () => {
  it('keeps the number of tensors flat while training (read-backs, evaluations, checkpoints)', async () => {
    const { s, lastStep, lastStatus } = session();
    const config = { ...DEFAULT_CONFIG, earlyStopping: 'off' as const, maxSteps: 100_000 };
    // Counted while paused, so no step's tensors (or losses awaiting read-back) are in flight.
    const countAfter = async (steps: number) => {
      s.handle({ type: 'run' });
      await until(() => lastStep() >= steps);
      s.handle({ type: 'pause' });
      await until(() => lastStatus()?.running === false);
      return tf.memory().numTensors;
    };
    s.handle({ type: 'reset', config });
    const early = await countAfter(300);
    const late = await countAfter(900);
    expect(lastStep()).toBeGreaterThanOrEqual(900);
    expect(late).toBe(early);
  });

  it('reports every step’s loss once, in order, across read-backs', async () => {
    const { s, events, lastStep } = session();
    s.handle({ type: 'reset', config: { ...DEFAULT_CONFIG, readbackInterval: 7, maxSteps: 100 } });
    s.handle({ type: 'run' });
    await until(() => lastStep() >= 100 && events.some((e) => e.type === 'stopped'));
    const steps = events.flatMap((e) =>
      e.type === 'progress' ? Array.from(e.losses, (_, k) => e.firstStep + k) : [],
    );
    expect(steps).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('journals the run every second without listing the stored checkpoints each time', async () => {
    const store = new CountingStore();
    const { s, events, lastStatus } = session(store);
    s.handle({
      type: 'reset',
      config: {
        ...DEFAULT_CONFIG,
        earlyStopping: 'off',
        maxSteps: 100_000,
        checkpointInterval: 1_000_000,
      },
    });
    s.handle({ type: 'run' });
    await until(() => lastStatus()?.running === true);
    const saved = store.journalWrites;
    await until(() => store.journalWrites >= saved + 3, 20_000); // one write a second
    const lists = store.lists;
    s.handle({ type: 'pause' });
    await until(() => lastStatus()?.running === false);
    // A checkpoint saved between two runs must reach the journal without listing again.
    s.handle({ type: 'saveCheckpoint' });
    await until(() => events.some((e) => e.type === 'checkpoints'));
    const listsBySave = store.lists - lists;
    s.handle({ type: 'run' });
    const written = store.journalWrites;
    await until(() => store.journalWrites >= written + 3, 20_000);
    s.handle({ type: 'pause' });
    await until(() => lastStatus()?.running === false);

    expect(lists).toBeLessThanOrEqual(1); // the first journal write of the run, at most
    expect(store.lists - lists).toBe(listsBySave); // journal writes after the save: none
    const runId = lastStatus()!.runId;
    const [checkpoint] = await store.list(runId);
    expect((await store.loadJournal(runId))?.checkpointStep).toBe(checkpoint.step);
  });
});
