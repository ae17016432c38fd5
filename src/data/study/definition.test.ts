import { describe, expect, it } from 'vitest';
import { MAX_STUDY_RUNS, parseStudy, type StudyIssue } from './definition';

const sweep = (over: Record<string, unknown> = {}) => ({
  kind: 'sweep',
  method: 'grid',
  parameters: { learningRate: { values: [0.01, 0.03] }, optimizer: { values: ['adam', 'sgd'] } },
  runs: 10,
  stepsPerRun: 200,
  ...over,
});

function issues(input: unknown): Pick<StudyIssue, 'path' | 'id'>[] {
  const r = parseStudy(input);
  if (r.ok) throw new Error('expected the definition to be refused');
  return r.issues.map(({ path, id }) => ({ path, id }));
}

describe('parseStudy', () => {
  it('accepts a grid sweep and fills in its defaults', () => {
    const r = parseStudy(sweep());
    expect(r.ok).toBe(true);
    if (r.ok && r.study.kind === 'sweep') {
      expect(r.study.base).toEqual({});
      expect(r.study.seed).toBe(1);
    }
  });

  it('refuses an empty grid, at the parameter', () => {
    expect(issues(sweep({ parameters: { units: { values: [] } } }))).toEqual([
      { path: 'parameters.units.values', id: 'emptyGrid' },
    ]);
    expect(issues(sweep({ parameters: {} }))).toContainEqual({
      path: 'parameters',
      id: 'emptyGrid',
    });
  });

  it('refuses min > max and a log range with min ≤ 0, at min', () => {
    const random = (p: object) =>
      sweep({ method: 'random', parameters: { learningRate: p, units: { min: 9, max: 3 } } });
    expect(issues(random({ min: 0, max: 0.1 }))).toEqual([
      { path: 'parameters.learningRate.min', id: 'logMinNotPositive' },
      { path: 'parameters.learningRate.min', id: 'badValue' },
      { path: 'parameters.units.min', id: 'minAboveMax' },
    ]);
  });

  it('refuses weight decay from 0 on a log scale unless asked for uniform', () => {
    const wd = (p: object) => sweep({ method: 'random', parameters: { weightDecay: p } });
    expect(issues(wd({ min: 0, max: 0.01 }))).toEqual([
      { path: 'parameters.weightDecay.min', id: 'logMinNotPositive' },
    ]);
    expect(parseStudy(wd({ min: 0, max: 0.01, distribution: 'uniform' })).ok).toBe(true);
  });

  it('refuses more runs than the budget and than the maximum', () => {
    const grid = { units: { values: [1, 2, 3, 4] }, hiddenLayers: { values: [1, 2, 3] } };
    expect(issues(sweep({ parameters: grid, runs: 11 }))).toEqual([
      { path: 'runs', id: 'tooManyRuns' },
    ]);
    expect(parseStudy(sweep({ parameters: grid, runs: 12 })).ok).toBe(true);
    const many = { method: 'random', parameters: { units: { min: 1, max: 9 } } };
    expect(issues(sweep({ ...many, runs: MAX_STUDY_RUNS + 1 }))).toEqual([
      { path: 'runs', id: 'tooManyRuns' },
    ]);
  });

  it('refuses unknown fields, in parameters, base and the definition itself', () => {
    expect(
      issues(sweep({ parameters: { lr: { values: [1] } }, base: { optimiser: 'adam' }, extra: 1 })),
    ).toEqual([
      { path: 'extra', id: 'unknownField' },
      { path: 'base.optimiser', id: 'unknownField' },
      { path: 'parameters.lr', id: 'unknownField' },
    ]);
    expect(issues(sweep({ parameters: { units: { values: [4], step: 2 } } }))).toEqual([
      { path: 'parameters.units.step', id: 'unknownField' },
    ]);
  });

  it('refuses values the sidebar refuses, with the sidebar’s own issue', () => {
    const r = parseStudy(sweep({ parameters: { optimizer: { values: ['adam', 'lion'] } } }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ path: 'parameters.optimizer.values.1', id: 'badValue' });
      expect(r.issues[0].field?.id).toBe('choose');
    }
  });

  it('refuses a range over a choice and a field a study does not vary', () => {
    const r = sweep({
      method: 'random',
      parameters: {
        optimizer: { min: 0, max: 1 },
        maxSteps: { values: [10] },
        dataId: { values: ['x'] },
      },
    });
    expect(issues(r)).toEqual([
      { path: 'parameters.optimizer', id: 'choiceNeedsValues' },
      { path: 'parameters.maxSteps', id: 'notSweepable' },
      { path: 'parameters.dataId', id: 'notSweepable' },
    ]);
  });

  it('refuses a wrong type at its place', () => {
    expect(issues(sweep({ stepsPerRun: 'many' }))).toEqual([
      { path: 'stepsPerRun', id: 'invalid' },
    ]);
  });

  const ablation = (over: Record<string, unknown> = {}) => ({
    kind: 'ablation',
    base: { optimizer: 'adamw', weightDecay: 0.01 },
    components: [
      { name: 'no weight decay', changes: { weightDecay: 0 } },
      { name: 'plain SGD', changes: { optimizer: 'sgd' } },
    ],
    seeds: [1, 2, 3],
    stepsPerRun: 300,
    ...over,
  });

  it('accepts an ablation with 3 to 5 seeds and refuses other counts and repeats', () => {
    expect(parseStudy(ablation()).ok).toBe(true);
    expect(issues(ablation({ seeds: [1, 2] }))).toEqual([{ path: 'seeds', id: 'seedCount' }]);
    expect(issues(ablation({ seeds: [1, 2, 3, 4, 5, 6] }))).toEqual([
      { path: 'seeds', id: 'seedCount' },
    ]);
    expect(issues(ablation({ seeds: [1, 2, 2] }))).toEqual([
      { path: 'seeds.2', id: 'duplicateSeed' },
    ]);
    expect(issues(ablation({ components: [] }))).toEqual([{ path: 'components', id: 'emptyGrid' }]);
  });

  it('accepts a scaling study and refuses an empty size list', () => {
    const scaling = {
      kind: 'scaling',
      modelSizes: { field: 'units', values: [4, 8, 16] },
      dataSizes: { field: 'points', values: [] },
      stepsPerRun: 500,
    };
    expect(issues(scaling)).toEqual([{ path: 'dataSizes.values', id: 'emptyGrid' }]);
    expect(parseStudy({ ...scaling, dataSizes: { field: 'points', values: [200, 800] } }).ok).toBe(
      true,
    );
    expect(issues({ ...scaling, modelSizes: { field: 'seed', values: [1] } })).toEqual([
      { path: 'modelSizes.field', id: 'invalid' },
    ]);
  });
});

describe('early termination', () => {
  it('accepts successive halving with η 3 by default, refuses a first rung at the run length', () => {
    const r = parseStudy(sweep({ earlyTermination: { minSteps: 20 } }));
    expect(r.ok && r.study.kind === 'sweep' && r.study.earlyTermination).toEqual({
      minSteps: 20,
      eta: 3,
    });
    expect(issues(sweep({ earlyTermination: { minSteps: 200 } }))).toEqual([
      { path: 'earlyTermination.minSteps', id: 'minAboveMax' },
    ]);
    expect(issues(sweep({ earlyTermination: { minSteps: 10, eta: 1 } }))).toEqual([
      { path: 'earlyTermination.eta', id: 'invalid' },
    ]);
  });
});
