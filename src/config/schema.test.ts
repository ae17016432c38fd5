import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  FIELD_BY_KEY,
  FIELDS,
  type LabConfig,
  plannedSteps,
  type RawConfig,
  resetFieldsChanged,
  switchTask,
  taskDefaults,
  toRaw,
  trainSize,
} from './schema';
import { validateEn, parseFieldEn } from './english-errors.test-util';

const raw = (over: Partial<RawConfig> = {}): RawConfig => ({ ...toRaw(DEFAULT_CONFIG), ...over });

describe('defaults', () => {
  it('are a valid config', () => {
    const r = validateEn(toRaw(DEFAULT_CONFIG));
    expect(r.errors).toEqual({});
    expect(r.config).toEqual(DEFAULT_CONFIG);
  });

  it('each pass their own field schema', () => {
    for (const f of FIELDS)
      expect(parseFieldEn(f, String(f.default)), f.key).toEqual({ ok: true, value: f.default });
  });

  it('have unique keys and URL keys', () => {
    expect(new Set(FIELDS.map((f) => f.key)).size).toBe(FIELDS.length);
    expect(new Set(FIELDS.map((f) => f.url)).size).toBe(FIELDS.length);
  });
});

describe('learning rate', () => {
  it.each([
    ['', /required/],
    ['   ', /required/],
    ['abc', /must be a number/],
    ['0', /greater than 0/],
    ['-1', /greater than 0/],
    ['11', /at most 10/],
    ['Infinity', /must be a number/],
  ])('rejects %j with a message on learningRate', (text, message) => {
    const r = validateEn(raw({ learningRate: text }));
    expect(r.config).toBeNull();
    expect(Object.keys(r.errors)).toEqual(['learningRate']);
    expect(r.errors.learningRate).toMatch(message);
  });

  it.each([
    ['0.001', 0.001],
    [' 0.5 ', 0.5],
    ['1e-4', 1e-4],
    ['10', 10],
  ])('accepts %j', (text, value) => {
    const r = validateEn(raw({ learningRate: text }));
    expect(r.errors).toEqual({});
    expect(r.config?.learningRate).toBe(value);
  });
});

describe('integer fields', () => {
  it('reject fractions', () => {
    const r = validateEn(raw({ units: '8.5' }));
    expect(r.errors.units).toMatch(/whole number/);
  });

  it('reject sizes that are too large', () => {
    expect(validateEn(raw({ units: '100000' })).errors.units).toMatch(/at most 256/i);
    expect(validateEn(raw({ points: '1000000' })).errors.points).toMatch(/20,000/);
    expect(validateEn(raw({ points: String(10 ** 6) })).config).toBeNull();
    expect(validateEn(raw({ hiddenLayers: '9' })).errors.hiddenLayers).toMatch(/8/);
    expect(validateEn(raw({ batchSize: '5000' })).errors.batchSize).toMatch(/4,096/);
  });

  it('accept the largest allowed sizes', () => {
    const r = validateEn(raw({ units: '256', hiddenLayers: '8', points: '20000' }));
    expect(r.errors).toEqual({});
  });

  it('reject seeds outside [1, 2^31)', () => {
    expect(validateEn(raw({ seed: '0' })).errors.seed).toBeDefined();
    expect(validateEn(raw({ seed: String(2 ** 31) })).errors.seed).toBeDefined();
    expect(validateEn(raw({ seed: String(2 ** 31 - 1) })).errors).toEqual({});
  });
});

describe('batch size against the training set', () => {
  it('rejects a batch larger than the training set, on batchSize', () => {
    // 100 points with 20% validation leaves 80 for training.
    expect(trainSize(100, 0.2)).toBe(80);
    const r = validateEn(raw({ points: '100', validationSplit: '0.2', batchSize: '81' }));
    expect(r.config).toBeNull();
    expect(Object.keys(r.errors)).toEqual(['batchSize']);
    expect(r.errors.batchSize).toMatch(/larger than the training set \(80 examples\)/);
  });

  it('accepts a batch equal to the training set', () => {
    const r = validateEn(raw({ points: '100', validationSplit: '0.2', batchSize: '80' }));
    expect(r.errors).toEqual({});
    expect(r.config?.batchSize).toBe(80);
  });
});

