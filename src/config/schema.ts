/**
 * The hyperparameters of a run, declared once.
 *
 * Every sidebar control, its default, its validation, its URL key and (later) the config
 * file format are derived from {@link FIELDS}. Validation uses zod, built from the same
 * declarations, so a value the sidebar accepts is exactly a value the engine accepts.
 */
import { int, num, select } from './field-kit';
import { parseNumberText } from './number-text';
import { ACCUMULATION_FIELDS, OPTIMIZER_OPTION_FIELDS, TECHNIQUE_FIELDS } from './technique-fields';
import { z } from './zod';

export const TASK_IDS = ['classify2d', 'mnist', 'regress1d', 'names', 'table'] as const;
export const DATASETS = ['circles', 'spiral', 'xor', 'gaussians'] as const;
export const FUNCTIONS = ['sine', 'step', 'polynomial'] as const;
/** Model families; each task offers some of them (see MODELS_OF). */
export const MODELS = ['mlp', 'cnn', 'transformer'] as const;
export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export const INITIALIZERS = ['glorot', 'he', 'normal', 'zeros'] as const;
export const OPTIMIZERS = ['adam', 'sgd', 'momentum', 'rmsprop', 'adamw'] as const;
export const SWITCHES = ['on', 'off'] as const;
/** Metrics a stopping criterion can watch, named as Keras logs them. */
export const MONITORS = ['val_loss', 'val_accuracy'] as const;
/** Early stopping's direction: Keras's 'auto' minimises a loss and maximises an accuracy. */
export const MODES = ['auto', 'min', 'max'] as const;

export type TaskId = (typeof TASK_IDS)[number];
export type DatasetId = (typeof DATASETS)[number];
export type FunctionId = (typeof FUNCTIONS)[number];
export type ModelId = (typeof MODELS)[number];
export type Activation = (typeof ACTIVATIONS)[number];
export type InitializerId = (typeof INITIALIZERS)[number];
export type OptimizerId = (typeof OPTIMIZERS)[number];
export type Switch = (typeof SWITCHES)[number];
export type MonitorId = (typeof MONITORS)[number];
export type ModeId = (typeof MODES)[number];

/** How a change to a field reaches a run that already exists. */
export type Applies = 'live' | 'reset';

export type FieldGroup = 'Data' | 'Model' | 'Optimizer' | 'Schedule' | 'Gradients' | 'Run';

interface FieldBase<K extends string> {
  key: K;
  label: string;
  group: FieldGroup;
  /** Short key used in the page URL. */
  url: string;
  applies: Applies;
  unit?: string;
  /** The tasks the field applies to (all when absent); the sidebar shows it only for them. */
  tasks?: readonly TaskId[];
  /** For a task with a model choice: the models the field applies to (all when absent). */
  models?: readonly ModelId[];
  /** Defaults that differ by task; a task's URL leaves them out like any default. */
  taskDefaults?: Partial<Record<TaskId, number | string>>;
  /**
   * The choices of other select fields the field applies to, e.g. `{ lrSchedule: ['step'] }`
   * (every choice when absent); every entry must hold. See {@link fieldApplies}.
   */
  when?: Partial<Record<ChoiceKey, readonly string[]>>;
}

/** The select fields whose choice decides whether other fields apply (see `when`). */
export const CHOICE_KEYS = ['optimizer', 'lrSchedule', 'clipping'] as const;
export type ChoiceKey = (typeof CHOICE_KEYS)[number];

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

/** Text set by the page rather than typed, e.g. the id of a loaded data set. */
export interface TextField<K extends string = string> extends FieldBase<K> {
  kind: 'text';
  default: string;
  schema: z.ZodType<string>;
}

export type Field = NumberField | SelectField | TextField;

