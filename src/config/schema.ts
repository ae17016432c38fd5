/**
 * The hyperparameters of a run, declared once.
 *
 * Every sidebar control, its default, its validation, its URL key and (later) the config
 * file format are derived from {@link FIELDS}. Validation uses zod, built from the same
 * declarations, so a value the sidebar accepts is exactly a value the engine accepts.
 */
import { int, num, select } from './field-kit';
import { parseNumberText } from './number-text';
import {
  ACCUMULATION_FIELDS,
  DATA_PARALLEL_FIELDS,
  DATA_PIPELINE_FIELDS,
  GRAD_CHECKPOINT_FIELDS,
  OPTIMIZER_OPTION_FIELDS,
  TECHNIQUE_FIELDS,
} from './technique-fields';
import { z } from './zod';

export const TASK_IDS = ['classify2d', 'mnist', 'regress1d', 'names', 'table'] as const;
export const DATASETS = ['circles', 'spiral', 'xor', 'gaussians'] as const;
export const FUNCTIONS = ['sine', 'step', 'polynomial'] as const;
/**
 * The MNIST digits a run trains and is evaluated on: all ten, or only 0–4 (the model keeps
 * its ten outputs: a narrower task to fine-tune a ten-digit run on).
 */
export const DIGIT_SETS = ['all', 'lower'] as const;
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
export type DigitSetId = (typeof DIGIT_SETS)[number];
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

/** The unit a field's value is counted in, when it has one. */
export type FieldUnit = 'seconds' | 'ms' | 'steps' | 'evaluations' | 'micro-batches';

/**
 * What is wrong with a field's value, as an id and the numbers it names: the page says it in
 * its language (src/content, `validation`). `min` and `max` are the field's own bounds, each
 * with the field's own sentence; the others are the same for every field or name their values.
 */
export type FieldIssue =
  /** Nothing written; not a number; another base ("0x10"); digit separators ("1_000"). */
  | { id: 'required' | 'notANumber' | 'notation' | 'separator' }
  /** A number with a fraction where a whole number is needed. */
  | { id: 'wholeNumber' }
  /** Below the field's lower bound, or above its upper bound. */
  | { id: 'min' | 'max' }
  /** Not one of a select field's values. */
  | { id: 'choose'; values: readonly string[] }
  /** Not the id of a stored data set (16 hexadecimal digits). */
  | { id: 'dataId' }
  /** The batch holds more examples than the training set. */
  | { id: 'batchTooLarge'; batchSize: number; examples: number }
  /** A model the task does not offer. */
  | { id: 'modelNotOffered'; models: readonly string[] }
  /** The effective batch (batch size × micro-batches) holds more examples than the training set. */
  | {
      id: 'effectiveBatchTooLarge';
      batchSize: number;
      accumulation: number;
      effective: number;
      examples: number;
      /** The most micro-batches that fit. */
      most: number;
    }
  /**
   * A batch that does not split evenly over the data-parallel workers; `below` and `above`
   * are the nearest batch sizes that do (`below` 0 when there is none).
   */
  | { id: 'workersSplit'; batchSize: number; workers: number; below: number; above: number }
  /** A warm-up not shorter than the run's planned steps. */
  | { id: 'warmupTooLong'; warmupSteps: number; total: number }
  /** A minimum learning rate above the learning rate. */
  | { id: 'lrMinAboveRate'; lrMin: number; learningRate: number }
  /** A one-cycle rise shorter than one step. */
  | { id: 'riseUnderOneStep'; pctStart: number; total: number }
  /** AdamW's decay factor 1 − learning rate × weight decay at or below 0. */
  | { id: 'decayErases'; factor: number; limit: number }
  /** Gradient checkpointing chosen for a model other than the plain MLP. */
  | { id: 'checkpointMlpOnly' }
  /** A transformer's embedding size that the heads do not divide. */
  | { id: 'headsSplit'; embedding: number }
  /** val_accuracy chosen for a regression. */
  | { id: 'noAccuracy' }
  /** An accuracy target, baseline or divergence threshold above 1. */
  | { id: 'accuracyTarget' | 'accuracyBaseline' | 'accuracyDivergence' };

