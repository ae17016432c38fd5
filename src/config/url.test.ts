import { describe, expect, it } from 'vitest';
import {
  CHOICE_KEYS,
  type ChoiceKey,
  DEFAULT_CONFIG,
  FIELD_BY_KEY,
  fieldApplies,
  FIELDS,
  hasPlainMlp,
  type LabConfig,
  type ModelId,
  type SelectField,
  MODELS_OF,
  TASK_IDS,
  type TaskId,
  taskDefaults,
  toRaw,
} from './schema';
import {
  backendFromSearch,
  rawFromSearch,
  readSearch,
  searchFromConfig,
  suggestKey,
  type UrlNotice,
} from './url';
import { validateEn } from './english-errors.test-util';

const roundTrip = (config: LabConfig) => validateEn(rawFromSearch(searchFromConfig(config)));

/** A value other than every default for every field (the task and model are set per case). */
const CHANGED: Omit<LabConfig, 'task' | 'model'> = {
  dataset: 'spiral',
  function: 'step',
  digits: 'lower',
  dataId: '0123456789abcdef',
  noise: 0.35,
  points: 1234,
  validationSplit: 0.15,
  loadLatency: 70,
  prefetch: '2',
  hiddenLayers: 3,
  units: 17,
  context: 7,
  embedding: 12,
  heads: 3,
  blocks: 2,
  temperature: 0.7,
  activation: 'sigmoid',
  initializer: 'zeros',
  optimizer: 'momentum',
  nesterov: 'on',
  weightDecay: 0.0005,
  learningRate: 0.000123,
  batchSize: 7,
  accumulation: 3,
  workers: 7,
  gradCheckpoint: 'on',
  lrSchedule: 'warmupCosine',
  warmupSteps: 50,
  lrStepSize: 40,
  lrGamma: 0.5,
  lrDecaySteps: 30,
  lrDecayRate: 0.9,
  lrPctStart: 0.25,
  lrDivFactor: 10,
  plateauFactor: 0.5,
  plateauPatience: 4,
  plateauCooldown: 2,
  lrMin: 0.00001,
  clipping: 'norm',
  clipNorm: 0.5,
  clipValue: 0.25,
  precision: 'fp16',
  lossScaling: 'dynamic',
  initScale: 1024,
  growthInterval: 100,
  maxSteps: 999,
  maxEpochs: 12,
  maxTime: 90,
  targetMetric: 'val_accuracy',
  target: 0.97,
  evalInterval: 3,
  checkpointInterval: 11,
  keepCheckpoints: 7,
  autoResume: 'off',
  earlyStopping: 'off',
  monitor: 'val_accuracy',
  mode: 'max',
  minDelta: 0.002,
  patience: 0,
  baseline: 0.5,
  restoreBest: 'on',
  divergenceThreshold: 0.2,
  stopOnNonFinite: 'off',
  readbackInterval: 1,
  seed: 2_147_483_647,
};

/** Every task with each model it offers. */
const TASK_MODELS: [TaskId, ModelId][] = TASK_IDS.flatMap((task) =>
  (MODELS_OF[task] ?? ['mlp' as const]).map((model): [TaskId, ModelId] => [task, model]),
);

