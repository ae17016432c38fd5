/**
 * Every technique of the sidebar at once — AdamW with decoupled weight decay, linear warm-up
 * then cosine, accumulation over 3 micro-batches (an epoch of 10 batches is not a multiple of
 * 3, so steps end early at epoch ends), clipping by global norm, fp16 with dynamic loss
 * scaling: a run restored from a checkpoint continues bit for bit (learning rate, scaler,
 * data position and weights), and neither the fused step nor the step-mode phases leak a
 * tensor.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { MemoryCheckpointStore } from '../checkpoint';
import { TASKS } from '../tasks/registry';
import { TrainingRun } from '../training-run';
import { viewPhase } from './phase-view';
import { batchesPerEpoch } from './state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ALL: Partial<LabConfig> = {
  optimizer: 'adamw',
  weightDecay: 0.01,
  learningRate: 0.05,
  lrSchedule: 'warmupCosine',
  warmupSteps: 5,
  accumulation: 3,
  clipping: 'norm',
  clipNorm: 0.5,
  precision: 'fp16',
  lossScaling: 'dynamic',
  initScale: 2 ** 20,
  growthInterval: 4,
  points: 160,
  batchSize: 16,
  maxSteps: 200,
  seed: 11,
};

const newRun = (store = new MemoryCheckpointStore()) => {
  const config = { ...DEFAULT_CONFIG, ...ALL };
  return new TrainingRun(config, TASKS[config.task], store);
};

/** `k` fused steps: each step's loss, learning rate, scale and data position after it. */
async function steps(run: TrainingRun, k: number) {
  const out: { loss: number; lr: number; scale: number; epoch: number; cursor: number }[] = [];
  for (let i = 0; i < k; i++) {
    const loss = await run.trainStepScaled();
    out.push({
      loss: (await loss.data())[0],
      lr: run.state.learningRate,
      scale: run.state.scaler.scale,
      epoch: run.state.epoch,
      cursor: run.state.cursor,
    });
    loss.dispose();
  }
  return out;
}

const weights = (run: TrainingRun) =>
  Promise.all(run.ctx.model!.variables.map((v) => v.data() as Promise<Float32Array>));

describe('every technique at once', () => {
  it('the config is valid, and an epoch is not a multiple of the accumulation', () => {
    const run = newRun();
    expect(batchesPerEpoch(run.state) % 3).not.toBe(0);
    run.dispose();
  });

  it('a run restored mid-schedule continues bit for bit (warm-up, scaler, epoch ends)', async () => {
    const K = 7; // inside the warm-up's end, the scaler grown once, an epoch end crossed
    const store = new MemoryCheckpointStore();
    const a = newRun(store);
    await a.initialize();
    const first = await steps(a, K);
    // nanoGPT's warm-up rises to the base rate at step 6 (warmupSteps 5), then cosine decays.
    const lrs = first.map((s) => s.lr);
    expect(lrs.slice(0, 6)).toEqual([...lrs.slice(0, 6)].sort((x, y) => x - y));
    expect(lrs[5]).toBe(0.05);
    expect(lrs[6]).toBeLessThan(0.05);
    const saved = await a.saveCheckpoint();
    const rest = await steps(a, K);
    // The run crossed an epoch end inside the compared steps, and the schedule moved.
    expect(
      new Set(rest.map((s) => s.epoch)).size + new Set(first.map((s) => s.epoch)).size,
    ).toBeGreaterThan(2);
    expect(rest[0].lr).not.toBe(rest.at(-1)!.lr);

    const b = newRun(store);
    await b.restore((await store.load(saved.saved.id))!);
    expect(await steps(b, K)).toEqual(rest);
    expect(await weights(b)).toEqual(await weights(a));
    expect(b.state.scaler).toEqual(a.state.scaler);
    a.dispose();
    b.dispose();
  });

  it('leaks no tensor: fused steps, a step-mode cycle and the views after it', async () => {
    const baseline = tf.memory().numTensors;
    const run = newRun();
    await run.initialize();
    (await run.trainStepScaled()).dispose();
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) (await run.trainStepScaled()).dispose();
    for (let guard = 0; guard < 40; guard++) {
      const r = await run.runNextPhase();
      if (r.phase === 'stopping') break;
    }
    for (const phase of ['data', 'forward', 'loss', 'backward', 'update'] as const)
      await viewPhase(run.ctx, run.state, run.plan, phase, 0);
    expect(tf.memory().numTensors).toBe(settled);
    run.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
