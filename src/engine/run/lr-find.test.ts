/**
 * The range test on a copy of the run: the run is untouched (its weights, optimizer state,
 * counters, data position and generators, and the steps it takes afterwards bit for bit), the
 * sweep starts from the run's next batch, its suggestion lies on the falling part of a tiny
 * model's loss and trains better than a tiny rate, and every tensor of the copy is freed.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, taskDefaults } from '../../config/schema';
import type { LrFindReport } from '../../protocol/lr-find';
import { MemoryCheckpointStore } from '../checkpoint';
import { readOptimizerState } from './optimizer';
import { initialize } from '../phases/initialization';
import { TASKS } from '../tasks/registry';
import { suggestLr } from '../training/lr-finder';
import { createRun, disposeRunContext, type RunContext } from './context';
import { DEFAULT_LR_FIND_SETTINGS, findLearningRate } from './lr-find';
import { stepPlan } from './plan';
import type { RunState } from './state';
import { runNextPhase } from './step-mode';
import { trainStep } from './step';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 200 points (160 for training, 10 batches of 16), an MLP of two layers of 6 units. */
const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  validationSplit: 0.2,
  batchSize: 16,
  hiddenLayers: 2,
  units: 6,
  seed: 5,
};

function newRun(over: Partial<LabConfig> = {}) {
  return createRun({ ...SMALL, ...over }, TASKS.classify2d, 'run-test');
}

/** Initializes the run and takes `steps` fused steps; returns their losses. */
async function train(ctx: RunContext, state: RunState, steps: number): Promise<number[]> {
  if (!ctx.model) await initialize(ctx, state, stepPlan(state.config));
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    const loss = trainStep(ctx, state, stepPlan(state.config), false);
    losses.push((await loss.data())[0]);
    loss.dispose();
  }
  return losses;
}

/** Everything of the run the sweep must not change, as plain data. */
async function snapshot(ctx: RunContext, state: RunState) {
  const optimizer = (await readOptimizerState(ctx.optimizer!)).map((s) => [
    s.name,
    Array.from(s.values),
  ]);
  const out = {
    weights: await Promise.all(ctx.model!.variables.map((v) => v.data())),
    optimizer,
    counters: [state.step, state.epoch, state.cursor, state.microBatch, state.lastPhase],
    order: Array.from(state.order),
    rng: { ...state.rng },
    learningRate: state.learningRate,
    plateau: { ...state.plateau },
    trainLoss: state.trainLoss,
    metrics: JSON.stringify(state.metrics.kept),
  };
  return out;
}

const keepGoing = () => true;