export type FieldIssueId = FieldIssue['id'];

interface FieldBase<K extends string> {
  key: K;
  label: string;
  group: FieldGroup;
  /** Short key used in the page URL. */
  url: string;
  applies: Applies;
  unit?: FieldUnit;
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
export const CHOICE_KEYS = [
  'optimizer',
  'lrSchedule',
  'clipping',
  'precision',
  'lossScaling',
] as const;
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
    key: 'digits',
    label: 'Digits',
    group: 'Data',
    url: 'digits',
    applies: 'reset',
    tasks: ['mnist'],
    kind: 'select',
    default: 'all',
    ...select(DIGIT_SETS, {
      all: 'All ten (0–9)',
      lower: 'Only 0–4',
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
    schema: z.string().regex(/^([0-9a-f]{16})?$/, { error: 'dataId' }),
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
    schema: num().min(0, { error: 'min' }).max(1, { error: 'max' }),
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
    schema: int().min(20, { error: 'min' }).max(20_000, { error: 'max' }),
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
    schema: num().min(0.05, { error: 'min' }).max(0.5, { error: 'max' }),
  },
  ...DATA_PIPELINE_FIELDS,
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
    schema: int().min(0, { error: 'min' }).max(8, { error: 'max' }),
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
    schema: int().min(1, { error: 'min' }).max(256, { error: 'max' }),
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
    schema: int().min(1, { error: 'min' }).max(16, { error: 'max' }),
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
    schema: int().min(2, { error: 'min' }).max(128, { error: 'max' }),
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
    schema: int().min(1, { error: 'min' }).max(8, { error: 'max' }),
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
    schema: int().min(1, { error: 'min' }).max(4, { error: 'max' }),
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
    schema: num().min(0.05, { error: 'min' }).max(5, { error: 'max' }),
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
    schema: num().gt(0, { error: 'min' }).max(10, { error: 'max' }),
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
    schema: int().min(1, { error: 'min' }).max(4096, { error: 'max' }),
  },
  ...ACCUMULATION_FIELDS,
  ...DATA_PARALLEL_FIELDS,
  ...GRAD_CHECKPOINT_FIELDS,
  ...TECHNIQUE_FIELDS,
  {
    key: 'maxSteps',
    label: 'Max steps',
    group: 'Run',
    url: 'steps',
    applies: 'live',
    kind: 'integer',
    default: 3000,
    schema: int().min(1, { error: 'min' }).max(1_000_000, { error: 'max' }),
  },
  {
    key: 'maxEpochs',
    label: 'Max epochs',
    group: 'Run',
    url: 'epochs',
    applies: 'live',
    kind: 'integer',
    default: 500,
    schema: int().min(1, { error: 'min' }).max(100_000, { error: 'max' }),
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
    schema: num().min(0, { error: 'min' }).max(1_000_000, { error: 'max' }),
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
    schema: num().min(0, { error: 'min' }),
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
    schema: int().min(1, { error: 'min' }).max(100_000, { error: 'max' }),
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
    schema: int().min(1, { error: 'min' }).max(1_000_000, { error: 'max' }),
  },
  {
    key: 'keepCheckpoints',
    label: 'Checkpoints kept',
    group: 'Run',
    url: 'keep',
    applies: 'live',
    kind: 'integer',
    default: 3,
    schema: int().min(1, { error: 'min' }).max(50, { error: 'max' }),
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
    schema: num().min(0, { error: 'min' }).max(1000, { error: 'max' }),
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
    schema: int().min(0, { error: 'min' }).max(10_000, { error: 'max' }),
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
    schema: num().min(0, { error: 'min' }),
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
    schema: num().min(0, { error: 'min' }),
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
    schema: int().min(1, { error: 'min' }).max(1000, { error: 'max' }),
  },
  {
    key: 'seed',
    label: 'Seed',
    group: 'Run',
    url: 'seed',
    applies: 'reset',
    kind: 'integer',
    default: 42,
    schema: int().min(1, { error: 'min' }).max(2_147_483_647, { error: 'max' }),
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
    const c0 = c as unknown as LabConfig;
    const issues: [FieldKey, FieldIssue][] = [
      ...batchIssues(c0),
      ...techniqueIssues(c0),
      ...modelIssues(c0),
      ...stoppingIssues(c0),
    ];
    for (const [path, issue] of issues)
      ctx.addIssue({ code: 'custom', path: [path], message: issue.id, params: { issue } });
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

/**
 * A batch, and the effective batch of accumulated micro-batches, must fit in the training set,
 * and the batch must split evenly over the data-parallel workers.
 */
function batchIssues(c: LabConfig): [FieldKey, FieldIssue][] {
  const n = trainExamples(c);
  if (c.batchSize > n)
    return [['batchSize', { id: 'batchTooLarge', batchSize: c.batchSize, examples: n }]];
  const effective = c.batchSize * c.accumulation;
  if (effective > n)
    return [
      [
        'accumulation',
        {
          id: 'effectiveBatchTooLarge',
          batchSize: c.batchSize,
          accumulation: c.accumulation,
          effective,
          examples: n,
          most: Math.floor(n / c.batchSize),
        },
      ],
    ];
  // Every worker's shard holds batch size / workers examples (DDP's per-worker batch).
  if (c.batchSize % c.workers !== 0) {
    const below = c.batchSize - (c.batchSize % c.workers);
    return [
      [
        'workers',
        {
          id: 'workersSplit',
          batchSize: c.batchSize,
          workers: c.workers,
          below,
          above: below + c.workers,
        },
      ],
    ];
  }
  return [];
}

/** The checks between the techniques' fields and the run's length and learning rate. */
function techniqueIssues(c: LabConfig): [FieldKey, FieldIssue][] {
  const issues: [FieldKey, FieldIssue][] = [];
  const total = plannedSteps(c);
  const applies = (key: FieldKey) => fieldApplies(FIELD_BY_KEY[key], c.task, c.model, c);
  if (applies('warmupSteps') && c.warmupSteps >= total)
    issues.push(['warmupSteps', { id: 'warmupTooLong', warmupSteps: c.warmupSteps, total }]);
  if (applies('lrMin') && c.lrMin > c.learningRate)
    issues.push(['lrMin', { id: 'lrMinAboveRate', lrMin: c.lrMin, learningRate: c.learningRate }]);
  if (applies('lrPctStart') && c.lrPctStart * total < 1)
    issues.push(['lrPctStart', { id: 'riseUnderOneStep', pctStart: c.lrPctStart, total }]);
  if (c.optimizer === 'adamw' && c.learningRate * c.weightDecay >= 1)
    issues.push([
      'weightDecay',
      {
        id: 'decayErases',
        factor: 1 - c.learningRate * c.weightDecay,
        limit: 1 / c.learningRate,
      },
    ]);
  return issues;
}

/** The model must be one the task offers, and a transformer's width must split into heads. */
/** True when the config trains the plain MLP (models/mlp.ts), the model with checkpointing. */
export function hasPlainMlp(c: Pick<LabConfig, 'task' | 'model'>): boolean {
  if (c.task === 'names') return false;
  return c.task !== 'mnist' || c.model === 'mlp';
}

function modelIssues(c: LabConfig): [FieldKey, FieldIssue][] {
  const offered = MODELS_OF[c.task];
  if (offered && !offered.includes(c.model))
    return [['model', { id: 'modelNotOffered', models: offered }]];
  if (c.task === 'names' && c.model === 'transformer' && c.embedding % c.heads !== 0)
    return [['heads', { id: 'headsSplit', embedding: c.embedding }]];
  if (c.gradCheckpoint === 'on' && !hasPlainMlp(c))
    return [['gradCheckpoint', { id: 'checkpointMlpOnly' }]];
  return [];
}

/** The checks between the stopping criteria's fields: accuracies are fractions, and exist. */
function stoppingIssues(c: LabConfig): [FieldKey, FieldIssue][] {
  const issues: [FieldKey, FieldIssue][] = [];
  // A regression's targets are numbers, so it has a loss but no accuracy.
  const noAccuracy = c.task === 'regress1d';
  for (const key of ['targetMetric', 'monitor'] as const) {
    if (noAccuracy && c[key] === 'val_accuracy') issues.push([key, { id: 'noAccuracy' }]);
  }
  if (c.targetMetric === 'val_accuracy' && c.target > 1)
    issues.push(['target', { id: 'accuracyTarget' }]);
  if (c.monitor === 'val_accuracy') {
    if (c.baseline > 1) issues.push(['baseline', { id: 'accuracyBaseline' }]);
    if (c.divergenceThreshold > 1)
      issues.push(['divergenceThreshold', { id: 'accuracyDivergence' }]);
  }
  return issues;
}

/** What is wrong with each field that is not valid. */
export type FieldErrors = Partial<Record<FieldKey, FieldIssue>>;
export type RawConfig = Record<FieldKey, string>;

export function toRaw(config: LabConfig): RawConfig {
  return Object.fromEntries(FIELDS.map((f) => [f.key, String(config[f.key])])) as RawConfig;
}

/** The issue of a field's text that is not a plain decimal number, by its problem. */
const NUMBER_ISSUES = {
  empty: 'required',
  notANumber: 'notANumber',
  notation: 'notation',
  separator: 'separator',
} as const;

/** The issue of a field's zod check, whose error is the issue's id (see FIELDS). */
function checkIssue(field: Field, id: string): FieldIssue {
  if (id === 'choose' && field.kind === 'select')
    return { id, values: field.options.map((o) => o.value) };
  if (id === 'min' || id === 'max' || id === 'wholeNumber' || id === 'dataId') return { id };
  return { id: 'notANumber' };
}

/**
 * Turns one field's text into a typed value, or says what is wrong with it. Numbers follow
 * the one syntax of numbers in text ({@link parseNumberText}): decimal, spaces around ignored.
 */
export function parseField(
  field: Field,
  raw: string,
): { ok: true; value: number | string } | { ok: false; issue: FieldIssue } {
  const text = raw.trim();
  if (field.kind === 'select' || field.kind === 'text') {
    const r = field.schema.safeParse(text);
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, issue: checkIssue(field, r.error.issues[0].message) };
  }
  const n = parseNumberText(text);
  if (!n.ok) return { ok: false, issue: { id: NUMBER_ISSUES[n.problem] } };
  const r = field.schema.safeParse(n.value);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issue: checkIssue(field, r.error.issues[0].message) };
}

