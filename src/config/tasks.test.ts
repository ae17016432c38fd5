import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  FIELD_BY_KEY,
  fieldApplies,
  FIELDS,
  optionsFor,
  type SelectField,
  switchTask,
  TASK_IDS,
  taskDefaults,
  toRaw,
} from './schema';
import { validateEn } from './english-errors.test-util';
import { rawFromSearch, searchFromConfig } from './url';

describe('tasks in the config', () => {
  it('default to the 2-D task, whose defaults are the defaults', () => {
    expect(DEFAULT_CONFIG.task).toBe('classify2d');
    expect(taskDefaults('classify2d')).toEqual(DEFAULT_CONFIG);
  });

  it.each(TASK_IDS)('%s has a valid default config', (task) => {
    const r = validateEn(toRaw(taskDefaults(task)));
    expect(r.errors).toEqual({});
    expect(r.config?.task).toBe(task);
  });

  it('gives MNIST the 784-128-10 ReLU MLP, Adam at 0.001 and batches of 64', () => {
    const c = taskDefaults('mnist');
    expect([c.model, c.hiddenLayers, c.units, c.activation, c.initializer]).toEqual([
      'mlp',
      1,
      128,
      'relu',
      'he',
    ]);
    expect([c.optimizer, c.learningRate, c.batchSize]).toEqual(['adam', 0.001, 64]);
  });

  it('shows task-specific fields only for their task', () => {
    const shown = (task: (typeof TASK_IDS)[number]) =>
      FIELDS.filter((f) => fieldApplies(f, task)).map((f) => f.key);
    expect(shown('classify2d')).toContain('dataset');
    expect(shown('classify2d')).not.toContain('model');
    expect(shown('mnist')).toContain('model');
    expect(shown('mnist')).not.toContain('dataset');
    expect(shown('mnist')).not.toContain('points');
    expect(shown('regress1d')).toContain('function');
    for (const t of TASK_IDS) expect(shown(t)).toContain('learningRate');
    // The CNN has no hidden-layer sizes to choose.
    expect(fieldApplies(FIELD_BY_KEY.units, 'mnist', 'cnn')).toBe(false);
    expect(fieldApplies(FIELD_BY_KEY.units, 'mnist', 'mlp')).toBe(true);
    expect(fieldApplies(FIELD_BY_KEY.units, 'regress1d')).toBe(true);
  });

  it('offers each task its own models and checks the transformer’s heads', () => {
    const model = FIELD_BY_KEY.model as SelectField;
    expect(optionsFor(model, 'mnist').map((o) => o.value)).toEqual(['mlp', 'cnn']);
    expect(optionsFor(model, 'names').map((o) => o.value)).toEqual(['mlp', 'transformer']);
    const names = toRaw(taskDefaults('names'));
    expect(validateEn({ ...names, model: 'cnn' }).errors.model).toMatch(/mlp, transformer/);
    expect(
      validateEn({ ...toRaw(taskDefaults('mnist')), model: 'transformer' }).errors.model,
    ).toMatch(/mlp, cnn/);
    const tr = { ...names, model: 'transformer', embedding: '16' };
    expect(validateEn({ ...tr, heads: '4' }).errors).toEqual({});
    expect(validateEn({ ...tr, heads: '3' }).errors.heads).toMatch(/split evenly/);
    // The heads do not matter to the MLP.
    expect(validateEn({ ...names, heads: '3' }).errors).toEqual({});
    expect(fieldApplies(FIELD_BY_KEY.heads, 'names', 'mlp')).toBe(false);
    expect(fieldApplies(FIELD_BY_KEY.heads, 'names', 'transformer')).toBe(true);
    expect(fieldApplies(FIELD_BY_KEY.context, 'mnist', 'mlp')).toBe(false);
  });

  it('offers gradient checkpointing for the plain MLP only, and says so at the field', () => {
    for (const task of ['classify2d', 'regress1d', 'mnist'] as const)
      expect(validateEn({ ...toRaw(taskDefaults(task)), gradCheckpoint: 'on' }).errors).toEqual({});
    const cnn = { ...toRaw(taskDefaults('mnist')), model: 'cnn', gradCheckpoint: 'on' };
    expect(validateEn(cnn).errors).toEqual({
      gradCheckpoint: expect.stringMatching(/MLP only/),
    });
    const names = { ...toRaw(taskDefaults('names')), gradCheckpoint: 'on' };
    expect(validateEn(names).errors.gradCheckpoint).toMatch(/MLP only/);
    expect(validateEn({ ...names, gradCheckpoint: 'off' }).errors).toEqual({});
    // The URL key is `gc`; off, the default, is left out.
    const on = { ...taskDefaults('classify2d'), gradCheckpoint: 'on' as const };
    expect(searchFromConfig(on)).toMatch(/(^|[?&])gc=on(&|$)/);
    expect(rawFromSearch(searchFromConfig(on)).gradCheckpoint).toBe('on');
    expect(searchFromConfig(taskDefaults('classify2d'))).not.toMatch(/gc=/);
  });

  it('checks the batch size against the task’s training set', () => {
    const mnist = toRaw(taskDefaults('mnist'));
    // 9,000 digits minus a 10% validation split leave 8,100 for training.
    expect(validateEn({ ...mnist, batchSize: '4096' }).errors).toEqual({});
    const tiny = { ...toRaw(taskDefaults('regress1d')), points: '40', batchSize: '64' };
    expect(validateEn(tiny).errors.batchSize).toMatch(/32 examples/);
  });

  it('switching task takes the new task’s defaults for task-dependent fields', () => {
    const raw = { ...toRaw(DEFAULT_CONFIG), seed: '7', units: '3' };
    const next = switchTask(raw, 'mnist');
    expect(validateEn(next).config).toEqual({ ...taskDefaults('mnist'), seed: 7 });
    expect(validateEn(switchTask(next, 'classify2d')).config).toEqual({
      ...DEFAULT_CONFIG,
      seed: 7,
    });
  });

  it('a URL names the task and only what differs from its defaults', () => {
    expect(searchFromConfig(taskDefaults('mnist'))).toBe('?task=mnist');
    expect(validateEn(rawFromSearch('?task=mnist')).config).toEqual(taskDefaults('mnist'));
    const cnn = { ...taskDefaults('mnist'), model: 'cnn' as const, learningRate: 0.002 };
    expect(validateEn(rawFromSearch(searchFromConfig(cnn))).config).toEqual(cnn);
    expect(new URLSearchParams(searchFromConfig(cnn)).get('lr')).toBe('0.002');
    // An unknown task falls back to the default task's defaults (and a field error).
    expect(validateEn(rawFromSearch('?task=chess')).errors.task).toMatch(/Choose one of/);
    expect(FIELD_BY_KEY.task.url).toBe('task');
  });
});
