/**
 * The trainer core under a plan of k micro-batches and clipping: step mode's phase cursor
 * visits data → forward → loss → backward k times before the update, step mode and the fused
 * step take the same steps bit for bit, accumulating k batches of B equals one step on their
 * kB examples (the plain step is the oracle), and a clipped SGD step moves the weights by
 * exactly lr × the clip norm.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { PhaseId } from '../../protocol/phases';
import { MemoryCheckpointStore } from '../checkpoint';
import { TASKS } from '../tasks/registry';
import { createRun, disposeRunContext, type RunContext } from './context';
import { type StepPlan, stepPlan } from './plan';
import type { RunState } from './state';
import { nextPhase, runNextPhase, type StepModeEnv } from './step-mode';
import { trainStep } from './step';

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
};

const withK = (config: LabConfig, accumulate: number): StepPlan => ({
  ...stepPlan(config),
  accumulate,
});

function newRun(over: Partial<LabConfig> = {}) {
  return createRun({ ...SMALL, ...over }, TASKS.classify2d, 'run-test');
}

function env(plan: StepPlan): StepModeEnv {
  return { plan, store: new MemoryCheckpointStore(), elapsedMs: () => 0 };
}

async function phasesOfOneCycle(ctx: RunContext, state: RunState, e: StepModeEnv) {
  const visited: PhaseId[] = [];
  do visited.push((await runNextPhase(ctx, state, e)).phase);
  while (state.lastPhase !== 'stopping');
  return visited;
}

async function weights(ctx: RunContext): Promise<Float32Array[]> {
  return Promise.all(ctx.model!.variables.map((v) => v.data() as Promise<Float32Array>));
}

describe('the step under a plan of k micro-batches', () => {
  it('step mode visits data → forward → loss → backward k times, then the update', async () => {
    const { ctx, state } = newRun();
    const e = env(withK(state.config, 3));
    const micro = ['data', 'forward', 'loss', 'backward'];
    const after = ['update', 'evaluation', 'checkpoint', 'stopping'];
    expect(await phasesOfOneCycle(ctx, state, e)).toEqual([
      'initialization',
      ...micro,
      ...micro,
      ...micro,
      ...after,
    ]);
    expect(state.step).toBe(1);
    expect(state.cursor).toBe(3); // three batches consumed by one step
    expect(await phasesOfOneCycle(ctx, state, e)).toEqual([...micro, ...micro, ...micro, ...after]);
    expect(state.step).toBe(2);
    expect(state.cursor).toBe(6);
    disposeRunContext(ctx);
  });

  it('with k = 1 the cursor is the nine phases in their declared order', () => {
    const { ctx, state } = newRun();
    const plan = stepPlan(state.config);
    const seen: PhaseId[] = [];
    for (let i = 0; i < 10; i++) {
      const phase = nextPhase(state, plan);
      seen.push(phase);
      state.lastPhase = phase;
      if (phase === 'backward') state.microBatch = 1;
      if (phase === 'update') state.microBatch = 0;
    }
    expect(seen).toEqual([
      'initialization',
      'data',
      'forward',
      'loss',
      'backward',
      'update',
      'evaluation',
      'checkpoint',
      'stopping',
      'data',
    ]);
    disposeRunContext(ctx);
  });

  it('step mode and the fused step take the same steps bit for bit with k = 2', async () => {
    const a = newRun({ optimizer: 'adam' });
    const b = newRun({ optimizer: 'adam' });
    const plan = withK(a.state.config, 2);
    const e = env(plan);
    await runNextPhase(a.ctx, a.state, e); // initialization
    await runNextPhase(b.ctx, b.state, e);
    // 12 steps of 2 batches: 2 epochs of 10 batches and 4 batches into the third.
    for (let i = 0; i < 12; i++) {
      await phasesOfOneCycle(a.ctx, a.state, e);
      trainStep(b.ctx, b.state, plan, false).dispose();
    }
    expect([b.state.step, b.state.epoch, b.state.cursor]).toEqual([12, 2, 4]);
    expect([a.state.step, a.state.epoch, a.state.cursor]).toEqual([12, 2, 4]);
    expect(await weights(b.ctx)).toEqual(await weights(a.ctx));
    disposeRunContext(a.ctx);
    disposeRunContext(b.ctx);
  });

  it('at an epoch’s end a step takes fewer micro-batches, in both modes alike', async () => {
    // 160 examples in batches of 50: 4 batches per epoch (50, 50, 50, 10); k = 3.
    const a = newRun({ optimizer: 'adam', batchSize: 50 });
    const b = newRun({ optimizer: 'adam', batchSize: 50 });
    const plan = withK(a.state.config, 3);
    const e = env(plan);
    await runNextPhase(a.ctx, a.state, e);
    await runNextPhase(b.ctx, b.state, e);
    const micro = ['data', 'forward', 'loss', 'backward'];
    const after = ['update', 'evaluation', 'checkpoint', 'stopping'];
    expect(await phasesOfOneCycle(a.ctx, a.state, e)).toEqual([
      ...micro,
      ...micro,
      ...micro,
      ...after,
    ]);
    expect(await phasesOfOneCycle(a.ctx, a.state, e)).toEqual([...micro, ...after]); // the 4th batch
    expect([a.state.step, a.state.epoch, a.state.cursor]).toEqual([2, 1, 0]);
    for (let i = 0; i < 2; i++) trainStep(b.ctx, b.state, plan, false).dispose();
    expect([b.state.step, b.state.epoch, b.state.cursor]).toEqual([2, 1, 0]);
    expect(await weights(b.ctx)).toEqual(await weights(a.ctx));
    disposeRunContext(a.ctx);
    disposeRunContext(b.ctx);
  });

  it('accumulating 2 batches of 16 equals one step on the same 32 examples', async () => {
    const accumulated = newRun({ optimizer: 'sgd', learningRate: 0.5, batchSize: 16 });
    const whole = newRun({ optimizer: 'sgd', learningRate: 0.5, batchSize: 32 });
    const e = env(stepPlan(whole.state.config));
    await runNextPhase(accumulated.ctx, accumulated.state, e);
    await runNextPhase(whole.ctx, whole.state, e);
    const initial = await weights(whole.ctx);
    const plan = withK(accumulated.state.config, 2);
    const lossK = trainStep(accumulated.ctx, accumulated.state, plan, false);
    const loss1 = trainStep(whole.ctx, whole.state, stepPlan(whole.state.config), false);
    expect((await lossK.data())[0]).toBeCloseTo((await loss1.data())[0], 6);
    tf.dispose([lossK, loss1]);
    const [wk, w1] = [await weights(accumulated.ctx), await weights(whole.ctx)];
    expect(w1[0]).not.toEqual(initial[0]); // the step moved the weights
    wk.forEach((w, i) => w.forEach((v, j) => expect(v).toBeCloseTo(w1[i][j], 6)));
    disposeRunContext(accumulated.ctx);
    disposeRunContext(whole.ctx);
  });

  it('clipping: the update moves the weights by lr × the clip norm, in both modes alike', async () => {
    const a = newRun({ optimizer: 'sgd', learningRate: 0.5 });
    const b = newRun({ optimizer: 'sgd', learningRate: 0.5 });
    const plan: StepPlan = { ...stepPlan(a.state.config), clip: { kind: 'norm', max: 0.01 } };
    const e = env(plan);
    await runNextPhase(a.ctx, a.state, e);
    await runNextPhase(b.ctx, b.state, e);
    const before = await weights(a.ctx);
    await phasesOfOneCycle(a.ctx, a.state, e);
    trainStep(b.ctx, b.state, plan, false).dispose();
    const after = await weights(a.ctx);
    expect(await weights(b.ctx)).toEqual(after);
    // SGD: Δθ = −lr · g · min(1, clipNorm / ‖g‖), so ‖Δθ‖ = lr · clipNorm when ‖g‖ > clipNorm.
    let sq = 0;
    after.forEach((w, i) => w.forEach((v, j) => (sq += (v - before[i][j]) ** 2)));
    expect(Math.sqrt(sq)).toBeCloseTo(0.5 * 0.01, 4);
    disposeRunContext(a.ctx);
    disposeRunContext(b.ctx);
  });

  it('the fused step with k = 2 keeps the number of tensors flat', async () => {
    const { ctx, state } = newRun({ optimizer: 'adam' });
    const plan = withK(state.config, 2);
    await runNextPhase(ctx, state, env(plan));
    trainStep(ctx, state, plan, true).dispose(); // creates the optimizer's slots
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) trainStep(ctx, state, plan, i % 2 === 0).dispose();
    expect(tf.memory().numTensors).toBe(before);
    disposeRunContext(ctx);
  });
});