describe('URL round trip', () => {
  it('gives an empty query for the defaults and reads it back as the defaults', () => {
    expect(searchFromConfig(DEFAULT_CONFIG)).toBe('');
    expect(roundTrip(DEFAULT_CONFIG)).toEqual({ config: DEFAULT_CONFIG, errors: {} });
  });

  it.each(TASK_MODELS)(
    'keeps every field that applies to %s with the %s model, and only those',
    (task, model) => {
      // A regression has no accuracy for the stopping criteria to watch.
      const metric = task === 'regress1d' ? { targetMetric: 'val_loss', monitor: 'val_loss' } : {};
      // Gradient checkpointing is valid with the plain MLP only.
      const gc = { gradCheckpoint: hasPlainMlp({ task, model }) ? 'on' : 'off' };
      const config = { ...CHANGED, ...metric, ...gc, task, model } as LabConfig;
      const defaults = taskDefaults(task);
      const applies = FIELDS.filter((f) => fieldApplies(f, task, model, config));
      // The choices that decide which other fields apply are set per case below.
      const chosen = new Set([
        'task',
        'model',
        'lossScaling',
        ...Object.keys(metric),
        ...Object.keys(gc),
      ]);
      for (const f of applies) {
        if (!chosen.has(f.key)) expect(config[f.key], f.key).not.toBe(defaults[f.key]);
      }
      const search = searchFromConfig(config);
      const expected = applies.filter((f) => config[f.key] !== defaults[f.key]).map((f) => f.url);
      if (task !== DEFAULT_CONFIG.task) expected.push('task');
      expect([...new URLSearchParams(search).keys()].sort()).toEqual(expected.sort());
      // What does not apply is not in the link: it reads back as the task's default.
      const back = Object.fromEntries(
        FIELDS.map((f) => [
          f.key,
          fieldApplies(f, task, model, config) ? config[f.key] : defaults[f.key],
        ]),
      );
      expect(roundTrip(config)).toEqual({ config: back, errors: {} });
      expect(readSearch(search).notices).toEqual([]);
    },
  );

  /** Every option of every field whose choice decides whether others apply. */
  const CHOICES = CHOICE_KEYS.flatMap((key) =>
    (FIELD_BY_KEY[key] as SelectField).options.map((o): [ChoiceKey, string] => [key, o.value]),
  );

  it.each(CHOICES)(
    'keeps the fields that apply with %s=%s (and no other choice’s parameters)',
    (key, value) => {
      const config = { ...DEFAULT_CONFIG, ...CHANGED, task: 'classify2d', model: 'mlp' };
      const chosen = { ...config, [key]: value } as LabConfig;
      const applies = FIELDS.filter((f) => fieldApplies(f, 'classify2d', 'mlp', chosen));
      const params = new URLSearchParams(searchFromConfig(chosen));
      for (const f of FIELDS)
        if (f.key !== 'task' && f.key !== 'model')
          expect(params.has(f.url), f.key).toBe(
            applies.includes(f) && chosen[f.key] !== DEFAULT_CONFIG[f.key],
          );
      const back = Object.fromEntries(
        FIELDS.map((f) => [f.key, applies.includes(f) ? chosen[f.key] : DEFAULT_CONFIG[f.key]]),
      );
      expect(roundTrip(chosen)).toEqual({ config: back, errors: {} });
    },
  );

  it('shows a schedule’s parameters for that schedule only', () => {
    const applies = (lrSchedule: string) =>
      FIELDS.filter(
        (f) =>
          f.group === 'Schedule' &&
          fieldApplies(f, 'classify2d', 'mlp', { ...DEFAULT_CONFIG, lrSchedule }),
      ).map((f) => f.key);
    expect(applies('constant')).toEqual(['lrSchedule']);
    expect(applies('step')).toEqual(['lrSchedule', 'lrStepSize', 'lrGamma']);
    expect(applies('warmupCosine')).toEqual(['lrSchedule', 'warmupSteps', 'lrMin']);
    expect(applies('plateau')).toEqual([
      'lrSchedule',
      'plateauFactor',
      'plateauPatience',
      'plateauCooldown',
      'lrMin',
    ]);
  });

  it('sets aside a schedule parameter of another schedule, saying which schedule it needs', () => {
    const { raw, notices } = readSearch('?sched=cosine&lrstep=7');
    expect(raw.lrSchedule).toBe('cosine');
    expect(raw.lrStepSize).toBe('100');
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'notApplicable',
        key: 'lrstep',
        choice: { key: 'sched', needs: ['step'], value: 'cosine' },
      }),
    ]);
  });

  it('reads a link written before the techniques existed as a run without them', () => {
    const { config } = validateEn(rawFromSearch('?lr=0.1&opt=sgd&bs=16'));
    expect(config).toMatchObject({
      optimizer: 'sgd',
      nesterov: 'off',
      weightDecay: 0,
      accumulation: 1,
      lrSchedule: 'constant',
      clipping: 'off',
      precision: 'fp32',
    });
  });

  it('writes only the fields that differ from the defaults', () => {
    const config: LabConfig = { ...DEFAULT_CONFIG, learningRate: 0.1, dataset: 'xor' };
    const params = new URLSearchParams(searchFromConfig(config, 'wasm'));
    expect([...params.keys()].sort()).toEqual(['backend', 'data', 'lr']);
    expect(roundTrip(config).config).toEqual(config);
  });

  it('leaves out a hidden field’s value kept from another task', () => {
    // Switching from names to points keeps the context in the sidebar, but not in the link.
    const config: LabConfig = { ...DEFAULT_CONFIG, context: 7, heads: 4 };
    expect(searchFromConfig(config)).toBe('');
  });

  it('round-trips floating-point values exactly', () => {
    for (const lr of [0.1 + 0.2, 1 / 3, 1e-7, 9.999999]) {
      const config: LabConfig = { ...DEFAULT_CONFIG, learningRate: lr };
      expect(roundTrip(config).config?.learningRate).toBe(lr);
    }
  });
});

