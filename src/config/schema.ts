/**
 * The hyperparameters of a run, declared once.
 *
 * Every sidebar control, its default, its validation, its URL key and (later) the config
 * file format are derived from {@link FIELDS}. Validation uses zod, built from the same
 * declarations, so a value the sidebar accepts is exactly a value the engine accepts.
 */
import { z } from 'zod';

export const DATASETS = ['circles', 'spiral', 'xor', 'gaussians'] as const;
export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export const INITIALIZERS = ['glorot', 'he', 'normal', 'zeros'] as const;
export const OPTIMIZERS = ['adam', 'sgd', 'momentum', 'rmsprop'] as const;
export const SWITCHES = ['on', 'off'] as const;

export type DatasetId = (typeof DATASETS)[number];
export type Activation = (typeof ACTIVATIONS)[number];
export type InitializerId = (typeof INITIALIZERS)[number];
export type OptimizerId = (typeof OPTIMIZERS)[number];
export type Switch = (typeof SWITCHES)[number];

/** How a change to a field reaches a run that already exists. */
export type Applies = 'live' | 'reset';

export type FieldGroup = 'Data' | 'Model' | 'Optimizer' | 'Run';

interface FieldBase<K extends string> {
  key: K;
  label: string;
  group: FieldGroup;
  /** Short key used in the page URL. */
  url: string;
  applies: Applies;
  unit?: string;
}

export interface NumberField<K extends string = string> extends FieldBase<K> {
  kind: 'number' | 'integer';
  default: number;
  schema: z.ZodNumber;
  step?: number;
}

export interface SelectField<K extends string = string> extends FieldBase<K> {
  kind: 'select';
  default: string;
  options: readonly { value: string; label: string }[];
  schema: z.ZodType<string>;
}

export type Field = NumberField | SelectField;

const num = (label: string) => z.number({ error: `${label} must be a number.` });
const int = (label: string) => num(label).int({ error: `${label} must be a whole number.` });

function select<const T extends readonly string[]>(values: T, labels: Record<T[number], string>) {
  return {
    options: values.map((value: T[number]) => ({ value, label: labels[value] })),
    schema: z.enum(values as unknown as [T[number], ...T[number][]], {
      error: `Choose one of: ${values.join(', ')}.`,
    }),
  };
}