/**
 * The field and {@link FieldIssue} of one issue of {@link configSchema} (whose messages are
 * issue ids), or null when it names no field (a config that is not an object at all).
 */
export function fieldIssueOf(
  zodIssue: z.ZodError['issues'][number],
): { key: FieldKey; issue: FieldIssue } | null {
  const key = zodIssue.path[0];
  if (typeof key !== 'string' || !(key in FIELD_BY_KEY)) return null;
  const own =
    zodIssue.code === 'custom' ? (zodIssue.params?.issue as FieldIssue | undefined) : undefined;
  return {
    key: key as FieldKey,
    issue: own ?? checkIssue(FIELD_BY_KEY[key as FieldKey], zodIssue.message),
  };
}

/**
 * Validates the raw text of the fields that apply to its task and model ({@link fieldAppliesTo}).
 * Returns the config when all is valid, and an issue per field that is not (field errors
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
    else errors[f.key] = r.issue;
  }
  if (Object.keys(errors).length > 0) return { config: null, errors };
  const r = configSchema.safeParse(values);
  if (!r.success) {
    for (const zodIssue of r.error.issues) {
      const found = fieldIssueOf(zodIssue);
      if (found) errors[found.key] ??= found.issue;
    }
    return { config: null, errors };
  }
  return { config: r.data as unknown as LabConfig, errors };
}

/** Which fields differ between two configs and need a new model to take effect. */
export function resetFieldsChanged(a: LabConfig, b: LabConfig): FieldKey[] {
  return FIELDS.filter((f) => f.applies === 'reset' && a[f.key] !== b[f.key]).map((f) => f.key);
}
