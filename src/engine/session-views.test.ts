import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
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

/** A session on the default task, run for at least `steps` steps and paused. */
async function pausedAfter(steps: number) {
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(new MemoryCheckpointStore()));
  const status = () => {
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if ('status' in e) return e.status;
    }
    return null;
  };
  s.handle({
    type: 'reset',
    config: { ...DEFAULT_CONFIG, earlyStopping: 'off', maxSteps: 10_000 },
  });
  await until(() => status() !== null);
  s.handle({ type: 'run' });
  await until(() => (status()?.step ?? 0) >= steps);
  s.handle({ type: 'pause' });
  await until(() => status()?.running === false);
  return { s, events, step: status()!.step };
}

describe('LabSession after Pause', () => {
  it('answers viewPhase with the phase at the current step, and changes nothing', async () => {
    const { s, events, step } = await pausedAfter(15);
    const before = events.length;
    s.handle({ type: 'viewPhase', phase: 'update' });
    await until(() => events.slice(before).some((e) => e.type === 'phaseView'));
    const view = events.slice(before).find((e) => e.type === 'phaseView');
    expect(view).toMatchObject({
      type: 'phaseView',
      step,
      report: { phase: 'update', step: step + 1 },
    });
    // No step was taken, nothing recorded as a phase of the run.
    expect(events.slice(before).some((e) => e.type === 'phase' || e.type === 'progress')).toBe(
      false,
    );
  });

  it('reports a live change with the step after which it applies', async () => {
    const { s, events, step } = await pausedAfter(5);
    s.handle({
      type: 'updateLive',
      config: { ...DEFAULT_CONFIG, earlyStopping: 'off', maxSteps: 10_000, learningRate: 0.2 },
    });
    const change = events.find((e) => e.type === 'liveChange');
    expect(change).toMatchObject({
      step,
      previous: { learningRate: DEFAULT_CONFIG.learningRate },
      config: { learningRate: 0.2 },
    });
  });
});
