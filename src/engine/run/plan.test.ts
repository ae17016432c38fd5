/**
 * The plan reads the sidebar's training techniques: the learning-rate schedule (the same curve
 * the sidebar plots), gradient accumulation and clipping; a run under it sets each step's rate
 * from the schedule and reduce-on-plateau's rate from its evaluations.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialPlateauState } from '../../config/plateau';
import { scheduleCurve } from '../../config/lr-schedule';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { UpdateReport } from '../../protocol/reports';
import { MemoryCheckpointStore } from '../checkpoint';
import { evaluate } from '../phases/evaluation';
import { TASKS } from '../tasks/registry';
import { createRun, disposeRunContext } from './context';
import { stepPlan } from './plan';
import { nextPhase, runNextPhase } from './step-mode';
import { trainStep } from './step';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = { ...DEFAULT_CONFIG, points: 200, batchSize: 16, maxSteps: 40 };

describe('the step plan of a config', () => {
  it('maps accumulation and clipping', () => {
    expect(stepPlan(SMALL)).toMatchObject({ accumulate: 1, clip: null, plateau: null });
    const plan = stepPlan({ ...SMALL, accumulation: 3, clipping: 'norm', clipNorm: 0.5 });
    expect(plan).toMatchObject({ accumulate: 3, clip: { kind: 'norm', max: 0.5 } });
    expect(stepPlan({ ...SMALL, clipping: 'value', clipValue: 2 }).clip).toEqual({
      kind: 'value',
      max: 2,
    });
  });

  it('gives the learning rate of the schedule the sidebar plots', () => {
    const config: LabConfig = { ...SMALL, lrSchedule: 'warmupCosine', warmupSteps: 5 };
    const plan = stepPlan(config);
    const plateau = initialPlateauState(config.learningRate);
    const { points } = scheduleCurve(config);
    expect(points.length).toBeGreaterThan(5);
    for (const { step, lr } of points) expect(plan.learningRateAt(step, plateau)).toBe(lr);
    expect(plan.learningRateAt(0, plateau)).toBeLessThan(config.learningRate); // warming up
  });

  it('a run under a step decay updates with the decayed rate, in both modes', async () => {
    const config: LabConfig = { ...SMALL, lrSchedule: 'step', lrStepSize: 2, lrGamma: 0.5 };
    const { ctx, state } = createRun(config, TASKS.classify2d, 'run-plan');
    const plan = stepPlan(config);
    const env = { plan, store: new MemoryCheckpointStore(), elapsedMs: () => 0 };
    await runNextPhase(ctx, state, env); // initialization
    const rates: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (;;) {
        const r = await runNextPhase(ctx, state, env);
        if (r.phase === 'update') rates.push((r as UpdateReport).learningRate);
        if (r.phase === 'stopping') break;
      }
    }
    trainStep(ctx, state, plan, false).dispose(); // step 4, fused
    rates.push(state.learningRate);
    const lr = config.learningRate;
    expect(rates).toEqual([lr, lr, lr * 0.5, lr * 0.5]);
    disposeRunContext(ctx);
  });

  it('accumulation from the config: the cursor runs two micro-batches per step', () => {
    const { ctx, state } = createRun({ ...SMALL, accumulation: 2 }, TASKS.classify2d, 'run-k');
    const plan = stepPlan(state.config);
    state.lastPhase = 'backward';
    state.microBatch = 1;
    expect(nextPhase(state, plan)).toBe('data');
    state.microBatch = 2;
    expect(nextPhase(state, plan)).toBe('update');
    disposeRunContext(ctx);
  });

  it('reduce-on-plateau lowers the next steps’ rate after evaluations without improvement', async () => {
    const config: LabConfig = {
      ...SMALL,
      lrSchedule: 'plateau',
      plateauPatience: 1,
      plateauFactor: 0.5,
      plateauCooldown: 0,
      lrMin: 0,
    };
    const { ctx, state } = createRun(config, TASKS.classify2d, 'run-plateau');
    const plan = stepPlan(config);
    const env = { plan, store: new MemoryCheckpointStore(), elapsedMs: () => 0 };
    await runNextPhase(ctx, state, env);
    await evaluate(ctx, state); // the first evaluation sets the best
    await evaluate(ctx, state); // the same weights: no improvement, patience 1 → halve
    trainStep(ctx, state, plan, false).dispose();
    expect(state.plateau.lr).toBe(config.learningRate * 0.5);
    expect(state.learningRate).toBe(config.learningRate * 0.5);
    disposeRunContext(ctx);
  });
});