describe('the learning-rate range test on a copy of the run', () => {
  it('leaves the run untouched: weights, optimizer state, counters, data position, generators and later steps', async () => {
    // Adam with clipping and accumulation, 7 steps in: mid-epoch, moments and step count set.
    const over: Partial<LabConfig> = {
      optimizer: 'adam',
      learningRate: 0.01,
      clipping: 'norm',
      clipNorm: 1,
      accumulation: 2,
    };
    const a = newRun(over);
    const twin = newRun(over);
    await train(a.ctx, a.state, 7);
    await train(twin.ctx, twin.state, 7);
    const before = await snapshot(a.ctx, a.state);
    const report = await findLearningRate(
      a.ctx,
      a.state,
      { ...DEFAULT_LR_FIND_SETTINGS, steps: 30 },
      { keepGoing },
    );
    expect(report.lrs).toHaveLength(30); // the sweep did train (15 epochs' worth of batches)
    expect(await snapshot(a.ctx, a.state)).toEqual(before);
    // The run goes on exactly as its twin that never ran the finder.
    expect(await train(a.ctx, a.state, 6)).toEqual(await train(twin.ctx, twin.state, 6));
    expect(await snapshot(a.ctx, a.state)).toEqual(await snapshot(twin.ctx, twin.state));
    disposeRunContext(a.ctx);
    disposeRunContext(twin.ctx);
  });

  it('starts from the batch the run takes next, with a fresh optimizer: its first loss is the run’s next loss', async () => {
    const { ctx, state } = newRun({ optimizer: 'momentum', learningRate: 0.1 });
    await train(ctx, state, 3);
    const report = await findLearningRate(
      ctx,
      state,
      { ...DEFAULT_LR_FIND_SETTINGS, steps: 5 },
      { keepGoing },
    );
    const [next] = await train(ctx, state, 1);
    expect(report.rawLosses[0]).toBe(next);
    expect(report.fromStep).toBe(3);
    expect(report.weights).toBe('current');
    disposeRunContext(ctx);
  });

  it('before initialization: sweeps the initial weights the run will draw, and the run stays uninitialized', async () => {
    const { ctx, state } = newRun();
    const rng = { ...state.rng };
    const report = await findLearningRate(
      ctx,
      state,
      { ...DEFAULT_LR_FIND_SETTINGS, steps: 3 },
      { keepGoing },
    );
    expect(report.weights).toBe('initial');
    expect(ctx.model).toBeNull();
    expect(ctx.optimizer).toBeNull();
    expect(state.rng).toEqual(rng);
    expect([state.step, state.cursor, state.lastPhase]).toEqual([0, 0, null]);
    // The step-mode initialization then draws the very weights the sweep started from.
    const e = {
      plan: stepPlan(state.config),
      store: new MemoryCheckpointStore(),
      elapsedMs: () => 0,
    };
    await runNextPhase(ctx, state, e);
    const [first] = await train(ctx, state, 1);
    expect(report.rawLosses[0]).toBe(first);
    disposeRunContext(ctx);
  });

  it('on a tiny model: the loss falls then diverges, and the suggestion is the steepest descent, which trains', async () => {
    const { ctx, state } = newRun({ dataset: 'gaussians', optimizer: 'adam' });
    await train(ctx, state, 0);
    const progress: number[] = [];
    // Up to 100: a tiny model stands rates around 1 for a hundred steps.
    const settings = { lrMin: 1e-4, lrMax: 100, steps: 100 };
    const report = await findLearningRate(ctx, state, settings, {
      keepGoing,
      onProgress: (r) => void progress.push(r.lrs.length),
    });
    // Progress at each read-back (every 10 steps, the run's interval) before the end.
    expect(progress).toEqual(
      Array.from({ length: Math.floor((report.lrs.length - 1) / 10) }, (_, i) => 10 * (i + 1)),
    );
    expect(['diverged', 'nonFinite']).toContain(report.stop);
    expect(report.lrs.length).toBeLessThan(100);
    // Lightning's rule over the recorded curve, and a rate on its falling part.
    const suggestion = report.suggestion!;
    expect(suggestion).toEqual(suggestLr(report.lrs, report.losses));
    expect(suggestion.lr).toBeGreaterThan(1e-3);
    expect(suggestion.lr).toBeLessThan(report.lrs[report.lrs.length - 1]);
    const best = Math.min(...report.losses);
    expect(best).toBeLessThan(0.8 * report.losses[0]);
    expect(report.losses[suggestion.index]).toBeGreaterThan(best);
    // Trained at the suggestion, the run learns far more in 40 steps than at a tiny rate.
    const lastLoss = async (learningRate: number) => {
      const run = newRun({ dataset: 'gaussians', optimizer: 'adam', learningRate });
      const losses = await train(run.ctx, run.state, 40);
      disposeRunContext(run.ctx);
      return losses.slice(-10).reduce((s, l) => s + l, 0) / 10;
    };
    expect(await lastLoss(suggestion.lr)).toBeLessThan(0.8 * (await lastLoss(1e-4)));
    disposeRunContext(ctx);
  });

  it('reads back every k steps with the result of a read-back after every step', async () => {
    const reports: LrFindReport[] = [];
    for (const readbackInterval of [1, 7, 100]) {
      const { ctx, state } = newRun({ dataset: 'gaussians', optimizer: 'adam', readbackInterval });
      await train(ctx, state, 3);
      const before = tf.memory().numTensors;
      const settings = { lrMin: 1e-4, lrMax: 100, steps: 100 };
      reports.push(await findLearningRate(ctx, state, settings, { keepGoing }));
      expect(tf.memory().numTensors).toBe(before);
      disposeRunContext(ctx);
    }
    // It diverges before step 100, so with k = 100 the copy took steps after the stop: dropped.
    expect(reports[0].stop).toBe('diverged');
    expect(reports[0].lrs.length).toBeLessThan(100);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  });

  it('ends as cancelled when asked, with what it recorded so far and no suggestion', async () => {
    const { ctx, state } = newRun();
    await train(ctx, state, 1);
    let asked = 0;
    const report = await findLearningRate(ctx, state, DEFAULT_LR_FIND_SETTINGS, {
      keepGoing: () => asked++ < 5,
    });
    expect(report.stop).toBe('cancelled');
    expect(report.lrs).toHaveLength(5);
    expect(report.suggestion).toBeNull();
    disposeRunContext(ctx);
  });

  it('frees every tensor of the copy, however the sweep ends', async () => {
    for (const optimizer of ['adam', 'sgd', 'momentum', 'rmsprop', 'adamw'] as const) {
      const { ctx, state } = newRun({ optimizer, weightDecay: 0.01 });
      await train(ctx, state, 2);
      const before = tf.memory().numTensors;
      const ends: LrFindReport['stop'][] = [];
      const run = async (settings: Partial<typeof DEFAULT_LR_FIND_SETTINGS>, stopAt = Infinity) => {
        let n = 0;
        const r = await findLearningRate(
          ctx,
          state,
          { ...DEFAULT_LR_FIND_SETTINGS, ...settings },
          { keepGoing: () => n++ < stopAt },
        );
        ends.push(r.stop);
        expect(tf.memory().numTensors).toBe(before);
      };
      await run({ steps: 15 }); // done
      await run({ lrMin: 10, lrMax: 1e12, steps: 40 }); // diverged or non-finite
      await run({ steps: 15 }, 4); // cancelled
      expect(ends[0]).toBe('done');
      expect(['diverged', 'nonFinite']).toContain(ends[1]);
      expect(ends[2]).toBe('cancelled');
      disposeRunContext(ctx);
    }
  });

  it('copies every kind of model: the transformer, the names MLP and a regression', async () => {
    for (const config of [
      { ...taskDefaults('names'), model: 'transformer' as const },
      taskDefaults('names'),
      taskDefaults('regress1d'),
    ]) {
      const { ctx, state } = createRun(config, TASKS[config.task], 'run-test');
      await train(ctx, state, 2);
      const before = await snapshot(ctx, state);
      const tensors = tf.memory().numTensors;
      const report = await findLearningRate(
        ctx,
        state,
        { ...DEFAULT_LR_FIND_SETTINGS, steps: 4 },
        { keepGoing },
      );
      expect(report.rawLosses.every(Number.isFinite)).toBe(true);
      expect(report.lrs).toHaveLength(4);
      expect(await snapshot(ctx, state)).toEqual(before);
      expect(tf.memory().numTensors).toBe(tensors);
      disposeRunContext(ctx);
    }
  });

  it('refuses bad settings by name before making any tensor', async () => {
    const { ctx, state } = newRun();
    await train(ctx, state, 1);
    const before = tf.memory().numTensors;
    const find = (s: Partial<typeof DEFAULT_LR_FIND_SETTINGS>) =>
      findLearningRate(ctx, state, { ...DEFAULT_LR_FIND_SETTINGS, ...s }, { keepGoing });
    await expect(find({ steps: 0 })).rejects.toThrow(/lrFinder\.steps/);
    await expect(find({ lrMin: 0 })).rejects.toThrow(/lrFinder\.lrMin/);
    await expect(find({ lrMin: 1, lrMax: 1 })).rejects.toThrow(/lrFinder\.lrMax/);
    expect(tf.memory().numTensors).toBe(before);
    disposeRunContext(ctx);
  });
});
