import { describe, expect, it } from 'vitest';
import { taskDefaults } from '../../config/schema';
import { MAX_STUDY_RUNS } from '../../data/study/definition';
import {
  baseFromConfig,
  checkForm,
  type FormState,
  initialForm,
  inputOf,
  newParam,
  parseList,
  presetsFor,
  sizeFields,
} from './study-form-state';

const BASE = { task: 'classify2d', optimizer: 'momentum', weightDecay: 0.0005 };

function check(patch: Partial<FormState>, locale: 'en' | 'de' = 'en') {
  const s = { ...initialForm(BASE), ...patch };
  const presets = presetsFor(s.base);
  return checkForm(
    s,
    locale,
    Object.fromEntries(presets.map((p) => [p.id, p.changes])),
    Object.fromEntries(presets.map((p) => [p.id, p.id])),
  );
}

const lr = (patch: Partial<ReturnType<typeof newParam>> = {}) => ({
  ...newParam('learningRate', BASE),
  ...patch,
});

describe('inputOf', () => {
  it('places each path of a definition on its input', () => {
    expect(inputOf('parameters')).toBe('parameters');
    expect(inputOf('parameters.learningRate.min')).toBe('param:learningRate:min');
    expect(inputOf('parameters.learningRate.max')).toBe('param:learningRate:max');
    expect(inputOf('parameters.learningRate.values.2')).toBe('param:learningRate:values');
    expect(inputOf('parameters.learningRate')).toBe('param:learningRate:values');
    expect(inputOf('components.1.changes.noise', ['preset:momentum', 'custom:0'])).toBe('custom:0');
    expect(inputOf('seeds.2')).toBe('seeds');
    expect(inputOf('dataSizes')).toBe('dataSizes');
    expect(inputOf('modelSizes.values.0')).toBe('modelSizes');
    expect(inputOf('base.units')).toBe('base');
    expect(inputOf('runs')).toBe('runs');
    expect(inputOf('somethingElse')).toBe('form');
  });
});

describe('checkForm: a sweep', () => {
  it('refuses an empty grid at the parameter list', () => {
    const c = check({ kind: 'grid', params: [] });
    expect(c.study).toBeNull();
    expect(c.issues.get('parameters')?.map((i) => i.id)).toEqual(['emptyGrid']);
  });

  it('makes a grid of the listed values, within the budget', () => {
    const c = check({
      kind: 'grid',
      params: [lr({ valuesText: '0.001 0.01; 0.1' }), newParam('batchSize', BASE)],
      runsText: '10',
      stepsText: '50',
    });
    expect(c.issues.size).toBe(0);
    expect(c.runs).toBe(3);
    expect(c.study).toMatchObject({
      kind: 'sweep',
      method: 'grid',
      parameters: { learningRate: { values: [0.001, 0.01, 0.1] } },
      stepsPerRun: 50,
    });
  });

  it('refuses a grid larger than its budget at the budget', () => {
    const c = check({
      kind: 'grid',
      params: [lr({ valuesText: '1e-4 1e-3 1e-2' })],
      runsText: '2',
    });
    expect(c.issues.get('runs')?.[0]).toMatchObject({ id: 'tooManyRuns', values: { runs: 3 } });
    const many = check({
      kind: 'random',
      params: [lr()],
      runsText: String(MAX_STUDY_RUNS + 1),
    });
    expect(many.issues.get('runs')?.[0].id).toBe('tooManyRuns');
  });

  it('refuses a range with min above max at the min, and a log range from 0', () => {
    const c = check({
      kind: 'random',
      params: [lr({ useRange: true, minText: '0.1', maxText: '0.01' })],
    });
    expect(c.issues.get('param:learningRate:min')?.map((i) => i.id)).toContain('minAboveMax');
    const zero = check({
      kind: 'random',
      params: [lr({ useRange: true, minText: '0', maxText: '0.01', log: true })],
    });
    expect(zero.issues.get('param:learningRate:min')?.map((i) => i.id)).toContain(
      'logMinNotPositive',
    );
  });

  it('refuses a value the sidebar refuses at the values input', () => {
    const c = check({ kind: 'grid', params: [lr({ valuesText: '0.01 -1' })] });
    expect(c.issues.get('param:learningRate:values')?.[0]).toMatchObject({ id: 'badValue' });
  });

  it('says which text is not a number, and reads a German decimal comma', () => {
    const c = check({ kind: 'grid', params: [lr({ valuesText: '0.01 abc' })] });
    expect(c.local.get('param:learningRate:values')).toEqual({ id: 'notANumber', text: 'abc' });
    expect(c.study).toBeNull();
    const de = check({ kind: 'grid', params: [lr({ valuesText: '0,01 0,1' })] }, 'de');
    expect(de.study).toMatchObject({ parameters: { learningRate: { values: [0.01, 0.1] } } });
    const steps = check({ kind: 'grid', params: [lr()], stepsText: 'x' });
    expect(steps.local.get('stepsPerRun')).toEqual({ id: 'notANumber', text: 'x' });
    // The input's own problem is said once, not again as the definition's.
    expect(steps.issues.has('stepsPerRun')).toBe(false);
  });

  it('marks successive halving in the definition only when chosen', () => {
    expect(check({ kind: 'grid', params: [lr()], halving: true }).study).toMatchObject({
      earlyTermination: { eta: 3 },
    });
    expect(check({ kind: 'grid', params: [lr()] }).study).not.toHaveProperty('earlyTermination');
  });

  it('reports the combinations the sidebar refuses', () => {
    const c = check({
      kind: 'grid',
      params: [{ ...newParam('batchSize', BASE), valuesText: '32 1000' }],
    });
    expect(c.runs).toBe(1);
    expect(c.refused).toHaveLength(1);
    expect(Object.keys(c.refused[0].errors)).toContain('batchSize');
  });
});

