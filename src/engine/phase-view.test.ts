import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, type OptimizerId } from '../config/schema';
import type { PhaseReport, ReportOf } from '../protocol/reports';
import { MemoryCheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 160 training points in batches of 16: 10 batches per epoch. */
const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  validationSplit: 0.2,
  batchSize: 16,
  hiddenLayers: 2,
  units: 6,
};

const newRun = (over: Partial<LabConfig> = {}) =>
  new TrainingRun({ ...SMALL, ...over }, TASKS.classify2d, new MemoryCheckpointStore());

/** Initializes, then trains `k` fused run-mode steps. */
async function trained(k: number, over: Partial<LabConfig> = {}): Promise<TrainingRun> {
  const run = newRun(over);
  await run.runNextPhase(); // initialization
  for (let i = 0; i < k; i++) run.trainStep().dispose();
  return run;
}

async function phase<P extends PhaseReport['phase']>(run: TrainingRun, p: P): Promise<ReportOf<P>> {
  const r = await run.runNextPhase();
  expect(r.phase).toBe(p);
  return r as ReportOf<P>;
}

async function weights(run: TrainingRun): Promise<number[][]> {
  const r = (await run.viewPhase('update')) as ReportOf<'update'>;
  return r.before.map((p) => Array.from(p.values));
}

describe('viewPhase: a paused run shows its phases at the current step and changes nothing', () => {
  it('shows the batch the next step loads, also across an epoch boundary (a reshuffle)', async () => {
    // 10 steps: the next batch starts epoch 2, so the order is reshuffled for it.
    for (const k of [7, 10]) {
      const run = await trained(k);
      const view = (await run.viewPhase('data')) as ReportOf<'data'>;
      expect(view.shuffled).toBe(k === 10);
      // The next step runs evaluation, checkpoint and stopping first, then the data phase.
      await phase(run, 'evaluation');
      await phase(run, 'checkpoint');
      await phase(run, 'stopping');
      const real = await phase(run, 'data');
      expect(Array.from(view.indices)).toEqual(Array.from(real.indices));
      expect(view.epoch).toBe(real.epoch);
      expect(view.batchIndex).toBe(real.batchIndex);
      run.dispose();
    }
  });

  for (const optimizer of ['adam', 'sgd', 'momentum', 'rmsprop'] as OptimizerId[]) {
    it(`shows the update the next step makes, bit for bit (${optimizer})`, async () => {
      const run = await trained(5, { optimizer });
      const tensorsBefore = tf.memory().numTensors;
      const view = (await run.viewPhase('update')) as ReportOf<'update'>;
      expect(tf.memory().numTensors).toBe(tensorsBefore);
      expect(view.step).toBe(6);
      expect(run.step).toBe(5);
      await phase(run, 'evaluation');
      await phase(run, 'checkpoint');
      await phase(run, 'stopping');
      for (const p of ['data', 'forward', 'loss', 'backward'] as const) await phase(run, p);
      const real = await phase(run, 'update');
      expect(real.step).toBe(6);
      expect(view.after.map((p) => Array.from(p.values))).toEqual(
        real.after.map((p) => Array.from(p.values)),
      );
      const quantities = (r: ReportOf<'update'>) =>
        r.state.params.flatMap((p) =>
          p.quantities.map((q) => [p.name, q.id, Array.from(q.values)]),
        );
      expect(quantities(view)).toEqual(quantities(real));
      expect(view.state.t).toBe(real.state.t);
      run.dispose();
    });
  }

  it('leaves weights, counters, history and the data position as they were', async () => {
    const run = await trained(10);
    const w0 = await weights(run);
    const history = structuredClone(run.history);
    const state = { step: run.step, epoch: run.epoch, cursor: run.cursor, loss: run.trainLoss };
    const tensors = tf.memory().numTensors;
    for (const p of ['data', 'forward', 'loss', 'backward', 'update', 'stopping'] as const) {
      const r = await run.viewPhase(p);
      expect(r.phase).toBe(p);
    }
    expect(tf.memory().numTensors).toBe(tensors);
    expect(await weights(run)).toEqual(w0);
    expect(run.history).toEqual(history);
    expect({ step: run.step, epoch: run.epoch, cursor: run.cursor, loss: run.trainLoss }).toEqual(
      state,
    );
    expect(run.finished).toBeNull();
    // The next fused step trains on the same batch as without the views: same loss.
    const twin = await trained(10);
    const [a, b] = [run.trainStep(), twin.trainStep()];
    expect((await a.data())[0]).toBe((await b.data())[0]);
    tf.dispose([a, b]);
    run.dispose();
    twin.dispose();
  });

  it('refuses while a step-mode step is half done', async () => {
    const run = await trained(2);
    await phase(run, 'evaluation');
    await phase(run, 'checkpoint');
    await phase(run, 'stopping');
    await phase(run, 'data');
    expect(run.betweenSteps).toBe(false);
    await expect(run.viewPhase('forward')).rejects.toThrow(/half done/);
    run.dispose();
  });
});

describe('viewPhase of a run with techniques', () => {
  it('the update view names the schedule and what clipping would do; the real update agrees', async () => {
    const run = await trained(3, { clipping: 'norm', clipNorm: 0.01, lrSchedule: 'cosine' });
    const view = (await run.viewPhase('update')) as ReportOf<'update'>;
    expect(view.schedule).toBe('cosine');
    expect(view.clip!.kind).toBe('norm');
    expect(view.clip!.factor).toBeCloseTo(Math.min(1, 0.01 / (view.clip!.normBefore + 1e-6)), 5);
    for (const p of ['evaluation', 'checkpoint', 'stopping', 'data', 'forward', 'loss'] as const)
      await phase(run, p);
    const backward = await phase(run, 'backward');
    expect(backward.position).toEqual({ microBatch: 1, accumulate: 1, batchSize: 16 });
    const real = await phase(run, 'update');
    expect(real.clip!.normBefore).toBeCloseTo(view.clip!.normBefore, 5);
    expect(real.clip!.factor).toBeCloseTo(view.clip!.factor, 5);
    run.dispose();
  });
});