describe('reading the URL', () => {
  it('reports bad values of the fields that apply on their fields', () => {
    const r = validateEn(rawFromSearch('?lr=abc&bs=0&data=moons'));
    expect(r.config).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual(['batchSize', 'dataset', 'learningRate']);
  });

  /**
   * Each URL, the notices it gives, and the config it starts (`null`: a field error the page
   * shows at its field). A URL's notice never comes with an error on a field the page hides.
   */
  const CASES: [string, UrlNotice[], Partial<LabConfig> | null][] = [
    ['?lr=0.5', [], { learningRate: 0.5 }],
    // Unknown keys, with the key they most likely meant.
    [
      '?learningRate=0.5',
      [{ kind: 'unknownKey', key: 'learningRate', value: '0.5', suggestion: 'lr' }],
      {},
    ],
    ['?LR=0.5', [{ kind: 'unknownKey', key: 'LR', value: '0.5', suggestion: 'lr' }], {}],
    [
      '?learning_rate=0.5',
      [{ kind: 'unknownKey', key: 'learning_rate', value: '0.5', suggestion: 'lr' }],
      {},
    ],
    ['?sed=3', [{ kind: 'unknownKey', key: 'sed', value: '3', suggestion: 'seed' }], {}],
    [
      '?foo=1&lr=0.5',
      [{ kind: 'unknownKey', key: 'foo', value: '1', suggestion: null }],
      {
        learningRate: 0.5,
      },
    ],
    // Repeated keys: the first value is used.
    [
      '?lr=0.1&lr=0.5&lr=2',
      [{ kind: 'repeatedKey', key: 'lr', used: '0.1', ignored: ['0.5', '2'] }],
      { learningRate: 0.1 },
    ],
    [
      '?backend=cpu&backend=wasm',
      [{ kind: 'repeatedKey', key: 'backend', used: 'cpu', ignored: ['wasm'] }],
      {},
    ],
    // Fields the task or model does not use, valid or not: ignored, never an error.
    [
      '?ctx=abc',
      [
        {
          kind: 'notApplicable',
          key: 'ctx',
          value: 'abc',
          field: 'context',
          task: 'classify2d',
          model: 'mlp',
        },
      ],
      {},
    ],
    [
      '?task=names&heads=0',
      [
        {
          kind: 'notApplicable',
          key: 'heads',
          value: '0',
          field: 'heads',
          task: 'names',
          model: 'mlp',
        },
      ],
      { ...taskDefaults('names') },
    ],
    [
      '?task=mnist&temp=99&model=cnn&units=0',
      [
        {
          kind: 'notApplicable',
          key: 'temp',
          value: '99',
          field: 'temperature',
          task: 'mnist',
          model: 'cnn',
        },
        {
          kind: 'notApplicable',
          key: 'units',
          value: '0',
          field: 'units',
          task: 'mnist',
          model: 'cnn',
        },
      ],
      { ...taskDefaults('mnist'), model: 'cnn' },
    ],
    [
      '?model=cnn&dataid=zz',
      [
        {
          kind: 'notApplicable',
          key: 'model',
          value: 'cnn',
          field: 'model',
          task: 'classify2d',
          model: 'mlp',
        },
        {
          kind: 'notApplicable',
          key: 'dataid',
          value: 'zz',
          field: 'dataId',
          task: 'classify2d',
          model: 'mlp',
        },
      ],
      {},
    ],
    // …while the same values where they apply are errors at their fields.
    ['?task=names&model=transformer&heads=0', [], null],
    ['?task=names&ctx=abc', [], null],
    // Backends: only the four names and auto, in lower case.
    ['?backend=bogus', [{ kind: 'unknownBackend', value: 'bogus', suggestion: null }], {}],
    ['?backend=Auto', [{ kind: 'unknownBackend', value: 'Auto', suggestion: 'auto' }], {}],
    ['?backend=WEBGL', [{ kind: 'unknownBackend', value: 'WEBGL', suggestion: 'webgl' }], {}],
    ['?backend=', [{ kind: 'unknownBackend', value: '', suggestion: null }], {}],
    ['?backend', [{ kind: 'unknownBackend', value: '', suggestion: null }], {}],
    // Numbers: decimal only, as in the sidebar and CSV files.
    ['?seed=16', [], { seed: 16 }],
    ['?seed=%2016%20', [], { seed: 16 }],
    ['?lr=1e-3', [], { learningRate: 0.001 }],
    ['?lr=.5', [], { learningRate: 0.5 }],
    ['?seed=0x10', [], null],
    ['?seed=0o20', [], null],
    ['?seed=0b10000', [], null],
    ['?steps=1_000', [], null],
    ['?time=Infinity', [], null],
    ['?lr=', [], null],
  ];

  it.each(CASES)('%s', (search, notices, config) => {
    const url = readSearch(search);
    expect(url.notices).toEqual(notices);
    const r = validateEn(url.raw);
    if (config === null) {
      expect(r.config).toBeNull();
      expect(Object.keys(r.errors)).toHaveLength(1);
    } else {
      expect(r.errors).toEqual({});
      expect(r.config).toEqual({ ...DEFAULT_CONFIG, ...config });
    }
  });

  it('says why a number is refused', () => {
    const error = (search: string) => Object.values(validateEn(rawFromSearch(search)).errors)[0];
    expect(error('?seed=0x10')).toMatch(/decimal digits/);
    expect(error('?steps=1_000')).toMatch(/without digit separators/);
    expect(error('?time=Infinity')).toMatch(/must be a number/);
    expect(error('?lr=')).toMatch(/required/);
  });

  it('keeps an unknown task for the task field to report, with the default task’s fields', () => {
    const url = readSearch('?task=chess&ctx=3&lr=0.5');
    expect(url.notices).toEqual([]);
    expect(url.raw).toEqual({
      ...toRaw(DEFAULT_CONFIG),
      task: 'chess',
      context: '3',
      learningRate: '0.5',
    });
    expect(Object.keys(validateEn(url.raw).errors)).toEqual(['task']);
  });

  it('reads a known backend', () => {
    expect(backendFromSearch('?backend=cpu')).toBe('cpu');
    expect(backendFromSearch('?backend=webgpu&lr=1')).toBe('webgpu');
    expect(backendFromSearch('?backend=auto')).toBe('auto');
    expect(searchFromConfig(DEFAULT_CONFIG, 'auto')).toBe('?backend=auto');
    expect(backendFromSearch('?backend=cuda')).toBeUndefined();
    expect(backendFromSearch('')).toBeUndefined();
  });

  it('suggests only keys that are close', () => {
    expect(suggestKey('Seed')).toBe('seed');
    expect(suggestKey('batch-size')).toBe('bs');
    expect(suggestKey('x')).toBeNull();
    expect(suggestKey('zzzzzz')).toBeNull();
    expect(suggestKey('')).toBeNull();
  });
});

