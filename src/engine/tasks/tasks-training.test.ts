/** Every task trains end to end through the training run (tfjs cpu backend). */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMnistAsset } from '../../../scripts/build-mnist-asset.mjs';
import { type LabConfig, taskDefaults } from '../../config/schema';
import type { PhaseReport } from '../../protocol/reports';
import { MemoryCheckpointStore } from '../checkpoint';
import { TrainingRun } from '../training-run';
import { provideMnist } from './mnist/data';
import { TASKS } from './registry';
import type { Examples, Task } from './types';

beforeAll(async () => {
  await tf.setBackend('cpu');
  provideMnist(buildMnistAsset());
});

const newRun = (config: LabConfig) =>
  new TrainingRun(config, TASKS[config.task], new MemoryCheckpointStore());

async function cycle(run: TrainingRun) {
  const reports: Record<string, PhaseReport> = {};
  for (let i = 0; i < 9; i++) {
    const r = await run.runNextPhase();
    reports[r.phase] = r;
  }
  return reports;
}

async function train(run: TrainingRun, steps: number) {
  for (let i = 0; i < steps; i++) run.trainStep().dispose();
}

describe('mnist', () => {
  it('the MLP learns: validation accuracy far above chance (10%) after 100 steps', async () => {
    const run = newRun({ ...taskDefaults('mnist'), maxSteps: 10_000 });
    await run.initialize();
    const before = await run.evaluate();
    await train(run, 100);
    const after = await run.evaluate();
    expect(before.valAccuracy).toBeLessThan(0.3);
    expect(after.valAccuracy).toBeGreaterThan(0.75);
    expect(after.valLoss).toBeLessThan(before.valLoss);
    expect(after.confusion!.counts.reduce((a, b) => a + b, 0)).toBe(900);
    const wrong = after.confidentlyWrong!;
    expect(wrong.pixels).toHaveLength(wrong.labels.length * 784);
    for (let i = 0; i < wrong.labels.length; i++) {
      expect(wrong.predicted[i]).not.toBe(wrong.labels[i]);
      if (i > 0) expect(wrong.confidence[i]).toBeLessThanOrEqual(wrong.confidence[i - 1]);
    }
    run.dispose();
  }, 240_000);

  it('the CNN runs every phase with images, feature maps and 4-D filters', async () => {
    // tfjs's cpu convolutions are slow: a few hundred digits keep this test short.
    const small: Task = {
      ...TASKS.mnist,
      makeData: (c, rng) => {
        const d = TASKS.mnist.makeData(c, rng);
        const cut = (e: Examples, n: number) => ({
          x: e.x.slice(0, n * d.inputSize),
          y: e.y.slice(0, n),
          n,
        });
        return { ...d, train: cut(d.train, 128), validation: cut(d.validation, 40) };
      },
    };
    const before = tf.memory().numTensors;
    const config = { ...taskDefaults('mnist'), model: 'cnn' as const, batchSize: 16 };
    const run = new TrainingRun(config, small, new MemoryCheckpointStore());
    const r = await cycle(run);
    if (r.data.phase !== 'data' || r.forward.phase !== 'forward') throw new Error('order');
    expect(r.data.sampleInputs).toHaveLength(16 * 784);
    expect(r.forward.layers.map((l) => l.shape)).toEqual([
      [24, 24, 8],
      [8, 8, 16],
    ]);
    expect(r.forward.layers[0].units).toBe(24 * 24 * 8);
    expect(r.forward.probabilities).toHaveLength(8 * 10);
    if (r.backward.phase !== 'backward' || r.evaluation.phase !== 'evaluation')
      throw new Error('order');
    expect(r.backward.grads[0].shape).toEqual([5, 5, 1, 8]);
    expect(r.backward.grads.every((g) => g.values.every(Number.isFinite))).toBe(true);
    expect(r.evaluation.deadUnits.map((d) => d.layer)).toEqual(['conv 1', 'conv 2']);
    expect(r.evaluation.confusion!.counts.reduce((a, b) => a + b, 0)).toBe(40);
    // Fused run-mode steps work on the CNN too and leave a finite model.
    await train(run, 3);
    expect(Number.isFinite((await run.evaluate()).valLoss)).toBe(true);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('regress1d', () => {
  it.each(['sine', 'step', 'polynomial'] as const)(
    'the MSE of %s falls to a fraction of its start',
    async (fn) => {
      const run = newRun({ ...taskDefaults('regress1d'), function: fn });
      const r = await cycle(run);
      if (r.loss.phase !== 'loss' || r.evaluation.phase !== 'evaluation') throw new Error('order');
      expect(r.loss.lossName).toBe('mse');
      expect(r.loss.predictions).toHaveLength(32);
      expect(r.loss.trueClassProbability).toHaveLength(0);
      expect(r.loss.labels).toBeInstanceOf(Float32Array);
      expect(Number.isNaN(r.evaluation.valAccuracy)).toBe(true);
      expect(run.valAccuracy).toBeNull();
      const start = r.evaluation.valLoss;
      await train(run, 400);
      const end = (await run.evaluate()).valLoss;
      expect(end).toBeLessThan(0.5 * start);
      run.dispose();
    },
  );
});

describe('names', () => {
  it('the MLP falls below the uniform baseline ln 27 and samples names of letters', async () => {
    const run = newRun({ ...taskDefaults('names'), maxSteps: 10_000 });
    const r = await cycle(run);
    if (
      r.data.phase !== 'data' ||
      r.forward.phase !== 'forward' ||
      r.evaluation.phase !== 'evaluation'
    )
      throw new Error('order');
    expect(r.data.sampleInputs).toHaveLength(16 * 5);
    expect(r.forward.probabilities).toHaveLength(8 * 27);
    expect(r.forward.attention).toBeUndefined();
    expect(r.evaluation.samples!.words).toHaveLength(12);
    await train(run, 300);
    const after = await run.evaluate();
    expect(after.valLoss).toBeLessThan(Math.log(27) - 0.5);
    const { words, earlier } = after.samples!;
    expect(words.every((w) => /^[a-z]*…?$/.test(w))).toBe(true);
    expect(words.some((w) => w.length >= 3)).toBe(true);
    // The panel keeps the first evaluation's names to compare with.
    expect(earlier.map((e) => e.step)).toEqual([1]);
    run.dispose();
  }, 120_000);

  it('samples the same names from the same model and seed, and others at another temperature', async () => {
    const config = taskDefaults('names');
    const run = newRun(config);
    await cycle(run);
    const a = (await run.evaluate()).samples!.words;
    const b = (await run.evaluate()).samples!.words;
    expect(b).toEqual(a);
    run.updateLive({ ...config, temperature: 0.3 });
    const cold = (await run.evaluate()).samples!;
    expect(cold.temperature).toBe(0.3);
    expect(cold.words).not.toEqual(a);
    run.dispose();
  });

  it('the transformer runs every phase with attention maps and learns', async () => {
    const before = tf.memory().numTensors;
    const run = newRun({ ...taskDefaults('names'), model: 'transformer', maxSteps: 10_000 });
    const r = await cycle(run);
    if (r.forward.phase !== 'forward' || r.backward.phase !== 'backward') throw new Error('order');
    expect(r.forward.attention!.map((a) => [a.block, a.heads, a.size])).toEqual([[1, 2, 5]]);
    expect(r.forward.attention![0].values).toHaveLength(8 * 2 * 5 * 5);
    expect(r.forward.layers.map((l) => l.shape)).toEqual([
      [5, 16],
      [5, 16],
      [5, 64],
    ]);
    expect(r.backward.grads.map((g) => g.name)).toContain('W_qkv · attention 1');
    expect(r.backward.grads.every((g) => g.values.every(Number.isFinite))).toBe(true);
    const start = (await run.evaluate()).valLoss;
    await train(run, 100);
    const end = (await run.evaluate()).valLoss;
    expect(end).toBeLessThan(Math.min(start, Math.log(27)) - 0.3);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 180_000);
});
