/**
 * Data parallelism (PyTorch DDP semantics, simulated): N workers with per-worker batch b take
 * the same step as one batch of N·b (the all-reduce's weighted mean is the whole batch's
 * gradient), in run mode and in step mode alike; one worker is the plain step bit for bit;
 * step mode reports each worker's shard, local loss and local gradient norm and the ring
 * all-reduce's bytes; nothing leaks.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { BackwardReport, PhaseReport } from '../../protocol/reports';
import { MemoryCheckpointStore } from '../checkpoint';
import { gradients } from '../phases/backward';
import { gatherBatch, nextIndices } from '../phases/data';
import { meanLoss } from '../phases/loss';
import { createRun, disposeRunContext, type RunContext } from '../run/context';
import { namedParams, optimizerStep } from '../run/optimizer';
import { stepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { runNextPhase, type StepModeEnv } from '../run/step-mode';
import { trainStep } from '../run/step';
import { TASKS } from '../tasks/registry';
import { allReduceBytes, shardBounds } from './data-parallel';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 200 points (160 for training), an MLP of two layers of 6 units. */
const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  validationSplit: 0.2,
  batchSize: 16,
  hiddenLayers: 2,
  units: 6,
  seed: 5,
  optimizer: 'sgd',
  learningRate: 0.5,
};

function newRun(over: Partial<LabConfig> = {}) {
  return createRun({ ...SMALL, ...over }, TASKS.classify2d, 'dp-test');
}

function env(config: LabConfig): StepModeEnv {
  return { plan: stepPlan(config), store: new MemoryCheckpointStore(), elapsedMs: () => 0 };
}

async function weights(ctx: RunContext): Promise<Float32Array[]> {
  return Promise.all(ctx.model!.variables.map((v) => v.data() as Promise<Float32Array>));
}

/** Runs step mode's phases up to and including the backward phase; returns its report. */
async function toBackward(ctx: RunContext, state: RunState, e: StepModeEnv) {
  let report: PhaseReport;
  do report = await runNextPhase(ctx, state, e);
  while (report.phase !== 'backward');
  return report as BackwardReport;
}

describe('shardBounds', () => {
  it('splits evenly, and a remainder over the first shards as torch.tensor_split', () => {
    expect(shardBounds(8, 4)).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: 6 },
      { from: 6, to: 8 },
    ]);
    expect(shardBounds(10, 4).map((s) => s.to - s.from)).toEqual([3, 3, 2, 2]);
    expect(shardBounds(2, 4).map((s) => s.to - s.from)).toEqual([1, 1, 0, 0]);
    expect(() => shardBounds(8, 0)).toThrow(RangeError);
  });

  it('ring all-reduce bytes: each worker sends 2 (N − 1) / N × the float32 gradient bytes', () => {
    expect(allReduceBytes(1000, 4)).toEqual({ gradBytes: 4000, bytesPerWorker: 6000 });
    expect(allReduceBytes(1000, 1)).toEqual({ gradBytes: 4000, bytesPerWorker: 0 });
  });
});

