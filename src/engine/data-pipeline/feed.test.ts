/**
 * Run mode through the data pipeline on the cpu backend: a loading latency and prefetching
 * change when the batches arrive, never which — the same losses and weights bit for bit as
 * without them, across epoch ends and accumulation, and when prefetching is switched on in
 * the middle of the run; each step records its data wait, time and idle share (measured,
 * and only while a pipeline is on); the pipeline really waits; no tensor leaks; step mode's
 * data phase reports its measured stages.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { MemoryCheckpointStore } from '../checkpoint';
import { initialize } from '../phases/initialization';
import { TASKS } from '../tasks/registry';
import { TrainingRun } from '../training-run';
import { createRun, disposeRunContext } from '../run/context';
import { stepPlan } from '../run/plan';
import { runMode } from '../run/run-mode';
import type { RunState } from '../run/state';
import { feedSettings } from './feed';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 160 training examples in batches of 16: 10 batches per epoch, steps of 3, 3, 3 and 1. */
const BASE: Partial<LabConfig> = {
  points: 200,
  batchSize: 16,
  accumulation: 3,
  maxSteps: 14,
  evalInterval: 1000,
  checkpointInterval: 1000,
  readbackInterval: 5,
  earlyStopping: 'off',
  seed: 4,
};

async function run(over: Partial<LabConfig>, during?: (state: RunState) => void) {
  const { ctx, state } = createRun({ ...DEFAULT_CONFIG, ...BASE, ...over }, TASKS.classify2d);
  await initialize(ctx, state, stepPlan(state.config));
  const tensorsBefore = tf.memory().numTensors;
  const started = performance.now();
  await runMode(ctx, state, {
    store: new MemoryCheckpointStore(),
    keepGoing: () => true,
    elapsedMs: () => 0,
    onReadBack: () => during?.(state),
    onEvaluation: () => {},
    onCheckpoint: () => {},
    onStopDecision: () => {},
  });
  const wallMs = performance.now() - started;
  const weights = ctx.model!.variables.map((v) => Array.from(v.dataSync()));
  // The optimizer's slots are the only tensors the run has gained.
  const gained = tf.memory().numTensors - tensorsBefore;
  expect(ctx.feed ?? null).toBeNull(); // the pipeline is gone with the loop
  disposeRunContext(ctx);
  return { state, weights, gained, wallMs, log: state.metrics.kept };
}

describe('run mode through the data pipeline', () => {
  it('trains on the same batches in the same order whatever the latency and prefetching', async () => {
    const plain = await run({});
    const variants = [
      await run({ loadLatency: 3, prefetch: 'off' }),
      await run({ loadLatency: 2, prefetch: '1' }),
      await run({ loadLatency: 0, prefetch: '2' }),
      // prefetching switched on and the latency changed in the middle of the run (live)
      await run({ loadLatency: 1 }, (s) => {
        if (s.step === 5) s.config = { ...s.config, prefetch: '2', loadLatency: 2 };
      }),
    ];
    const losses = (s: RunState) => s.metrics.kept.trainLosses;
    expect(plain.state.step).toBe(14);
    expect(plain.state.epoch).toBe(3); // across three epoch ends (4 steps per epoch)
    for (const v of variants) {
      expect(v.state.step).toBe(14);
      expect(losses(v.state)).toEqual(losses(plain.state)); // bit for bit
      expect(v.weights).toEqual(plain.weights);
      expect(v.state.cursor).toBe(plain.state.cursor);
      expect(v.state.rng).toEqual(plain.state.rng);
      expect(v.gained).toBe(plain.gained); // no batch left behind
    }
  });

  it('records each step’s data wait, time and idle share only while a pipeline is on', async () => {
    const plain = await run({});
    for (const name of ['dataWaitMs', 'stepMs', 'idleShare', 'loadMs', 'batchMs'])
      expect(plain.log[name], name).toBeUndefined();
    const slow = await run({ loadLatency: 20, prefetch: 'off', accumulation: 1, maxSteps: 6 });
    const { dataWaitMs, stepMs, idleShare, loadMs } = slow.log;
    expect(dataWaitMs!.steps).toEqual([1, 2, 3, 4, 5, 6]);
    // The worker really waited the latency for every batch, and the step waited with it.
    for (let i = 0; i < 6; i++) {
      expect(loadMs!.values[i]).toBeGreaterThanOrEqual(19);
      expect(dataWaitMs!.values[i]).toBeGreaterThanOrEqual(19);
      expect(stepMs!.values[i]).toBeGreaterThanOrEqual(dataWaitMs!.values[i]);
      expect(idleShare!.values[i]).toBeCloseTo(dataWaitMs!.values[i] / stepMs!.values[i], 12);
    }
    expect(slow.wallMs).toBeGreaterThanOrEqual(6 * 19);
    // The first batch of the run (an epoch's start) was reshuffled.
    expect(slow.log.shuffleMs?.steps[0]).toBe(1);
  });
});

describe('the pipeline’s settings and step mode', () => {
  it('is off without latency and prefetching, and takes the depth from the field', () => {
    expect(feedSettings({ loadLatency: 0, prefetch: 'off' })).toBeNull();
    expect(feedSettings({ loadLatency: 50, prefetch: 'off' })).toEqual({ latencyMs: 50, depth: 0 });
    expect(feedSettings({ loadLatency: 0, prefetch: '2' })).toEqual({ latencyMs: 0, depth: 2 });
  });

  it('step mode’s data phase waits the latency and reports its measured stages', async () => {
    const config = { ...DEFAULT_CONFIG, ...BASE, loadLatency: 25, prefetch: '1' as const };
    const stepped = new TrainingRun(config, TASKS.classify2d, new MemoryCheckpointStore());
    await stepped.runNextPhase(); // initialization
    const t0 = performance.now();
    const data = await stepped.runNextPhase();
    const waited = performance.now() - t0;
    if (data.phase !== 'data') throw new Error('expected the data phase');
    expect(waited).toBeGreaterThanOrEqual(24);
    expect(data.pipeline!.latencyMs).toBe(25);
    expect(data.pipeline!.prefetch).toBe(1);
    expect(data.pipeline!.loadMs).toBeGreaterThanOrEqual(24);
    expect(data.pipeline!.shuffleMs).toBeGreaterThanOrEqual(0);
    expect(data.shuffled).toBe(true);
    expect(data.pipeline!.batchMs).toBeGreaterThanOrEqual(0);
    stepped.dispose();
  });
});
