/**
 * Nesterov momentum, L2 weight decay and AdamW's decoupled weight decay as the engine's step
 * applies them: three steps in step mode match PyTorch's update formulas in float64
 * (`training/optimizers/pytorch-reference.ts`) from the gradients the backward phase reports,
 * and the fused step of run mode takes the same steps bit for bit.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import type { PhaseId } from '../protocol/phases';
import type { PhaseReport, ReportOf } from '../protocol/reports';
import { MemoryCheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { referenceStep } from './training/optimizers/pytorch-reference';
import type { OptimizerKind } from './training/optimizers/types';
import { TrainingRun } from './training-run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  validationSplit: 0.2,
  batchSize: 16,
  hiddenLayers: 2,
  units: 6,
  learningRate: 0.1,
};

const newRun = (over: Partial<LabConfig>) =>
  new TrainingRun({ ...SMALL, ...over }, TASKS.classify2d, new MemoryCheckpointStore());

async function runUntil(run: TrainingRun, phase: PhaseId) {
  const reports: Partial<{ [P in PhaseId]: ReportOf<P> }> = {};
  for (let guard = 0; guard < 20; guard++) {
    const r: PhaseReport = await run.runNextPhase();
    (reports as Record<string, PhaseReport>)[r.phase] = r;
    if (r.phase === phase) return reports;
  }
  throw new Error(`phase ${phase} never ran`);
}

interface Case {
  name: string;
  config: Partial<LabConfig>;
  kind: OptimizerKind;
  /** PyTorch's hyperparameters of the engine's optimizer (src/engine/training/optimizer-settings.ts). */
  h: Record<string, number | boolean>;
}

const CASES: Case[] = [
  {
    name: 'SGD, weight decay 0.05',
    config: { optimizer: 'sgd', weightDecay: 0.05 },
    kind: 'sgd',
    h: { weightDecay: 0.05 },
  },
  {
    name: 'momentum, weight decay 0.05',
    config: { optimizer: 'momentum', weightDecay: 0.05 },
    kind: 'momentum',
    h: { momentum: 0.9, weightDecay: 0.05 },
  },
  {
    name: 'Nesterov momentum, weight decay 0.05',
    config: { optimizer: 'momentum', nesterov: 'on', weightDecay: 0.05 },
    kind: 'momentum',
    h: { momentum: 0.9, nesterov: true, weightDecay: 0.05 },
  },
  {
    name: 'Adam, weight decay 0.05 (L2)',
    config: { optimizer: 'adam', weightDecay: 0.05 },
    kind: 'adam',
    h: { epsilon: 1e-7, weightDecay: 0.05 },
  },
  {
    name: 'AdamW, weight decay 0.5 (decoupled)',
    config: { optimizer: 'adamw', weightDecay: 0.5 },
    kind: 'adamw',
    h: { epsilon: 1e-8, weightDecay: 0.5 },
  },
];

describe('weight decay, Nesterov and AdamW in the step', () => {
  it.each(CASES)('three steps match PyTorch’s formulas in float64 ($name)', async (c) => {
    const run = newRun(c.config);
    await runUntil(run, 'initialization');
    const states: Record<string, Float64Array>[] = [];
    for (let t = 1; t <= 3; t++) {
      const r = await runUntil(run, 'update');
      const { before, after, learningRate } = r.update!;
      const grads = r.backward!.grads;
      before.forEach((p, i) => {
        const w = Float64Array.from(p.values);
        states[i] ??= {};
        referenceStep(
          c.kind,
          c.h,
          w,
          Float64Array.from(grads[i].values),
          states[i],
          learningRate,
          t,
        );
        w.forEach((v, j) => expect(after[i].values[j]).toBeCloseTo(v, 5));
      });
    }
    run.dispose();
  });

  it.each(CASES)('step mode and run mode take the same steps bit for bit ($name)', async (c) => {
    const a = newRun(c.config);
    const b = newRun(c.config);
    await runUntil(a, 'initialization');
    await b.initialize();
    for (let i = 0; i < 4; i++) {
      await runUntil(a, 'stopping');
      b.trainStep().dispose();
    }
    const ra = await runUntil(a, 'update');
    b.trainStep().dispose();
    // b's next update starts from the weights of its five fused steps
    const weightsB = (await runUntil(b, 'update')).update!.before;
    expect(weightsB.map((p) => p.values)).toEqual(ra.update!.after.map((p) => p.values));
    a.dispose();
    b.dispose();
  });

  it('decay changes the update: with λ = 0 the weights differ', async () => {
    const on = newRun({ optimizer: 'adamw', weightDecay: 0.5 });
    const off = newRun({ optimizer: 'adamw', weightDecay: 0 });
    const [a, b] = [await runUntil(on, 'update'), await runUntil(off, 'update')];
    expect(a.update!.before.map((p) => p.values)).toEqual(b.update!.before.map((p) => p.values));
    expect(a.update!.after[0].values).not.toEqual(b.update!.after[0].values);
    on.dispose();
    off.dispose();
  });
});