describe('the language in the URL', () => {
  it('reads lang=de and lang=en as the language, with no notice', () => {
    expect(readSearch('?lang=de')).toMatchObject({ lang: 'de', notices: [] });
    expect(readSearch('?lr=0.5&lang=en')).toMatchObject({ lang: 'en', notices: [] });
    expect(readSearch('?lang=de').raw).toEqual(readSearch('').raw);
    expect(readSearch('').lang).toBeUndefined();
  });

  it('ignores a language the page does not speak, with a notice that suggests the one it names', () => {
    const notice = (search: string) => readSearch(search).notices;
    expect(readSearch('?lang=fr')).toMatchObject({
      lang: undefined,
      notices: [{ kind: 'unknownLang', value: 'fr', suggestion: null }],
    });
    expect(notice('?lang=de-AT')).toEqual([
      { kind: 'unknownLang', value: 'de-AT', suggestion: 'de' },
    ]);
    expect(notice('?lang=DE')).toEqual([{ kind: 'unknownLang', value: 'DE', suggestion: 'de' }]);
    expect(notice('?lang=')).toEqual([{ kind: 'unknownLang', value: '', suggestion: null }]);
  });

  it('uses the first of repeated lang keys and reports the others', () => {
    const url = readSearch('?lang=de&lang=en');
    expect(url.lang).toBe('de');
    expect(url.notices).toEqual([
      { kind: 'repeatedKey', key: 'lang', used: 'de', ignored: ['en'] },
    ]);
  });

  it('suggests lang for a misspelt key', () => {
    expect(suggestKey('Lang')).toBe('lang');
    expect(suggestKey('lng')).toBe('lang');
  });

  it('writes the language into a link, which reads it back', () => {
    const config = { ...DEFAULT_CONFIG, learningRate: 0.25 };
    const search = searchFromConfig(config, 'cpu', 'de');
    expect(new URLSearchParams(search).get('lang')).toBe('de');
    const back = readSearch(search);
    expect(back).toMatchObject({ lang: 'de', backend: 'cpu', notices: [] });
    expect(validateEn(back.raw).config).toEqual(config);
    expect(searchFromConfig(DEFAULT_CONFIG)).toBe('');
  });
});