/** The sidebar, top to bottom. */
export const FIELDS = [
  {
    key: 'task',
    label: 'Task',
    group: 'Data',
    url: 'task',
    applies: 'reset',
    kind: 'select',
    default: 'classify2d',
    ...select(TASK_IDS, {
      classify2d: 'Points in the plane (2 classes)',
      mnist: 'Handwritten digits (MNIST)',
      regress1d: 'Curve fitting (regression)',
      names: 'Names (character-level language model)',
      table: 'Your own data (CSV or drawn points)',
    }),
  },
  {
    key: 'dataset',
    label: 'Dataset',
    group: 'Data',
    url: 'data',
    applies: 'reset',
    tasks: ['classify2d'],
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
    key: 'function',
    label: 'Function',
    group: 'Data',
    url: 'fn',
    applies: 'reset',
    tasks: ['regress1d'],
    kind: 'select',
    default: 'sine',
    ...select(FUNCTIONS, {
      sine: 'Noisy sine: sin(3x)',
      step: 'Step: sign(x)',
      polynomial: 'Polynomial: x³ − x',
    }),
  },
  {
    key: 'dataId',
    label: 'Data set',
    group: 'Data',
    url: 'dataid',
    applies: 'reset',
    tasks: ['table'],
    kind: 'text',
    // Empty: the example (Fisher's iris) until a file is loaded or points are drawn.
    default: '',
    schema: z.string().regex(/^([0-9a-f]{16})?$/, {
      error: 'A data set id is 16 hexadecimal digits: load a CSV file or draw points instead.',
    }),
  },
  {
    key: 'noise',
    label: 'Noise',
    group: 'Data',
    url: 'noise',
    applies: 'reset',
    tasks: ['classify2d', 'regress1d'],
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
    tasks: ['classify2d', 'regress1d'],
    taskDefaults: { regress1d: 200 },
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
    taskDefaults: { mnist: 0.1, names: 0.1 },
    kind: 'number',
    default: 0.2,
    step: 0.05,
    schema: num('Validation split')
      .min(0.05, { error: 'Keep at least 5% of the points for validation.' })
      .max(0.5, { error: 'Keep at least half of the points for training (at most 0.5).' }),
  },
  {
    key: 'model',
    label: 'Model',
    group: 'Model',
    url: 'model',
    applies: 'reset',
    tasks: ['mnist', 'names'],
    taskDefaults: { mnist: 'mlp', names: 'mlp' },
    kind: 'select',
    default: 'mlp',
    ...select(MODELS, {
      mlp: 'MLP (dense layers)',
      cnn: 'CNN (two 5×5 convolutions)',
      transformer: 'Transformer (causal self-attention)',
    }),
  },
  {
    key: 'hiddenLayers',
    label: 'Hidden layers',
    group: 'Model',
    url: 'layers',
    applies: 'reset',
    models: ['mlp'],
    taskDefaults: { mnist: 1, names: 1 },
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
    models: ['mlp'],
    taskDefaults: { mnist: 128, regress1d: 16, names: 64 },
    kind: 'integer',
    default: 8,
    schema: int('Units per layer')
      .min(1, { error: 'A layer needs at least 1 unit.' })
      .max(256, { error: 'At most 256 units per layer.' }),
  },
  {
    key: 'context',
    label: 'Context (characters)',
    group: 'Model',
    url: 'ctx',
    applies: 'reset',
    tasks: ['names'],
    kind: 'integer',
    default: 5,
    schema: int('Context')
      .min(1, { error: 'The model needs at least 1 character of context.' })
      .max(16, { error: 'At most 16 characters of context (the longest names have 15).' }),
  },
  {
    key: 'embedding',
    label: 'Embedding size',
    group: 'Model',
    url: 'emb',
    applies: 'reset',
    tasks: ['names'],
    kind: 'integer',
    default: 16,
    schema: int('Embedding size')
      .min(2, { error: 'Use at least 2 numbers per character.' })
      .max(128, { error: 'At most 128 numbers per character.' }),
  },
  {
    key: 'heads',
    label: 'Attention heads',
    group: 'Model',
    url: 'heads',
    applies: 'reset',
    tasks: ['names'],
    models: ['transformer'],
    kind: 'integer',
    default: 2,
    schema: int('Attention heads')
      .min(1, { error: 'Attention needs at least 1 head.' })
      .max(8, { error: 'At most 8 heads.' }),
  },
  {
    key: 'blocks',
    label: 'Transformer blocks',
    group: 'Model',
    url: 'blocks',
    applies: 'reset',
    tasks: ['names'],
    models: ['transformer'],
    kind: 'integer',
    default: 1,
    schema: int('Transformer blocks')
      .min(1, { error: 'The transformer needs at least 1 block.' })
      .max(4, { error: 'At most 4 blocks train in reasonable time in a browser.' }),
  },
  {
    key: 'temperature',
    label: 'Sampling temperature',
    group: 'Model',
    url: 'temp',
    applies: 'live',
    tasks: ['names'],
    kind: 'number',
    default: 1,
    step: 0.1,
    schema: num('Sampling temperature')
      .min(0.05, {
        error: 'Use a temperature of at least 0.05 (lower is almost always the top choice).',
      })
      .max(5, { error: 'At most 5 (above it, samples are nearly uniform letters).' }),
  },
  {
    key: 'activation',
    label: 'Activation',
    group: 'Model',
    url: 'act',
    applies: 'reset',
    taskDefaults: { mnist: 'relu' },
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
    taskDefaults: { mnist: 'he' },
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
      adamw: 'AdamW (decoupled weight decay)',
    }),
  },
  ...OPTIMIZER_OPTION_FIELDS,
  {
    key: 'learningRate',
    label: 'Learning rate',
    group: 'Optimizer',
    url: 'lr',
    applies: 'live',
    taskDefaults: { mnist: 0.001, regress1d: 0.01, names: 0.01 },
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
    taskDefaults: { mnist: 64, names: 64 },
    kind: 'integer',
    default: 32,
    schema: int('Batch size')
      .min(1, { error: 'The batch size must be at least 1.' })
      .max(4096, { error: 'At most 4,096 examples per batch.' }),
  },
  ...ACCUMULATION_FIELDS,
  ...TECHNIQUE_FIELDS,
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
    key: 'maxTime',
    label: 'Max time',
    group: 'Run',
    url: 'time',
    applies: 'live',
    kind: 'number',
    unit: 'seconds',
    default: 0,
    step: 10,
    schema: num('Max time')
      .min(0, { error: 'The max training time cannot be negative (0 turns it off).' })
      .max(1_000_000, { error: 'At most 1,000,000 seconds (about 11 days).' }),
  },
  {
    key: 'targetMetric',
    label: 'Target metric',
    group: 'Run',
    url: 'tmetric',
    applies: 'live',
    kind: 'select',
    default: 'val_loss',
    ...select(MONITORS, {
      val_loss: 'val_loss: stop at or below the target',
      val_accuracy: 'val_accuracy: stop at or above the target',
    }),
  },
  {
    key: 'target',
    label: 'Target',
    group: 'Run',
    url: 'target',
    applies: 'live',
    kind: 'number',
    default: 0,
    step: 0.01,
    schema: num('Target').min(0, {
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
    key: 'keepCheckpoints',
    label: 'Checkpoints kept',
    group: 'Run',
    url: 'keep',
    applies: 'live',
    kind: 'integer',
    default: 3,
    schema: int('Checkpoints kept')
      .min(1, { error: 'Keep at least 1 checkpoint (the latest).' })
      .max(50, { error: 'Keep at most 50 checkpoints.' }),
  },
  {
    key: 'autoResume',
    label: 'Auto-resume after a fault',
    group: 'Run',
    url: 'resume',
    applies: 'live',
    kind: 'select',
    default: 'on',
    ...select(SWITCHES, { on: 'On: restart from the last checkpoint', off: 'Off: stop' }),
  },
  {
    key: 'earlyStopping',
    label: 'Early stopping',
    group: 'Run',
    url: 'es',
    applies: 'live',
    kind: 'select',
    default: 'on',
    ...select(SWITCHES, { on: 'On', off: 'Off' }),
  },
  {
    key: 'monitor',
    label: 'Early-stopping monitor',
    group: 'Run',
    url: 'monitor',
    applies: 'live',
    kind: 'select',
    default: 'val_loss',
    ...select(MONITORS, { val_loss: 'val_loss', val_accuracy: 'val_accuracy' }),
  },
  {
    key: 'mode',
    label: 'Early-stopping mode',
    group: 'Run',
    url: 'mode',
    applies: 'live',
    kind: 'select',
    default: 'auto',
    ...select(MODES, {
      auto: 'auto (loss: min, accuracy: max)',
      min: 'min: lower is better',
      max: 'max: higher is better',
    }),
  },
  {
    key: 'minDelta',
    label: 'Early-stopping min delta',
    group: 'Run',
    url: 'mindelta',
    applies: 'live',
    kind: 'number',
    default: 0,
    step: 0.001,
    schema: num('Min delta')
      .min(0, { error: 'Min delta cannot be negative (0 counts any improvement).' })
      .max(1000, {
        error: 'A min delta above 1,000 never sees an improvement; use at most 1,000.',
      }),
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
    key: 'baseline',
    label: 'Early-stopping baseline',
    group: 'Run',
    url: 'baseline',
    applies: 'live',
    kind: 'number',
    default: 0,
    step: 0.01,
    schema: num('Baseline').min(0, {
      error: 'The baseline cannot be negative (0 turns it off).',
    }),
  },
  {
    key: 'restoreBest',
    label: 'Restore best weights',
    group: 'Run',
    url: 'restore',
    applies: 'live',
    kind: 'select',
    default: 'off',
    ...select(SWITCHES, {
      on: 'On: early stopping goes back to the best evaluation',
      off: 'Off: keep the last weights',
    }),
  },
  {
    key: 'divergenceThreshold',
    label: 'Divergence threshold',
    group: 'Run',
    url: 'diverge',
    applies: 'live',
    kind: 'number',
    default: 0,
    step: 0.5,
    schema: num('Divergence threshold').min(0, {
      error: 'The divergence threshold cannot be negative (0 turns it off).',
    }),
  },
  {
    key: 'stopOnNonFinite',
    label: 'Stop on NaN or Inf',
    group: 'Run',
    url: 'nan',
    applies: 'live',
    kind: 'select',
    default: 'on',
    ...select(SWITCHES, { on: 'On: stop when the loss is NaN or ±∞', off: 'Off: keep going' }),
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

type ValueOf<F> = F extends { kind: 'select'; options: readonly { value: infer V }[] }
  ? V
  : F extends { kind: 'text' }
    ? string
    : number;

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

/** MNIST digits that training and validation share; a fixed 1,000 more are the test set. */
export const MNIST_TRAIN_VAL = 9000;

/**
 * A lower bound on the (context → next character) pairs of the names that training and
 * validation share (8,403 names, 90% of them, at least 2 pairs each; really about 53,000).
 */
export const NAMES_TRAIN_VAL_PAIRS = 15_000;

/** Examples split into training and validation: generated points, or a task's fixed pool. */
export function examplesOf(task: TaskId, points: number): number {
  if (task === 'mnist') return MNIST_TRAIN_VAL;
  if (task === 'names') return NAMES_TRAIN_VAL_PAIRS;
  return points;
}

/**
 * Whether a field applies to (and is shown for) a task, the model chosen for it, and the
 * choices of the select fields its `when` names (a schedule's parameters apply to that
 * schedule only). The one place that decides: the sidebar shows, validation checks and the
 * URL carries exactly these. Without `choices`, or for a choice that is not one of its field's
 * options (which that field then reports), `when` is not consulted.
 */
export function fieldApplies(
  field: Field,
  task: TaskId,
  model?: string,
  choices?: Partial<Record<string, string | number>>,
): boolean {
  if (field.tasks && !field.tasks.includes(task)) return false;
  const modelled = FIELD_BY_KEY.model.tasks?.includes(task) ?? false;
  if (modelled && field.models && !field.models.includes(model as ModelId)) return false;
  for (const [key, values] of Object.entries(field.when ?? {})) {
    const chosen = choices?.[key];
    if (chosen === undefined) continue;
    const control = FIELD_BY_KEY[key as FieldKey] as SelectField;
    const known = control.options.some((o) => o.value === String(chosen));
    if (known && !values.includes(String(chosen))) return false;
  }
  return true;
}

/** The task a raw config names, or null when its text is not a known task. */
export function rawTask(raw: Pick<RawConfig, 'task'>): TaskId | null {
  return (TASK_IDS as readonly string[]).includes(raw.task) ? (raw.task as TaskId) : null;
}

/**
 * {@link fieldApplies} for the task and model a raw config names. While the task is not a
 * known one every field applies (the sidebar shows them all, and the task field its error).
 */
export function fieldAppliesTo(field: Field, raw: RawConfig): boolean {
  const task = rawTask(raw);
  return task === null || fieldApplies(field, task, raw.model, raw);
}

/** The models each task with a model choice offers. */
export const MODELS_OF: Partial<Record<TaskId, readonly ModelId[]>> = {
  mnist: ['mlp', 'cnn'],
  names: ['mlp', 'transformer'],
};

/** The options of a select field that a task offers (only the model field varies). */
export function optionsFor(field: SelectField, task: TaskId): SelectField['options'] {
  const allowed = field.key === 'model' ? MODELS_OF[task] : undefined;
  return allowed
    ? field.options.filter((o) => allowed.includes(o.value as ModelId))
    : field.options;
}

/** A field's default for a task: its task-specific default, or its general one. */
export function defaultFor(field: Field, task: TaskId): number | string {
  return field.taskDefaults?.[task] ?? field.default;
}

/** The default config of a task. */
export function taskDefaults(task: TaskId): LabConfig {
  return Object.fromEntries(
    FIELDS.map((f) => [f.key, f.key === 'task' ? task : defaultFor(f, task)]),
  ) as unknown as LabConfig;
}

/**
 * The raw sidebar values after choosing another task: the fields whose defaults depend on
 * the task take the new task's defaults (a digit classifier wants other sizes than a 2-D one).
 */
export function switchTask(raw: RawConfig, task: TaskId): RawConfig {
  const next: RawConfig = { ...raw, task };
  for (const f of FIELDS as readonly Field[]) {
    if (f.taskDefaults) next[f.key as FieldKey] = String(defaultFor(f, task));
  }
  return next;
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
    for (const [path, message] of batchIssues(c as unknown as LabConfig)) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
    for (const [path, message] of techniqueIssues(c as unknown as LabConfig)) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
    for (const [path, message] of modelIssues(c as unknown as LabConfig)) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
    for (const [path, message] of stoppingIssues(c as unknown as LabConfig)) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
  });

/** The training examples of a config (after the validation split). */
export function trainExamples(c: Pick<LabConfig, 'task' | 'points' | 'validationSplit'>): number {
  return trainSize(examplesOf(c.task, c.points), c.validationSplit);
}

/**
 * The optimizer steps a run plans, as far as the config knows: max steps, or max epochs ×
 * optimizer steps per epoch when that is fewer. An epoch is ⌈training examples / (batch size ×
 * accumulation)⌉ optimizer steps; a names run's examples are {@link NAMES_TRAIN_VAL_PAIRS}, a
 * lower bound, so its estimate is low. This is T of the learning-rate schedules (config/schedules.ts).
 */
export function plannedSteps(
  c: Pick<
    LabConfig,
    'task' | 'points' | 'validationSplit' | 'batchSize' | 'accumulation' | 'maxSteps' | 'maxEpochs'
  >,
): number {
  const perEpoch = Math.max(1, Math.ceil(trainExamples(c) / (c.batchSize * c.accumulation)));
  return Math.max(1, Math.min(c.maxSteps, c.maxEpochs * perEpoch));
}

/** A batch, and the effective batch of accumulated micro-batches, must fit in the training set. */
function batchIssues(c: LabConfig): [FieldKey, string][] {
  const n = trainExamples(c);
  if (c.batchSize > n)
    return [
      [
        'batchSize',
        `The batch size (${c.batchSize}) is larger than the training set (${n} examples).`,
      ],
    ];
  const effective = c.batchSize * c.accumulation;
  if (effective > n)
    return [
      [
        'accumulation',
        `The effective batch (batch size ${c.batchSize} × ${c.accumulation} micro-batches = ${effective}) is larger than the training set (${n} examples): accumulate at most ${Math.floor(n / c.batchSize)}.`,
      ],
    ];
  return [];
}

/** The checks between the techniques' fields and the run's length and learning rate. */
function techniqueIssues(c: LabConfig): [FieldKey, string][] {
  const issues: [FieldKey, string][] = [];
  const total = plannedSteps(c);
  const applies = (key: FieldKey) => fieldApplies(FIELD_BY_KEY[key], c.task, c.model, c);
  if (applies('warmupSteps') && c.warmupSteps >= total)
    issues.push([
      'warmupSteps',
      `The warm-up (${c.warmupSteps} steps) is not shorter than the run (${total} planned steps): use fewer warm-up steps, or more steps.`,
    ]);
  if (applies('lrMin') && c.lrMin > c.learningRate)
    issues.push([
      'lrMin',
      `The minimum learning rate (${c.lrMin}) is above the learning rate (${c.learningRate}): the schedule would raise it. Use at most the learning rate.`,
    ]);
  if (applies('lrPctStart') && c.lrPctStart * total < 1)
    issues.push([
      'lrPctStart',
      `The rise takes ${c.lrPctStart} × ${total} planned steps, less than one step: use a larger share or more steps.`,
    ]);
  if (c.optimizer === 'adamw' && c.learningRate * c.weightDecay >= 1)
    issues.push([
      'weightDecay',
      `AdamW multiplies the weights by 1 − learning rate × weight decay = ${1 - c.learningRate * c.weightDecay} each step, which erases them: use a weight decay below ${1 / c.learningRate}.`,
    ]);
  return issues;
}

/** The model must be one the task offers, and a transformer's width must split into heads. */
function modelIssues(c: LabConfig): [FieldKey, string][] {
  const offered = MODELS_OF[c.task];
  if (offered && !offered.includes(c.model))
    return [['model', `This task offers: ${offered.join(', ')}.`]];
  if (c.task === 'names' && c.model === 'transformer' && c.embedding % c.heads !== 0)
    return [
      [
        'heads',
        `The embedding size (${c.embedding}) must split evenly into the heads: use a divisor of it.`,
      ],
    ];
  return [];
}

/** The checks between the stopping criteria's fields: accuracies are fractions, and exist. */
function stoppingIssues(c: LabConfig): [FieldKey, string][] {
  const issues: [FieldKey, string][] = [];
  // A regression's targets are numbers, so it has a loss but no accuracy.
  const noAccuracy = c.task === 'regress1d';
  for (const key of ['targetMetric', 'monitor'] as const) {
    if (noAccuracy && c[key] === 'val_accuracy')
      issues.push([key, 'A regression has no accuracy: use val_loss.']);
  }
  if (c.targetMetric === 'val_accuracy' && c.target > 1)
    issues.push(['target', 'An accuracy target is a fraction: use at most 1 (e.g. 0.95).']);
  if (c.monitor === 'val_accuracy') {
    if (c.baseline > 1)
      issues.push(['baseline', 'An accuracy baseline is a fraction: use at most 1 (e.g. 0.8).']);
    if (c.divergenceThreshold > 1)
      issues.push([
        'divergenceThreshold',
        'With val_accuracy monitored, the run stops when accuracy falls below this: use at most 1.',
      ]);
  }
  return issues;
}

export type FieldErrors = Partial<Record<FieldKey, string>>;
export type RawConfig = Record<FieldKey, string>;

export function toRaw(config: LabConfig): RawConfig {
  return Object.fromEntries(FIELDS.map((f) => [f.key, String(config[f.key])])) as RawConfig;
}

/** What a field's text that is not a plain decimal number is told, by its problem. */
const NUMBER_MESSAGES = {
  empty: (label: string) => `${label} is required.`,
  notANumber: (label: string) => `${label} must be a number.`,
  notation: (label: string) =>
    `${label} must be written in decimal digits (e.g. 16, not 0x10, 0o20 or 0b10000).`,
  separator: (label: string) =>
    `${label} must be written without digit separators (e.g. 1000, not 1_000 or 1,000).`,
};

/**
 * Turns one field's text into a typed value, or says what is wrong with it. Numbers follow
 * the one syntax of numbers in text ({@link parseNumberText}): decimal, spaces around ignored.
 */
export function parseField(
  field: Field,
  raw: string,
): { ok: true; value: number | string } | { ok: false; message: string } {
  const text = raw.trim();
  if (field.kind === 'select' || field.kind === 'text') {
    const r = field.schema.safeParse(text);
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, message: r.error.issues[0].message };
  }
  const n = parseNumberText(text);
  if (!n.ok) return { ok: false, message: NUMBER_MESSAGES[n.problem](field.label) };
  const r = field.schema.safeParse(n.value);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, message: r.error.issues[0].message };
}

/**
 * Validates the raw text of the fields that apply to its task and model ({@link fieldAppliesTo}).
 * Returns the config when all is valid, and a message per field that is not (field errors
 * first, then the checks across fields). A field that does not apply keeps its value when
 * that is valid and otherwise takes its task's default: a hidden field never blocks a run.
 */
export function validate(raw: RawConfig): { config: LabConfig | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: Record<string, number | string> = {};
  const task = rawTask(raw);
  for (const f of FIELDS) {
    const r = parseField(f, raw[f.key] ?? '');
    if (r.ok) values[f.key] = r.value;
    else if (task !== null && !fieldAppliesTo(f, raw)) values[f.key] = defaultFor(f, task);
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