describe('data-parallel training step', () => {
  for (const workers of [2, 4]) {
    it(`${workers} workers of batch 8 take the step of one batch of ${workers * 8}`, async () => {
      const b = 8 * workers;
      const parallel = newRun({ workers, batchSize: b });
      const single = newRun({ workers: 1, batchSize: b });
      await runNextPhase(parallel.ctx, parallel.state, env(parallel.state.config));
      await runNextPhase(single.ctx, single.state, env(single.state.config));
      const initial = await weights(single.ctx);
      for (let i = 0; i < 3; i++) {
        const lp = trainStep(parallel.ctx, parallel.state, stepPlan(parallel.state.config), false);
        const l1 = trainStep(single.ctx, single.state, stepPlan(single.state.config), false);
        expect((await lp.data())[0]).toBeCloseTo((await l1.data())[0], 6);
        tf.dispose([lp, l1]);
      }
      const [wp, w1] = [await weights(parallel.ctx), await weights(single.ctx)];
      expect(w1[0]).not.toEqual(initial[0]); // the steps moved the weights
      wp.forEach((w, i) => w.forEach((v, j) => expect(v).toBeCloseTo(w1[i][j], 5)));
      disposeRunContext(parallel.ctx);
      disposeRunContext(single.ctx);
    });
  }

  it('one worker is the plain step bit for bit: the batch gradient, then the optimizer', async () => {
    const run = newRun({ workers: 1, optimizer: 'adam', learningRate: 0.01 });
    const oracle = newRun({ workers: 1, optimizer: 'adam', learningRate: 0.01 });
    await runNextPhase(run.ctx, run.state, env(run.state.config));
    await runNextPhase(oracle.ctx, oracle.state, env(oracle.state.config));
    const plan = stepPlan(run.state.config);
    for (let i = 0; i < 3; i++) {
      trainStep(run.ctx, run.state, plan, false).dispose();
      // The step as it is without data parallelism: ∇ of the batch's mean loss, one update.
      const { model, optimizer } = oracle.ctx;
      tf.tidy(() => {
        const { x, y } = gatherBatch(oracle.ctx, nextIndices(oracle.state).indices);
        const { grads } = gradients(oracle.ctx, model!, x, y, 1);
        optimizerStep(optimizer!, namedParams(model!), grads, plan, oracle.state.learningRate);
      });
      oracle.state.cursor++;
    }
    expect(await weights(run.ctx)).toEqual(await weights(oracle.ctx));
    disposeRunContext(run.ctx);
    disposeRunContext(oracle.ctx);
  });

  it('step mode shows each worker’s shard, local loss and norm, and the all-reduce', async () => {
    const { ctx, state } = newRun({ workers: 4, batchSize: 32 });
    const e = env(state.config);
    const report = await toBackward(ctx, state, e);
    const dp = report.dataParallel!;
    expect(dp.replicas.map((r) => [r.worker, r.from, r.to])).toEqual([
      [1, 0, 8],
      [2, 8, 16],
      [3, 16, 24],
      [4, 24, 32],
    ]);
    // Each local loss is the mean loss over its shard, computed here from the batch directly.
    const batch = ctx.batch!;
    for (const r of dp.replicas) {
      const expected = tf.tidy(() =>
        meanLoss(
          ctx,
          ctx.model!,
          batch.x.slice(r.from, r.to - r.from),
          batch.y.slice(r.from, r.to - r.from),
        ),
      );
      expect(r.loss).toBeCloseTo((await expected.data())[0], 5);
      expected.dispose();
      expect(r.gradNorm).toBeGreaterThan(0);
    }
    // Equal shards: the batch's loss is the mean of the local losses.
    const mean = dp.replicas.reduce((s, r) => s + r.loss, 0) / 4;
    expect(report.loss).toBeCloseTo(mean, 5);
    const params = ctx.model!.variables.reduce((s, v) => s + v.size, 0);
    expect(dp.allReduce).toEqual({
      workers: 4,
      algorithm: 'ring',
      gradBytes: params * 4,
      bytesPerWorker: (2 * 3 * params * 4) / 4,
    });
    disposeRunContext(ctx);
  });

  it('one worker reports no data parallelism', async () => {
    const { ctx, state } = newRun({ workers: 1 });
    const report = await toBackward(ctx, state, env(state.config));
    expect(report.dataParallel).toBeUndefined();
    disposeRunContext(ctx);
  });

  it('step mode and the fused step take the same steps bit for bit with 4 workers', async () => {
    const a = newRun({ workers: 4, batchSize: 32, accumulation: 2 });
    const b = newRun({ workers: 4, batchSize: 32, accumulation: 2 });
    const e = env(a.state.config);
    await runNextPhase(a.ctx, a.state, e);
    await runNextPhase(b.ctx, b.state, e);
    for (let i = 0; i < 3; i++) {
      do await runNextPhase(a.ctx, a.state, e);
      while (a.state.lastPhase !== 'stopping');
      trainStep(b.ctx, b.state, e.plan, false).dispose();
    }
    expect(a.state.step).toBe(3);
    expect(await weights(b.ctx)).toEqual(await weights(a.ctx));
    disposeRunContext(a.ctx);
    disposeRunContext(b.ctx);
  });

  it('keeps the number of tensors flat with 4 workers, fused and in step mode', async () => {
    const { ctx, state } = newRun({ workers: 4, batchSize: 32, optimizer: 'adam' });
    const e = env(state.config);
    await runNextPhase(ctx, state, e);
    trainStep(ctx, state, e.plan, true).dispose(); // creates the optimizer's slots
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) trainStep(ctx, state, e.plan, i % 2 === 0).dispose();
    expect(tf.memory().numTensors).toBe(before);
    // Step mode: a full cycle leaves what it found (the batch and gradients are dropped later).
    do await runNextPhase(ctx, state, e);
    while (state.lastPhase !== 'stopping');
    const afterCycle = tf.memory().numTensors;
    do await runNextPhase(ctx, state, e);
    while (state.lastPhase !== 'stopping');
    expect(tf.memory().numTensors).toBe(afterCycle);
    disposeRunContext(ctx);
  });
});
