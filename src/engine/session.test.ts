import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { LabSession } from './session';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function session() {
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(new MemoryCheckpointStore()));
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
});
