/** A run that diverges by itself stops with its reason; only injected NaN is a fault to recover from. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, taskDefaults } from '../config/schema';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { LabSession } from './session';
import { stopReasonText } from '../content';
import { noticeText } from '../content/notices';
import type { StopReason } from '../protocol/stopping';
const words = (r: StopReason | null | undefined) => (r ? stopReasonText(r, 'en') : '');

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

function session() {
  const events: EngineEvent[] = [];
  const s = new LabSession((e) => events.push(e), Promise.resolve(new MemoryCheckpointStore()));
  const lastStatus = () =>
    events.findLast((e) => 'status' in e) as
      { status: { step: number; running: boolean } } | undefined;
  return { s, events, lastStatus };
}

describe('non-finite losses', () => {
  it('SGD at learning rate 10 on the regression: the run stops by its criterion, no fault', async () => {
    const { s, events, lastStatus } = session();
    const config = {
      ...taskDefaults('regress1d'),
      optimizer: 'sgd' as const,
      learningRate: 10,
      autoResume: 'on' as const,
      maxSteps: 5000,
    };
    s.handle({ type: 'reset', config });
    s.handle({ type: 'run' });
    await until(() => events.some((e) => e.type === 'stopped' || e.type === 'fault'));
    await until(() => lastStatus()?.status.running === false);
    expect(events.filter((e) => e.type === 'fault')).toEqual([]);
    const stopped = events.find((e) => e.type === 'stopped') as EngineEvent & { type: 'stopped' };
    expect(stopped.report.criteria.find((c) => c.fires)?.id).toBe('nonFinite');
    expect(words(stopped.report.reason)).toMatch(
      /loss became (Infinity|NaN|-Infinity) at step \d+/,
    );
    expect(stopped.status.finished?.reason).toBe(stopped.report.reason);
  });

  it('NaN written into the weights is a fault with auto-resume on, and the message names the non-finite loss', async () => {
    const { s, events, lastStatus } = session();
    const config = {
      ...DEFAULT_CONFIG,
      points: 100,
      earlyStopping: 'off' as const,
      maxSteps: 100_000,
    };
    s.handle({ type: 'reset', config });
    s.handle({ type: 'run' });
    await until(() => (lastStatus()?.status.step ?? 0) >= 5);
    s.handle({ type: 'simulateFault', fault: 'nanWeights' });
    await until(() => events.some((e) => e.type === 'fault'));
    const fault = events.find((e) => e.type === 'fault') as EngineEvent & { type: 'fault' };
    expect(fault.fault).toBe('nanWeights');
    expect(fault.notice).toMatchObject({ id: 'nonFiniteLoss', loss: 'training' });
    expect(noticeText(fault.notice, 'en')).toMatch(/loss became (NaN|Infinity|-Infinity) at step/);
    expect(events.some((e) => e.type === 'stopped')).toBe(false);
  });

  it('NaN written in step mode after the update: the fault names the validation loss, not a finite training loss', async () => {
    const { s, events } = session();
    s.handle({ type: 'reset', config: { ...DEFAULT_CONFIG, points: 100 } });
    // One whole cycle (nine phases), then data, forward, loss, backward and update of the next.
    for (let i = 0; i < 9 + 5; i++) s.handle({ type: 'nextPhase' });
    const phases = () => events.filter((e) => e.type === 'phase');
    await until(() => phases().length === 14);
    s.handle({ type: 'simulateFault', fault: 'nanWeights' });
    for (let i = 0; i < 3; i++) s.handle({ type: 'nextPhase' }); // evaluation, checkpoint, stopping
    await until(() => events.some((e) => e.type === 'fault'));
    const fault = events.find((e) => e.type === 'fault') as EngineEvent & { type: 'fault' };
    expect(fault.notice).toMatchObject({ id: 'nonFiniteLoss', loss: 'validation', step: 2 });
    expect(noticeText(fault.notice, 'en')).toMatch(/^The validation loss became NaN at step 2/);
    expect(noticeText(fault.notice, 'de')).toMatch(
      /^Der Validierungsverlust wurde bei Schritt 2 zu NaN/,
    );
  });
});