/** The sidebar, top to bottom. */
export const FIELDS = [
  {
    key: 'dataset',
    label: 'Dataset',
    group: 'Data',
    url: 'data',
    applies: 'reset',
    kind: 'select',
    default: 'circles',
    ...select(DATASETS, {
      circles: 'Two circles',
      spiral: 'Spiral',
      xor: 'XOR',
      gaussians: 'Two Gaussians',
    }),
  },
  {
    key: 'noise',
    label: 'Noise',
    group: 'Data',
    url: 'noise',
    applies: 'reset',
    kind: 'number',
    default: 0.1,
    step: 0.05,
    schema: num('Noise')
      .min(0, { error: 'Noise cannot be negative.' })
      .max(1, { error: 'Noise above 1 hides the pattern completely; use at most 1.' }),
  },
  {
    key: 'points',
    label: 'Points',
    group: 'Data',
    url: 'n',
    applies: 'reset',
    kind: 'integer',
    default: 400,
    step: 50,
    schema: int('Points')
      .min(20, { error: 'Use at least 20 points.' })
      .max(20_000, { error: 'At most 20,000 points fit comfortably in a browser tab.' }),
  },
  {
    key: 'validationSplit',
    label: 'Validation split',
    group: 'Data',
    url: 'val',
    applies: 'reset',
    kind: 'number',
    default: 0.2,
    step: 0.05,
    schema: num('Validation split')
      .min(0.05, { error: 'Keep at least 5% of the points for validation.' })
      .max(0.5, { error: 'Keep at least half of the points for training (at most 0.5).' }),
  },
  {
    key: 'hiddenLayers',
    label: 'Hidden layers',
    group: 'Model',
    url: 'layers',
    applies: 'reset',
    kind: 'integer',
    default: 2,
    schema: int('Hidden layers')
      .min(0, { error: 'Hidden layers cannot be negative.' })
      .max(8, { error: 'At most 8 hidden layers.' }),
  },
  {
    key: 'units',
    label: 'Units per layer',
    group: 'Model',
    url: 'units',
    applies: 'reset',
    kind: 'integer',
    default: 8,
    schema: int('Units per layer')
      .min(1, { error: 'A layer needs at least 1 unit.' })
      .max(256, { error: 'At most 256 units per layer.' }),
  },
  {
    key: 'activation',
    label: 'Activation',
    group: 'Model',
    url: 'act',
    applies: 'reset',
    kind: 'select',
    default: 'tanh',
    ...select(ACTIVATIONS, { tanh: 'tanh', relu: 'ReLU', sigmoid: 'sigmoid', linear: 'linear' }),
  },
  {
    key: 'initializer',
    label: 'Initializer',
    group: 'Model',
    url: 'init',
    applies: 'reset',
    kind: 'select',
    default: 'glorot',
    ...select(INITIALIZERS, {
      glorot: 'Glorot / Xavier uniform',
      he: 'He normal',
      normal: 'Small random normal (σ = 0.01)',
      zeros: 'Zeros',
    }),
  },
  {
    key: 'optimizer',
    label: 'Optimizer',
    group: 'Optimizer',
    url: 'opt',
    applies: 'reset',
    kind: 'select',
    default: 'adam',
    ...select(OPTIMIZERS, {
      adam: 'Adam',
      sgd: 'SGD',
      momentum: 'SGD with momentum (0.9)',
      rmsprop: 'RMSprop',
    }),
  },
  {
    key: 'learningRate',
    label: 'Learning rate',
    group: 'Optimizer',
    url: 'lr',
    applies: 'live',
    kind: 'number',
    default: 0.03,
    step: 0.001,
    schema: num('Learning rate')
      .gt(0, { error: 'The learning rate must be greater than 0.' })
      .max(10, { error: 'A learning rate above 10 diverges at once; use at most 10.' }),
  },
  {
    key: 'batchSize',
    label: 'Batch size',
    group: 'Optimizer',
    url: 'bs',
    applies: 'reset',
    kind: 'integer',
    default: 32,
    schema: int('Batch size')
      .min(1, { error: 'The batch size must be at least 1.' })
      .max(4096, { error: 'At most 4,096 examples per batch.' }),
  },
  {
    key: 'maxSteps',
    label: 'Max steps',
    group: 'Run',
    url: 'steps',
    applies: 'live',
    kind: 'integer',
    default: 3000,
    schema: int('Max steps')
      .min(1, { error: 'Max steps must be at least 1.' })
      .max(1_000_000, { error: 'At most 1,000,000 steps.' }),
  },
  {
    key: 'maxEpochs',
    label: 'Max epochs',
    group: 'Run',
    url: 'epochs',
    applies: 'live',
    kind: 'integer',
    default: 500,
    schema: int('Max epochs')
      .min(1, { error: 'Max epochs must be at least 1.' })
      .max(100_000, { error: 'At most 100,000 epochs.' }),
  },
  {
    key: 'targetValLoss',
    label: 'Target validation loss',
    group: 'Run',
    url: 'target',
    applies: 'live',
    kind: 'number',
    default: 0,
    step: 0.01,
    schema: num('Target validation loss').min(0, {
      error: 'The target cannot be negative (0 turns it off).',
    }),
  },
  {
    key: 'evalInterval',
    label: 'Evaluation interval',
    group: 'Run',
    url: 'eval',
    applies: 'live',
    kind: 'integer',
    unit: 'steps',
    default: 25,
    schema: int('Evaluation interval')
      .min(1, { error: 'Evaluate at least every step (1).' })
      .max(100_000, { error: 'At most every 100,000 steps.' }),
  },
  {
    key: 'checkpointInterval',
    label: 'Checkpoint interval',
    group: 'Run',
    url: 'ckpt',
    applies: 'live',
    kind: 'integer',
    unit: 'steps',
    default: 250,
    schema: int('Checkpoint interval')
      .min(1, { error: 'Save at most every step (1).' })
      .max(1_000_000, { error: 'At most every 1,000,000 steps.' }),
  },
  {
    key: 'earlyStopping',
    label: 'Early stopping',
    group: 'Run',
    url: 'es',
    applies: 'live',
    kind: 'select',
    default: 'on',
    ...select(SWITCHES, { on: 'On (monitor validation loss)', off: 'Off' }),
  },
  {
    key: 'patience',
    label: 'Early-stopping patience',
    group: 'Run',
    url: 'patience',
    applies: 'live',
    kind: 'integer',
    unit: 'evaluations',
    default: 20,
    schema: int('Patience')
      .min(0, { error: 'Patience cannot be negative.' })
      .max(10_000, { error: 'At most 10,000 evaluations.' }),
  },
  {
    key: 'readbackInterval',
    label: 'Loss read-back interval',
    group: 'Run',
    url: 'readback',
    applies: 'live',
    kind: 'integer',
    unit: 'steps',
    default: 10,
    schema: int('Read-back interval')
      .min(1, { error: 'Read the loss back at least every step (1).' })
      .max(1000, { error: 'At most every 1,000 steps.' }),
  },
  {
    key: 'seed',
    label: 'Seed',
    group: 'Run',
    url: 'seed',
    applies: 'reset',
    kind: 'integer',
    default: 42,
    schema: int('Seed')
      .min(1, { error: 'The seed must be at least 1.' })
      .max(2_147_483_647, { error: 'The seed must be below 2^31.' }),
  },
] as const satisfies readonly Field[];

