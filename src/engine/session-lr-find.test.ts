/**
 * The learning-rate finder through the protocol: it reports progress and a suggestion,
 * changes nothing of the run, is cancelled by Run (which then trains at once), and is
 * refused while the run trains.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { LrFindReport } from '../protocol/lr-find';
import type { EngineEvent, EngineStatus } from '../protocol/messages';
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

const CONFIG = { ...DEFAULT_CONFIG, dataset: 'gaussians' as const, earlyStopping: 'off' as const };

function session() {
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(new MemoryCheckpointStore()));
  const status = (): EngineStatus | null => {
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if ('status' in e) return e.status;
    }
    return null;
  };
  const finder = (): LrFindReport[] =>
    events.flatMap((e) => (e.type === 'lrFind' ? [e.report] : []));
  const ended = () => finder().find((r) => r.stop !== null) ?? null;
  return { s, events, status, finder, ended };
}

describe('LabSession: the learning-rate finder', () => {
  it('sweeps a copy, reports progress and a suggestion, and leaves the run where it was', async () => {
    const { s, events, status, finder, ended } = session();
    s.handle({ type: 'reset', config: CONFIG });
    for (let i = 0; i < 6; i++) s.handle({ type: 'nextPhase' }); // initialization → update
    await until(() => status()?.step === 1);
    const before = status()!;
    const seen = events.length;
    s.handle({ type: 'findLearningRate', settings: { lrMin: 1e-4, lrMax: 100, steps: 100 } });
    await until(() => ended() !== null);
    const report = ended()!;
    expect(['diverged', 'nonFinite', 'done']).toContain(report.stop);
    expect(report.suggestion).not.toBeNull();
    expect(report.fromStep).toBe(1);
    // Progress came as the sweep grew, before the final report.
    const sizes = finder().map((r) => r.lrs.length);
    expect(sizes.length).toBeGreaterThan(1);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    // No phase of the run, no step, no metric; the status it reports is as before.
    const during = events.slice(seen).map((e) => e.type);
    expect(new Set(during)).toEqual(new Set(['lrFind']));
    s.handle({ type: 'nextPhase' }); // evaluation of step 1
    await until(() => status()?.lastPhase === 'evaluation');
    const after = status()!;
    expect([after.step, after.epoch, after.batchIndex, after.learningRate]).toEqual([
      before.step,
      before.epoch,
      before.batchIndex,
      before.learningRate,
    ]);
    expect(after.memory.numTensors).toBe(before.memory.numTensors);
  });

  it('is cancelled by Run, which then trains', async () => {
    const { s, status, finder, ended } = session();
    s.handle({ type: 'reset', config: { ...CONFIG, maxSteps: 20 } });
    await until(() => status() !== null);
    s.handle({ type: 'findLearningRate', settings: { lrMin: 1e-8, lrMax: 1, steps: 100_000 } });
    await until(() => finder().length > 0);
    s.handle({ type: 'run' });
    await until(() => ended() !== null);
    expect(ended()!.stop).toBe('cancelled');
    expect(ended()!.lrs.length).toBeLessThan(100_000);
    await until(() => status()?.step === 20 && !status()!.running);
  });

  it('is refused while the run trains, with the reason', async () => {
    const { s, events, status, finder } = session();
    s.handle({ type: 'reset', config: { ...CONFIG, maxSteps: 100_000 } });
    await until(() => status() !== null);
    s.handle({ type: 'run' });
    await until(() => status()?.running === true);
    s.handle({ type: 'findLearningRate', settings: { lrMin: 1e-8, lrMax: 1, steps: 10 } });
    expect(events.at(-1)).toEqual({ type: 'error', notice: { id: 'lrFindWhileRunning' } });
    expect(finder()).toMatchObject([{ stop: 'failed', lrs: [] }]);
    s.handle({ type: 'pause' });
    await until(() => status()?.running === false);
    expect(finder()).toHaveLength(1); // nothing was swept after the pause either
  });
});