describe('select fields', () => {
  it('reject a value that is not an option', () => {
    const r = validateEn(raw({ dataset: 'moons' }));
    expect(r.config).toBeNull();
    expect(r.errors.dataset).toMatch(/Choose one of: circles, spiral, xor, gaussians/);
    expect(validateEn(raw({ optimizer: 'adagrad' })).errors.optimizer).toBeDefined();
    expect(validateEn(raw({ activation: '' })).errors.activation).toBeDefined();
  });

  it('accept every option', () => {
    for (const f of FIELDS) {
      if (f.kind !== 'select') continue;
      for (const o of f.options)
        expect(parseFieldEn(f, o.value)).toEqual({ ok: true, value: o.value });
    }
  });
});

describe('other ranges', () => {
  it.each([
    ['noise', '-0.1'],
    ['noise', '1.5'],
    ['validationSplit', '0.01'],
    ['validationSplit', '0.6'],
    ['target', '-1'],
    ['maxTime', '-5'],
    ['minDelta', '-0.1'],
    ['baseline', '-1'],
    ['divergenceThreshold', '-1'],
    ['monitor', 'loss'],
    ['mode', 'up'],
    ['patience', '-1'],
    ['evalInterval', '0'],
    ['maxSteps', '0'],
  ] as const)('rejects %s = %s', (key, text) => {
    const r = validateEn(raw({ [key]: text }));
    expect(r.config).toBeNull();
    expect(Object.keys(r.errors)).toEqual([key]);
  });

  it('reports every bad field at once', () => {
    const r = validateEn(raw({ learningRate: 'x', units: '0', dataset: 'moons' }));
    expect(Object.keys(r.errors).sort()).toEqual(['dataset', 'learningRate', 'units']);
  });

  it('treats a missing field as required', () => {
    const partial = raw();
    delete (partial as Partial<RawConfig>).noise;
    expect(validateEn(partial).errors.noise).toMatch(/required/);
  });
});

describe('fields the task does not use', () => {
  it('never block a run: a bad value left from another task is ignored', () => {
    const names = { ...toRaw(taskDefaults('names')), context: 'abc', heads: '0' };
    // The MLP has no heads; the context is shown, so its error is.
    expect(validateEn(names).errors).toEqual({ context: expect.stringMatching(/number/) });
    const points = switchTask(names, 'classify2d');
    expect(validateEn(points)).toEqual({ config: DEFAULT_CONFIG, errors: {} });
    // Back on names, the context shows its error again.
    expect(Object.keys(validateEn(switchTask(points, 'names')).errors)).toEqual(['context']);
  });

  it('keep a valid value for when they apply again', () => {
    const r = validateEn({ ...raw(), context: '7' });
    expect(r.config?.context).toBe(7);
  });
});

describe('parseField', () => {
  it('parses numbers and reports messages', () => {
    expect(parseFieldEn(FIELD_BY_KEY.learningRate, '0.1')).toEqual({ ok: true, value: 0.1 });
    expect(parseFieldEn(FIELD_BY_KEY.learningRate, 'abc')).toEqual({
      ok: false,
      message: 'Learning rate must be a number.',
    });
  });
});

describe('resetFieldsChanged', () => {
  it('lists only the changed fields that need a new model', () => {
    const b: LabConfig = { ...DEFAULT_CONFIG, learningRate: 0.1, units: 16, dataset: 'xor' };
    expect([...resetFieldsChanged(DEFAULT_CONFIG, b)].sort()).toEqual(['dataset', 'units']);
    expect(resetFieldsChanged(DEFAULT_CONFIG, DEFAULT_CONFIG)).toEqual([]);
  });
});

