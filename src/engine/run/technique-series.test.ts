/**
 * The techniques' series: every step records its learning rate, and with clipping on its
 * global gradient norm before clipping and its clip factor, in run mode read back with the
 * losses (no read-back of their own) and in step mode with the update; step mode's reports
 * say which micro-batch of k each phase is and what clipping did.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { BackwardReport, DataReport, UpdateReport } from '../../protocol/reports';
import { MemoryCheckpointStore } from '../checkpoint';
import { initialize } from '../phases/initialization';
import { RunHistory } from '../run-history';
import { TASKS } from '../tasks/registry';
import { createRun, disposeRunContext } from './context';
import { stepPlan } from './plan';
import { runMode } from './run-mode';
import { runNextPhase } from './step-mode';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: Partial<LabConfig> = {
  points: 200,
  earlyStopping: 'off',
  evalInterval: 1000,
  checkpointInterval: 1000,
};

async function runModeRun(over: Partial<LabConfig>) {
  const { ctx, state } = createRun({ ...DEFAULT_CONFIG, ...SMALL, ...over }, TASKS.classify2d);
  await initialize(ctx, state, stepPlan(state.config));
  let readBacks = 0;
  const data = tf.Tensor.prototype.data;
  tf.Tensor.prototype.data = function (this: tf.Tensor) {
    readBacks++;
    return data.call(this);
  } as typeof data;
  try {
    await runMode(ctx, state, {
      store: new MemoryCheckpointStore(),
      keepGoing: () => true,
      elapsedMs: () => 0,
      onReadBack: () => {},
      onEvaluation: () => {},
      onCheckpoint: () => {},
      onStopDecision: () => {},
    });
  } finally {
    tf.Tensor.prototype.data = data;
  }
  return { ctx, state, readBacks };
}

describe('the series of the techniques', () => {
  it('run mode records the learning rate of every step: warm-up rises, cosine falls', async () => {
    const { ctx, state } = await runModeRun({
      maxSteps: 30,
      readbackInterval: 7,
      lrSchedule: 'warmupCosine',
      warmupSteps: 10,
      learningRate: 0.1,
    });
    const lr = state.metrics.kept.learningRate!;
    expect(lr.steps).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const plan = stepPlan(state.config);
    lr.steps.forEach((s, i) =>
      expect(lr.values[i]).toBeCloseTo(plan.learningRateAt(s - 1, state.plateau), 12),
    );
    const peak = lr.values.indexOf(Math.max(...lr.values));
    expect(peak).toBeGreaterThan(3);
    expect(peak).toBeLessThan(25);
    expect(lr.values[0]).toBeLessThan(lr.values[peak]);
    expect(lr.values.at(-1)).toBeLessThan(lr.values[peak]);
    // Clipping off: no clipping series.
    expect(state.metrics.kept.gradNorm).toBeUndefined();
    disposeRunContext(ctx);
  });

  it('run mode records the norm before clipping and the clip factor of every step, without extra read-backs', async () => {
    const common = { maxSteps: 12, readbackInterval: 4, learningRate: 0.5 };
    const off = await runModeRun(common);
    const on = await runModeRun({ ...common, clipping: 'norm', clipNorm: 0.05 });
    expect(on.readBacks).toBe(off.readBacks);
    const log = on.state.metrics.kept;
    const steps = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(log.gradNorm!.steps).toEqual(steps);
    expect(log.clipFactor!.steps).toEqual(steps);
    log.gradNorm!.values.forEach((norm, i) => {
      expect(norm).toBeGreaterThan(0);
      // PyTorch's clip coefficient: min(1, max / (‖g‖ + 1e-6)).
      expect(log.clipFactor!.values[i]).toBeCloseTo(Math.min(1, 0.05 / (norm + 1e-6)), 5);
    });
    expect(log.clipFactor!.values.some((f) => f < 1)).toBe(true);
    disposeRunContext(off.ctx);
    disposeRunContext(on.ctx);
  });

  it('step mode with k = 3 reports micro-batch i/3, the running sum, and clipping at the update', async () => {
    const { ctx, state } = createRun(
      {
        ...DEFAULT_CONFIG,
        ...SMALL,
        batchSize: 8,
        accumulation: 3,
        clipping: 'value',
        clipValue: 0.01,
        lrSchedule: 'cosine',
      },
      TASKS.classify2d,
    );
    const plan = stepPlan(state.config);
    const env = { plan, store: new MemoryCheckpointStore(), elapsedMs: () => 0 };
    await runNextPhase(ctx, state, env); // initialization
    const reports = [];
    do reports.push(await runNextPhase(ctx, state, env));
    while (state.lastPhase !== 'update');
    expect(reports.map((r) => r.phase)).toEqual([
      ...['data', 'forward', 'loss', 'backward'],
      ...['data', 'forward', 'loss', 'backward'],
      ...['data', 'forward', 'loss', 'backward'],
      'update',
    ]);
    const data = reports.filter((r): r is DataReport => r.phase === 'data');
    expect(data.map((r) => r.position)).toEqual(
      [1, 2, 3].map((microBatch) => ({ microBatch, accumulate: 3, batchSize: 8 })),
    );
    const backward = reports.filter((r): r is BackwardReport => r.phase === 'backward');
    expect(backward.map((r) => r.position!.microBatch)).toEqual([1, 2, 3]);
    expect(backward.map((r) => r.sumNorms!.length)).toEqual([1, 2, 3]);
    expect(backward[2].sumNorms).toEqual(backward.map((r) => r.globalNorm));
    const update = reports.at(-1) as UpdateReport;
    expect(update.schedule).toBe('cosine');
    expect(update.method).toEqual({ optimizer: 'adam', nesterov: false, weightDecay: 0 });
    expect(update.position).toEqual({ microBatch: 3, accumulate: 3, batchSize: 8 });
    const clip = update.clip!;
    expect(clip.kind).toBe('value');
    expect(clip.normBefore).toBeCloseTo(backward[2].globalNorm, 4);
    expect(clip.normAfter).toBeLessThanOrEqual(clip.normBefore);
    expect(clip.factor).toBeCloseTo(clip.normAfter / clip.normBefore, 5);
    expect(clip.clippedShare).toBeGreaterThan(0);
    expect(clip.clippedShare).toBeLessThanOrEqual(1);
    // Recorded at the step the update made, and waiting for the next message to the page.
    const points = state.metrics.takePoints();
    expect(points.learningRate).toEqual({ steps: [1], values: [update.learningRate] });
    expect(points.gradNorm!.steps).toEqual([1]);
    expect(points.clipFactor!.values[0]).toBeCloseTo(clip.factor, 6);
    expect(state.metrics.takePoints()).toEqual({});
    disposeRunContext(ctx);
  });

  it('a checkpoint keeps the named series, and a restored history continues them', () => {
    const h = new RunHistory();
    h.record('learningRate', 1, 0.01);
    h.record('clipFactor', 1, 0.5);
    const snapshot = h.snapshot();
    expect(snapshot).toEqual({
      learningRate: { steps: [1], values: [0.01] },
      clipFactor: { steps: [1], values: [0.5] },
    });
    const restored = new RunHistory();
    restored.restore(snapshot);
    restored.record('learningRate', 2, 0.02);
    expect(restored.kept.learningRate).toEqual({ steps: [1, 2], values: [0.01, 0.02] });
    expect(restored.takePoints()).toEqual({ learningRate: { steps: [2], values: [0.02] } });
    // A checkpoint that recorded no series restores with none.
    const old = new RunHistory();
    old.restore({});
    expect(old.kept).toEqual({});
  });
});
