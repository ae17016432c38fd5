/**
 * The lecture scenarios whose effect is about the whole run, played through the engine's
 * session as the page drives it: run mode, its stop, a fault and the resume the page asks for.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../config/scenarios';
import type { EngineEvent, EngineStatus } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { configOf } from './scenario-run.test-util';
import { LabSession } from './session';
import { stopReasonText } from '../content';
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
    (events.findLast((e) => 'status' in e) as { status: EngineStatus } | undefined)?.status;
  return { s, events, lastStatus };
}

describe('lecture scenarios over a whole run', () => {
  it('learning rate too high: the loss blows up to ±∞ or NaN and the run stops on it', async () => {
    const { s, events, lastStatus } = session();
    s.handle({ type: 'reset', config: configOf(SCENARIOS.lrTooHigh.query) });
    s.handle({ type: 'run' });
    await until(() => events.some((e) => e.type === 'stopped' || e.type === 'fault'));
    await until(() => lastStatus()?.running === false);
    const stopped = events.find((e) => e.type === 'stopped') as EngineEvent & { type: 'stopped' };
    expect(stopped.report.criteria.find((c) => c.fires)?.id).toBe('nonFinite');
    expect(words(stopped.report.reason)).toMatch(
      /loss became (Infinity|NaN|-Infinity) at step \d+/,
    );
    // Within the first hundred steps, not after a long run.
    expect(stopped.status.step).toBeLessThan(100);
  });

  it('a fault mid-run with auto-resume: the run goes back to its last checkpoint and trains on', async () => {
    const { s, events, lastStatus } = session();
    const config = configOf(SCENARIOS.faultResume.query);
    expect(config.autoResume).toBe('on');
    s.handle({ type: 'reset', config });
    s.handle({ type: 'run' });
    // Past the first checkpoint (every 50 steps), then NaN into the weights.
    await until(() => (lastStatus()?.step ?? 0) >= 70);
    s.handle({ type: 'simulateFault', fault: 'nanWeights' });
    await until(() => events.some((e) => e.type === 'fault'));
    const fault = events.find((e) => e.type === 'fault') as EngineEvent & { type: 'fault' };
    expect(fault.fault).toBe('nanWeights');
    expect(events.some((e) => e.type === 'stopped')).toBe(false);
    // What the page sends with auto-resume on (src/ui/engine-client.ts, recover).
    await until(() => lastStatus()?.running === false);
    const runId = lastStatus()!.runId;
    s.handle({ type: 'resume', request: { runId, run: true } });
    await until(() => events.some((e) => e.type === 'reset' && e.restoredFrom !== null));
    const resumed = events.find(
      (e) => e.type === 'reset' && e.restoredFrom !== null,
    ) as EngineEvent & { type: 'reset' };
    expect(resumed.restoredFrom!.step % 50).toBe(0);
    expect(resumed.restoredFrom!.step).toBeGreaterThanOrEqual(50);
    expect(resumed.restoredFrom!.step).toBeLessThanOrEqual(fault.step);
    // …and trains on with finite losses, past the step of the fault.
    await until(() => (lastStatus()?.step ?? 0) > fault.step + 20);
    s.handle({ type: 'pause' });
    await until(() => lastStatus()?.running === false);
    expect(Number.isFinite(lastStatus()!.trainLoss)).toBe(true);
    expect(lastStatus()!.finished).toBeNull();
  });
});