describe('stopping criteria across fields', () => {
  it('reads an accuracy target, baseline and divergence threshold as fractions', () => {
    const acc = { targetMetric: 'val_accuracy', monitor: 'val_accuracy' } as const;
    expect(validateEn(raw({ ...acc, target: '0.95', baseline: '0.8' })).errors).toEqual({});
    const r = validateEn(raw({ ...acc, target: '95', baseline: '80', divergenceThreshold: '5' }));
    expect(r.errors.target).toMatch(/accuracy target is a fraction: use at most 1/);
    expect(r.errors.baseline).toMatch(/accuracy baseline is a fraction/);
    expect(r.errors.divergenceThreshold).toMatch(/falls below this: use at most 1/);
    // The same numbers are fine for a loss.
    const loss = raw({ target: '95', baseline: '80', divergenceThreshold: '5' });
    expect(validateEn(loss).errors).toEqual({});
  });

  it('does not let a regression watch an accuracy', () => {
    const r = validateEn(
      raw({ task: 'regress1d', monitor: 'val_accuracy', targetMetric: 'val_accuracy' }),
    );
    expect(r.errors).toEqual({
      monitor: 'A regression has no accuracy: use val_loss.',
      targetMetric: 'A regression has no accuracy: use val_loss.',
    });
  });

  it('turns the new criteria off by default, so a default run stops as before', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      maxTime: 0,
      target: 0,
      targetMetric: 'val_loss',
      earlyStopping: 'on',
      monitor: 'val_loss',
      mode: 'auto',
      minDelta: 0,
      patience: 20,
      baseline: 0,
      restoreBest: 'off',
      divergenceThreshold: 0,
      stopOnNonFinite: 'on',
    });
  });
});