export type FieldKey = (typeof FIELDS)[number]['key'];

type ValueOf<F> = F extends { kind: 'select'; options: readonly { value: infer V }[] } ? V : number;

/** A complete, valid configuration of a run. Immutable by convention. */
export type LabConfig = { readonly [F in (typeof FIELDS)[number] as F['key']]: ValueOf<F> };

export const FIELD_BY_KEY: Record<FieldKey, Field> = Object.fromEntries(
  FIELDS.map((f) => [f.key, f]),
) as Record<FieldKey, Field>;

export const DEFAULT_CONFIG: LabConfig = Object.fromEntries(
  FIELDS.map((f) => [f.key, f.default]),
) as unknown as LabConfig;

/** Number of training examples once the validation split is taken out. */
export function trainSize(points: number, validationSplit: number): number {
  return points - Math.round(points * validationSplit);
}

/** The whole config as one zod schema, with the checks that involve several fields. */
export const configSchema = z
  .object(
    Object.fromEntries(FIELDS.map((f) => [f.key, f.schema])) as unknown as Record<
      FieldKey,
      z.ZodType
    >,
  )
  .superRefine((c, ctx) => {
    const n = trainSize(c.points as number, c.validationSplit as number);
    if ((c.batchSize as number) > n) {
      ctx.addIssue({
        code: 'custom',
        path: ['batchSize'],
        message: `The batch size (${c.batchSize}) is larger than the training set (${n} points).`,
      });
    }
  });

export type FieldErrors = Partial<Record<FieldKey, string>>;
export type RawConfig = Record<FieldKey, string>;

export function toRaw(config: LabConfig): RawConfig {
  return Object.fromEntries(FIELDS.map((f) => [f.key, String(config[f.key])])) as RawConfig;
}

/** Turns one field's text into a typed value, or says what is wrong with it. */
export function parseField(
  field: Field,
  raw: string,
): { ok: true; value: number | string } | { ok: false; message: string } {
  const text = raw.trim();
  if (field.kind === 'select') {
    const r = field.schema.safeParse(text);
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, message: r.error.issues[0].message };
  }
  if (text === '') return { ok: false, message: `${field.label} is required.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `${field.label} must be a number.` };
  const r = field.schema.safeParse(value);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, message: r.error.issues[0].message };
}

/**
 * Validates the raw text of every field. Returns the config when all is valid, and a
 * message per field that is not (field errors first, then the checks across fields).
 */
export function validate(raw: RawConfig): { config: LabConfig | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: Record<string, number | string> = {};
  for (const f of FIELDS) {
    const r = parseField(f, raw[f.key] ?? '');
    if (r.ok) values[f.key] = r.value;
    else errors[f.key] = r.message;
  }
  if (Object.keys(errors).length > 0) return { config: null, errors };
  const r = configSchema.safeParse(values);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = issue.path[0] as FieldKey;
      errors[key] ??= issue.message;
    }
    return { config: null, errors };
  }
  return { config: r.data as unknown as LabConfig, errors };
}

/** Which fields differ between two configs and need a new model to take effect. */
export function resetFieldsChanged(a: LabConfig, b: LabConfig): FieldKey[] {
  return FIELDS.filter((f) => f.applies === 'reset' && a[f.key] !== b[f.key]).map((f) => f.key);
}
