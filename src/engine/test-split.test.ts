import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import { MemoryCheckpointStore } from './checkpoint';
import { Rng } from './rng';
import { DATASET_GENERATORS, splitExamples } from './tasks/classify2d/datasets';
import { sampleFunction } from './tasks/regress1d/functions';
import { splitRows } from './tasks/split';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = { ...DEFAULT_CONFIG, points: 200, validationSplit: 0.2, batchSize: 16 };

describe('the test split of generated tasks', () => {
  // Training and validation data as they were drawn before the tasks had a test split.
  const withoutTest = {
    classify2d: (c: LabConfig, rng: Rng) =>
      splitExamples(DATASET_GENERATORS[c.dataset](c.points, c.noise, rng), c.validationSplit, rng),
    regress1d: (c: LabConfig, rng: Rng) =>
      splitRows(sampleFunction(c.function, c.points, c.noise, rng), 1, c.validationSplit, rng),
  };

  it.each(['classify2d', 'regress1d'] as const)(
    '%s: fresh examples, drawn without touching the data generator',
    (task) => {
      const config = { ...SMALL, task };
      const rng = new Rng(5);
      const data = TASKS[task].makeData(config, rng);
      expect(data.test?.n).toBe(100);
      // The same training and validation data, and the generator where it was: the test
      // split drew from a stream of its own (derived from the seed).
      const old = new Rng(5);
      const { train, validation } = withoutTest[task](config, old);
      expect(data.train).toEqual(train);
      expect(data.validation).toEqual(validation);
      expect(rng.getState()).toBe(old.getState());
      // Test examples are not training or validation examples.
      const rows = (x: Float32Array, k: number) =>
        Array.from({ length: x.length / k }, (_, i) => x.slice(i * k, i * k + k).join());
      const seen = new Set([
        ...rows(data.train.x, data.inputSize),
        ...rows(data.validation.x, data.inputSize),
      ]);
      expect(rows(data.test!.x, data.inputSize).filter((r) => seen.has(r))).toEqual([]);
    },
  );
});

describe('TrainingRun.evaluateTest', () => {
  it('measures the test split and changes nothing in the run', async () => {
    const run = new TrainingRun(SMALL, TASKS.classify2d, new MemoryCheckpointStore());
    for (let i = 0; i < 9; i++) await run.runNextPhase();
    const before = run.metrics.snapshot();
    const step = run.step;
    const weights = await Promise.all(run.ctx.model!.variables.map((p) => p.data()));
    const result = await run.evaluateTest();
    expect(result).not.toBeNull();
    expect(result!.examples).toBe(100);
    expect(result!.loss).toBeGreaterThan(0);
    expect(result!.accuracy).toBeGreaterThanOrEqual(0);
    expect(result!.accuracy).toBeLessThanOrEqual(1);
    expect(run.step).toBe(step);
    expect(run.metrics.snapshot()).toEqual(before);
    const after = await Promise.all(run.ctx.model!.variables.map((p) => p.data()));
    expect(after).toEqual(weights);
    // The same weights measure the same.
    expect(await run.evaluateTest()).toEqual(result);
  });

  it('is null for a task without a test split', async () => {
    const run = new TrainingRun(
      { ...SMALL, task: 'table', model: 'mlp' },
      TASKS.table,
      new MemoryCheckpointStore(),
    );
    await run.runNextPhase();
    expect(await run.evaluateTest()).toBeNull();
  });
});