describe('techniques', () => {
  /** The only field errors of a raw config, as [field, message] pairs. */
  const errorsOf = (over: Partial<RawConfig>) => Object.entries(validateEn(raw(over)).errors);

  it('default to a run without them (constant rate, one micro-batch, no clipping, fp32)', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      nesterov: 'off',
      weightDecay: 0,
      accumulation: 1,
      lrSchedule: 'constant',
      clipping: 'off',
      precision: 'fp32',
    });
  });

  it('keep the optimizers of earlier links and add AdamW', () => {
    for (const optimizer of ['adam', 'sgd', 'momentum', 'rmsprop', 'adamw'])
      expect(validateEn(raw({ optimizer })).config?.optimizer).toBe(optimizer);
  });

  it('refuse a warm-up as long as the run, at the warm-up field', () => {
    const errors = errorsOf({ lrSchedule: 'warmupCosine', maxSteps: '50', warmupSteps: '100' });
    expect(errors).toEqual([
      ['warmupSteps', expect.stringMatching(/not shorter than the run \(50/)],
    ]);
    expect(
      errorsOf({ lrSchedule: 'warmupCosine', maxSteps: '50', warmupSteps: '50' }),
    ).toHaveLength(1);
    expect(errorsOf({ lrSchedule: 'warmupCosine', maxSteps: '50', warmupSteps: '49' })).toEqual([]);
  });

  it('measure the warm-up against max epochs too, when they end the run first', () => {
    // 320 training examples in batches of 32: 10 steps per epoch, so 3 epochs are 30 steps.
    const over = { lrSchedule: 'warmupCosine', maxEpochs: '3', warmupSteps: '30' };
    expect(plannedSteps({ ...DEFAULT_CONFIG, maxEpochs: 3 })).toBe(30);
    expect(errorsOf(over)).toEqual([['warmupSteps', expect.stringMatching(/30 planned steps/)]]);
  });

  it('ignore a long warm-up while another schedule is chosen (the field is hidden)', () => {
    const r = validateEn(raw({ lrSchedule: 'cosine', maxSteps: '50', warmupSteps: '100' }));
    expect(r.errors).toEqual({});
    expect(r.config?.warmupSteps).toBe(100);
  });

  it('refuse an effective batch larger than the training set, at the accumulation field', () => {
    // 100 points, 80 for training: 16 × 5 = 80 fits, 16 × 6 = 96 does not.
    const base = { points: '100', validationSplit: '0.2', batchSize: '16' };
    expect(errorsOf({ ...base, accumulation: '5' })).toEqual([]);
    expect(errorsOf({ ...base, accumulation: '6' })).toEqual([
      ['accumulation', expect.stringMatching(/16 × 6 micro-batches = 96.*80 examples.*at most 5/)],
    ]);
  });

  it('refuse a batch larger than the training set at the batch size, not at accumulation', () => {
    const errors = errorsOf({ points: '100', batchSize: '81', accumulation: '2' });
    expect(errors.map(([key]) => key)).toEqual(['batchSize']);
  });

  it('refuse fewer than 1 micro-batch and fractions of one', () => {
    expect(errorsOf({ accumulation: '0' })).toEqual([
      ['accumulation', expect.stringMatching(/at least 1/)],
    ]);
    expect(errorsOf({ accumulation: '1.5' })).toEqual([
      ['accumulation', expect.stringMatching(/whole/)],
    ]);
  });

  it.each([
    ['norm', 'clipNorm'],
    ['value', 'clipValue'],
  ] as const)('refuse a clip %s of 0 or less, at its field', (clipping, key) => {
    for (const value of ['0', '-1'])
      expect(errorsOf({ clipping, [key]: value })).toEqual([
        [key, expect.stringMatching(/greater than 0/)],
      ]);
    expect(errorsOf({ clipping, [key]: '0.5' })).toEqual([]);
    // With clipping off the field is hidden and cannot block a run.
    expect(errorsOf({ clipping: 'off', [key]: '0' })).toEqual([]);
  });

  it.each(['cosine', 'warmupCosine', 'plateau'])(
    'refuse a minimum learning rate above the learning rate with %s, at lrMin',
    (lrSchedule) => {
      expect(errorsOf({ lrSchedule, learningRate: '0.01', lrMin: '0.02' })).toEqual([
        ['lrMin', expect.stringMatching(/above the learning rate \(0\.01\)/)],
      ]);
      expect(errorsOf({ lrSchedule, learningRate: '0.01', lrMin: '0.01' })).toEqual([]);
    },
  );

  it('refuse a one-cycle rise shorter than one step, at its share', () => {
    expect(errorsOf({ lrSchedule: 'oneCycle', maxSteps: '10', lrPctStart: '0.05' })).toEqual([
      ['lrPctStart', expect.stringMatching(/less than one step/)],
    ]);
    expect(errorsOf({ lrSchedule: 'oneCycle', maxSteps: '10', lrPctStart: '0.1' })).toEqual([]);
    expect(errorsOf({ lrSchedule: 'oneCycle', lrPctStart: '1' })).toEqual([
      ['lrPctStart', expect.stringMatching(/less than 1/)],
    ]);
  });

  it('refuse schedule factors that would make the rate grow or stay', () => {
    expect(errorsOf({ lrSchedule: 'step', lrGamma: '1.5' })[0][0]).toBe('lrGamma');
    expect(errorsOf({ lrSchedule: 'exponential', lrDecayRate: '0' })[0][0]).toBe('lrDecayRate');
    expect(errorsOf({ lrSchedule: 'plateau', plateauFactor: '1' })[0][0]).toBe('plateauFactor');
  });

  it('refuse an AdamW decay that erases the weights in one step, at weightDecay', () => {
    expect(errorsOf({ optimizer: 'adamw', learningRate: '2', weightDecay: '0.5' })).toEqual([
      ['weightDecay', expect.stringMatching(/erases them/)],
    ]);
    // As an L2 penalty (Adam) the same numbers are a strong but valid setting.
    expect(errorsOf({ optimizer: 'adam', learningRate: '2', weightDecay: '0.5' })).toEqual([]);
  });

  it('refuse loss-scaler settings out of range only when fp16 scales the loss', () => {
    const fp16 = { precision: 'fp16', lossScaling: 'dynamic' };
    expect(errorsOf({ ...fp16, initScale: '0' })[0][0]).toBe('initScale');
    expect(errorsOf({ ...fp16, growthInterval: '0' })[0][0]).toBe('growthInterval');
    expect(errorsOf({ precision: 'bf16', initScale: '0' })).toEqual([]);
    expect(errorsOf({ ...fp16, lossScaling: 'off', initScale: '0' })).toEqual([]);
  });

  it('apply the schedule and clipping live, and accumulation and precision at a reset', () => {
    const live = ['lrSchedule', 'warmupSteps', 'lrMin', 'clipping', 'clipNorm', 'weightDecay'];
    for (const key of live)
      expect(FIELD_BY_KEY[key as keyof typeof FIELD_BY_KEY].applies).toBe('live');
    const next: LabConfig = {
      ...DEFAULT_CONFIG,
      accumulation: 2,
      precision: 'bf16',
      lrSchedule: 'cosine',
    };
    expect(resetFieldsChanged(DEFAULT_CONFIG, next)).toEqual(['accumulation', 'precision']);
  });
});
