import { describe, expect, it } from 'vitest';
import { parseStudy, type StudyDefinition, type SweepDefinition } from './definition';
import { expandStudy, sweepSettings } from './expand';

function study(input: unknown): StudyDefinition {
  const r = parseStudy(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.study;
}

function sweep(input: unknown): SweepDefinition {
  const d = study(input);
  if (d.kind !== 'sweep') throw new Error(`a ${d.kind}, not a sweep`);
  return d;
}

describe('grid expansion', () => {
  it('is the cartesian product, the last parameter varying fastest', () => {
    const d = study({
      kind: 'sweep',
      method: 'grid',
      parameters: {
        learningRate: { values: [0.01, 0.1] },
        optimizer: { values: ['adam', 'sgd', 'rmsprop'] },
      },
      runs: 6,
      stepsPerRun: 100,
    });
    const { runs, refused } = expandStudy(d);
    expect(refused).toEqual([]);
    expect(runs.map((r) => [r.config.learningRate, r.config.optimizer])).toEqual([
      [0.01, 'adam'],
      [0.01, 'sgd'],
      [0.01, 'rmsprop'],
      [0.1, 'adam'],
      [0.1, 'sgd'],
      [0.1, 'rmsprop'],
    ]);
    expect(runs.every((r) => r.config.maxSteps === 100)).toBe(true);
  });

  it('builds on the base and the task’s defaults, and refuses what the sidebar refuses', () => {
    const d = study({
      kind: 'sweep',
      method: 'grid',
      base: { task: 'regress1d', points: 100 },
      parameters: { batchSize: { values: [64, 4096] } },
      runs: 2,
      stepsPerRun: 100,
    });
    const { runs, refused } = expandStudy(d);
    // regress1d's own default of 16 units; 100 points leave 80 for training.
    expect(runs.map((r) => [r.config.task, r.config.units, r.config.batchSize])).toEqual([
      ['regress1d', 16, 64],
    ]);
    expect(refused).toEqual([
      {
        index: 1,
        settings: { batchSize: 4096 },
        errors: { batchSize: expect.objectContaining({ id: 'batchTooLarge' }) },
      },
    ]);
  });
});

describe('random expansion', () => {
  const random = (seed: number) =>
    sweep({
      kind: 'sweep',
      method: 'random',
      parameters: {
        learningRate: { min: 1e-4, max: 1e-1 },
        units: { min: 4, max: 8 },
        optimizer: { values: ['adam', 'sgd'] },
      },
      runs: 60,
      stepsPerRun: 100,
      seed,
    });

  it('draws n configs, reproducibly from the seed', () => {
    const a = sweepSettings(random(7));
    expect(a).toHaveLength(60);
    expect(sweepSettings(random(7))).toEqual(a);
    expect(sweepSettings(random(8))).not.toEqual(a);
    expect(expandStudy(random(7)).runs).toHaveLength(60);
  });

  it('draws the learning rate log-uniformly within its range', () => {
    const lr = sweepSettings(random(3)).map((s) => s.learningRate as number);
    expect(Math.min(...lr)).toBeGreaterThanOrEqual(1e-4);
    expect(Math.max(...lr)).toBeLessThanOrEqual(1e-1);
    // Log-uniform over 3 decades: about a third per decade; a uniform draw would put ~90% in the top one.
    const top = lr.filter((x) => x > 1e-2).length / lr.length;
    expect(top).toBeGreaterThan(0.15);
    expect(top).toBeLessThan(0.55);
    const logs = lr.map(Math.log10);
    const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
    expect(mean).toBeGreaterThan(-3.0);
    expect(mean).toBeLessThan(-2.0);
  });

  it('draws whole-number fields inclusive of both ends and choices from their values', () => {
    const s = sweepSettings(random(5));
    expect(new Set(s.map((x) => x.units))).toEqual(new Set([4, 5, 6, 7, 8]));
    expect(new Set(s.map((x) => x.optimizer))).toEqual(new Set(['adam', 'sgd']));
  });
});

describe('ablation and scaling expansion', () => {
  it('runs the base and each component with every seed', () => {
    const d = study({
      kind: 'ablation',
      base: { optimizer: 'adamw', weightDecay: 0.01 },
      components: [{ name: 'no decay', changes: { weightDecay: 0 } }],
      seeds: [1, 2, 3],
      stepsPerRun: 50,
    });
    const { runs } = expandStudy(d);
    expect(runs.map((r) => [r.variant, r.config.seed, r.config.weightDecay])).toEqual([
      ['base', 1, 0.01],
      ['base', 2, 0.01],
      ['base', 3, 0.01],
      ['no decay', 1, 0],
      ['no decay', 2, 0],
      ['no decay', 3, 0],
    ]);
  });

  it('crosses model sizes with data sizes', () => {
    const d = study({
      kind: 'scaling',
      modelSizes: { field: 'units', values: [4, 16] },
      dataSizes: { field: 'maxSteps', values: [100, 400] },
      stepsPerRun: 50,
    });
    expect(expandStudy(d).runs.map((r) => [r.config.units, r.config.maxSteps])).toEqual([
      [4, 100],
      [4, 400],
      [16, 100],
      [16, 400],
    ]);
  });
});