describe('lecture mode in the URL', () => {
  it('reads present=1 as on and present=0 or no key as off, with no notice', () => {
    expect(readSearch('?present=1')).toMatchObject({ present: true, notices: [] });
    expect(readSearch('?lr=0.5&present=0')).toMatchObject({ present: false, notices: [] });
    expect(readSearch('').present).toBe(false);
    expect(readSearch('?present=1').raw).toEqual(readSearch('').raw);
  });

  it('ignores another value with a notice that suggests the one it meant', () => {
    expect(readSearch('?present=true')).toMatchObject({
      present: false,
      notices: [{ kind: 'badPresent', value: 'true', suggestion: '1' }],
    });
    expect(readSearch('?present=off').notices).toEqual([
      { kind: 'badPresent', value: 'off', suggestion: '0' },
    ]);
    expect(readSearch('?present=2').notices).toEqual([
      { kind: 'badPresent', value: '2', suggestion: null },
    ]);
    expect(suggestKey('Present')).toBe('present');
  });

  it('writes present=1 into a link beside the language, which reads both back', () => {
    const search = searchFromConfig(DEFAULT_CONFIG, undefined, 'de', true);
    expect(readSearch(search)).toMatchObject({ present: true, lang: 'de', notices: [] });
    expect(searchFromConfig(DEFAULT_CONFIG, undefined, undefined, false)).toBe('');
  });
});

describe('the scenario in the URL', () => {
  it('reads scenario=<id> with no notice, and names an unknown one', () => {
    expect(readSearch('?init=zeros&scenario=zerosInit')).toMatchObject({
      scenario: 'zerosInit',
      notices: [],
    });
    expect(readSearch('?scenario=zeros')).toMatchObject({
      scenario: undefined,
      notices: [{ kind: 'unknownScenario', value: 'zeros' }],
    });
    expect(readSearch('').scenario).toBeUndefined();
  });

  it('writes the scenario into a link, which reads it back', () => {
    const search = searchFromConfig(DEFAULT_CONFIG, undefined, undefined, true, 'lrTooLow');
    expect(readSearch(search)).toMatchObject({ scenario: 'lrTooLow', present: true, notices: [] });
  });
});