describe('checkForm: an ablation', () => {
  it('offers only the components the base uses', () => {
    expect(presetsFor(BASE).map((p) => p.id)).toEqual([
      'momentum',
      'weightDecay',
      'hiddenLayer',
      'noise',
    ]);
    expect(presetsFor({ task: 'classify2d', optimizer: 'sgd' }).map((p) => p.id)).toEqual([
      'hiddenLayer',
      'noise',
    ]);
    expect(
      presetsFor({ task: 'names', model: 'transformer', blocks: 2 }).map((p) => p.id),
    ).toContain('block');
  });

  it('refuses no components, and too few or repeated seeds, at their inputs', () => {
    const none = check({ kind: 'ablation', presets: [] });
    expect(none.issues.get('components')?.[0].id).toBe('emptyGrid');
    const two = check({ kind: 'ablation', presets: ['momentum'], seedsText: '1 2' });
    expect(two.issues.get('seeds')?.[0]).toMatchObject({ id: 'seedCount', values: { count: 2 } });
    const twice = check({ kind: 'ablation', presets: ['momentum'], seedsText: '1 2 2' });
    expect(twice.issues.get('seeds')?.[0].id).toBe('duplicateSeed');
  });

  it('places a custom component’s problem on its row', () => {
    const c = check({
      kind: 'ablation',
      presets: ['momentum'],
      custom: [{ name: 'no noise', key: 'noise', valueText: '5' }],
    });
    expect(c.issues.get('custom:0')?.[0].id).toBe('badValue');
  });

  it('plans the base and each component with every seed', () => {
    const c = check({
      kind: 'ablation',
      presets: ['momentum', 'weightDecay'],
      custom: [{ name: 'less noise', key: 'noise', valueText: '0.05' }],
      seedsText: '1 2 3 4',
    });
    expect(c.study).toMatchObject({
      kind: 'ablation',
      components: [
        { name: 'momentum', changes: { optimizer: 'sgd' } },
        { name: 'weightDecay', changes: { weightDecay: 0 } },
        { name: 'less noise', changes: { noise: 0.05 } },
      ],
      seeds: [1, 2, 3, 4],
    });
    expect(c.runs).toBe(4 * 4);
  });
});

describe('checkForm: a scaling study', () => {
  it('plans model sizes × data sizes on the chosen task', () => {
    const c = check({ kind: 'scaling', scalingTask: 'names' });
    expect(c.study).toMatchObject({
      kind: 'scaling',
      base: { task: 'names' },
      modelSizes: { field: 'units' },
      dataSizes: { field: 'maxSteps' },
    });
    expect(c.runs).toBe(5 * 4);
  });

  it('refuses an empty or unreadable size list at its input', () => {
    expect(check({ kind: 'scaling', modelSizesText: '' }).issues.get('modelSizes')?.[0].id).toBe(
      'emptyGrid',
    );
    expect(check({ kind: 'scaling', dataSizesText: '100 x' }).local.get('dataSizes')).toEqual({
      id: 'notANumber',
      text: 'x',
    });
  });

  it('offers the size fields that apply to the task', () => {
    expect(sizeFields({ task: 'names', model: 'transformer' }, 'names').model).toEqual([
      'embedding',
      'blocks',
    ]);
    expect(sizeFields({ task: 'classify2d' }, 'mnist')).toEqual({
      model: ['units', 'hiddenLayers'],
      data: ['maxSteps'],
    });
  });
});

describe('form helpers', () => {
  it('reads a list separated by spaces or semicolons', () => {
    expect(parseList(' 1; 2  3 ', 'en')).toEqual({ values: [1, 2, 3], bad: null });
    expect(parseList('1,5 2', 'de')).toEqual({ values: [1.5, 2], bad: null });
    expect(parseList('1 0x10', 'en').bad).toBe('0x10');
  });

  it('takes into the base only what differs from the task’s defaults', () => {
    const config = { ...taskDefaults('classify2d'), learningRate: 0.5, maxSteps: 999 };
    expect(baseFromConfig(config)).toEqual({ task: 'classify2d', learningRate: 0.5 });
  });

  it('starts a log parameter a decade either side of the base, in the page’s notation', () => {
    expect(newParam('learningRate', { task: 'classify2d', learningRate: 0.01 }).valuesText).toBe(
      '0.001 0.01 0.1',
    );
    const de = newParam('learningRate', { task: 'classify2d', learningRate: 0.01 }, 'de');
    expect(de.valuesText).toBe('0,001 0,01 0,1');
    expect([de.minText, de.maxText]).toEqual(['0,001', '0,1']);
  });
});
