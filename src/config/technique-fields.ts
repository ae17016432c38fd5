/**
 * The sidebar fields of the techniques that make real runs efficient: the optimizer's
 * variants (Nesterov momentum, weight decay), learning-rate schedules, gradient accumulation,
 * gradient clipping and mixed precision with loss scaling. schema.ts splices them into
 * FIELDS; each is declared once here (control, default, validation, URL key, live or reset).
 *
 * Every default reproduces a run without the technique: no decay, a constant learning rate,
 * one micro-batch, no clipping, fp32. So a link or checkpoint written before these fields
 * existed reads back as exactly the run it was (the checkpoint migration fills missing fields
 * with their defaults).
 *
 * Live or reset: the learning-rate schedule, weight decay and clipping act on each optimizer
 * step and keep no state of their own, so they apply live from the next step (as changing a
 * PyTorch param_group or a clip value between steps does). Accumulation changes how many
 * examples an optimizer step sees, so it needs a reset like the batch size it multiplies;
 * precision and the loss scaler's settings are fixed when a run is built (PyTorch's autocast
 * and GradScaler, Lightning's Trainer `precision`), and a reset keeps the before/after
 * comparison clean. Nesterov is part of the optimizer, which is chosen at a reset.
 */
import { int, num, select } from './field-kit';
import type { Field } from './schema';

export const SCHEDULES = [
  'constant',
  'step',
  'exponential',
  'cosine',
  'warmupCosine',
  'oneCycle',
  'plateau',
] as const;
export const CLIPPINGS = ['off', 'norm', 'value'] as const;
export const PRECISIONS = ['fp32', 'fp16', 'bf16'] as const;
export const LOSS_SCALINGS = ['dynamic', 'off'] as const;

export type LrScheduleId = (typeof SCHEDULES)[number];
export type ClippingId = (typeof CLIPPINGS)[number];
export type PrecisionId = (typeof PRECISIONS)[number];
export type LossScalingId = (typeof LOSS_SCALINGS)[number];

/** The optimizer's own options, shown right after the optimizer. */
export const OPTIMIZER_OPTION_FIELDS = [
  {
    key: 'nesterov',
    label: 'Nesterov momentum',
    group: 'Optimizer',
    url: 'nesterov',
    applies: 'reset',
    when: { optimizer: ['momentum'] },
    kind: 'select',
    default: 'off',
    ...select(['off', 'on'] as const, {
      off: 'Off: classical momentum',
      on: 'On: Nesterov (look ahead)',
    }),
  },
  {
    key: 'weightDecay',
    label: 'Weight decay',
    group: 'Optimizer',
    url: 'wd',
    applies: 'live',
    kind: 'number',
    default: 0,
    step: 0.0001,
    schema: num().min(0, { error: 'min' }).max(1, { error: 'max' }),
  },
] as const satisfies readonly Field[];

/** Gradient accumulation, shown after the batch size it multiplies. */
export const ACCUMULATION_FIELDS = [
  {
    key: 'accumulation',
    label: 'Gradient accumulation',
    group: 'Optimizer',
    url: 'accum',
    applies: 'reset',
    unit: 'micro-batches',
    kind: 'integer',
    default: 1,
    schema: int().min(1, { error: 'min' }).max(64, { error: 'max' }),
  },
] as const satisfies readonly Field[];

/**
 * Data parallelism, simulated (PyTorch DistributedDataParallel): each step's batch is split
 * into this many shards, one per worker, and the workers' gradients are averaged before the
 * one update. The batch size is the global batch and must split evenly over the workers
 * (checked in schema.ts). 1 is plain single-device training. Needs a reset, like the batch.
 */
export const DATA_PARALLEL_FIELDS = [
  {
    key: 'workers',
    label: 'Workers (data parallel)',
    group: 'Optimizer',
    url: 'workers',
    applies: 'reset',
    kind: 'integer',
    default: 1,
    schema: int().min(1, { error: 'min' }).max(8, { error: 'max' }),
  },
] as const satisfies readonly Field[];

/**
 * Gradient checkpointing (PyTorch `torch.utils.checkpoint`, Chen et al. 2016): the training
 * pass keeps only the outputs of groups of ⌈√L⌉ hidden layers and recomputes the rest during
 * backward, trading one extra forward pass for the activations' memory. Only the plain MLP
 * has it (checked in schema.ts); off trains exactly as before. Fixed when the model is built,
 * so it needs a reset.
 */
export const GRAD_CHECKPOINT_FIELDS = [
  {
    key: 'gradCheckpoint',
    label: 'Gradient checkpointing',
    group: 'Gradients',
    url: 'gc',
    applies: 'reset',
    kind: 'select',
    default: 'off',
    ...select(['off', 'on'] as const, {
      off: 'Off: keep every activation',
      on: 'On: recompute in backward',
    }),
  },
] as const satisfies readonly Field[];

const schedule = (...kinds: LrScheduleId[]) => ({ lrSchedule: kinds });

/** The learning-rate schedule with its parameters, then clipping and precision. */
export const TECHNIQUE_FIELDS = [
  {
    key: 'lrSchedule',
    label: 'Learning-rate schedule',
    group: 'Schedule',
    url: 'sched',
    applies: 'live',
    kind: 'select',
    default: 'constant',
    ...select(SCHEDULES, {
      constant: 'Constant',
      step: 'Step decay (StepLR)',
      exponential: 'Exponential decay',
      cosine: 'Cosine annealing',
      warmupCosine: 'Linear warm-up, then cosine',
      oneCycle: 'One-cycle',
      plateau: 'Reduce on plateau',
    }),
  },
  {
    key: 'warmupSteps',
    label: 'Warm-up steps',
    group: 'Schedule',
    url: 'warmup',
    applies: 'live',
    when: schedule('warmupCosine'),
    unit: 'steps',
    kind: 'integer',
    default: 100,
    schema: int().min(0, { error: 'min' }).max(1_000_000, { error: 'max' }),
  },
  {
    key: 'lrStepSize',
    label: 'Step size',
    group: 'Schedule',
    url: 'lrstep',
    applies: 'live',
    when: schedule('step'),
    unit: 'steps',
    kind: 'integer',
    default: 100,
    schema: int().min(1, { error: 'min' }).max(1_000_000, { error: 'max' }),
  },
  {
    key: 'lrGamma',
    label: 'Gamma (factor per step size)',
    group: 'Schedule',
    url: 'gamma',
    applies: 'live',
    when: schedule('step'),
    kind: 'number',
    default: 0.1,
    step: 0.05,
    schema: num().gt(0, { error: 'min' }).max(1, { error: 'max' }),
  },
  {
    key: 'lrDecaySteps',
    label: 'Decay steps',
    group: 'Schedule',
    url: 'decaysteps',
    applies: 'live',
    when: schedule('exponential'),
    unit: 'steps',
    kind: 'integer',
    default: 100,
    schema: int().min(1, { error: 'min' }).max(1_000_000, { error: 'max' }),
  },
  {
    key: 'lrDecayRate',
    label: 'Decay rate (per decay steps)',
    group: 'Schedule',
    url: 'decay',
    applies: 'live',
    when: schedule('exponential'),
    kind: 'number',
    default: 0.96,
    step: 0.01,
    schema: num().gt(0, { error: 'min' }).max(1, { error: 'max' }),
  },
  {
    key: 'lrPctStart',
    label: 'Rising share of the cycle',
    group: 'Schedule',
    url: 'pct',
    applies: 'live',
    when: schedule('oneCycle'),
    kind: 'number',
    default: 0.3,
    step: 0.05,
    schema: num().gt(0, { error: 'min' }).lt(1, { error: 'max' }),
  },
  {
    key: 'lrDivFactor',
    label: 'Start divisor',
    group: 'Schedule',
    url: 'div',
    applies: 'live',
    when: schedule('oneCycle'),
    kind: 'number',
    default: 25,
    step: 1,
    schema: num().min(1, { error: 'min' }).max(10_000, { error: 'max' }),
  },
  {
    key: 'plateauFactor',
    label: 'Plateau factor',
    group: 'Schedule',
    url: 'pfactor',
    applies: 'live',
    when: schedule('plateau'),
    kind: 'number',
    default: 0.1,
    step: 0.05,
    schema: num().gt(0, { error: 'min' }).lt(1, { error: 'max' }),
  },
  {
    key: 'plateauPatience',
    label: 'Plateau patience',
    group: 'Schedule',
    url: 'ppatience',
    applies: 'live',
    when: schedule('plateau'),
    unit: 'evaluations',
    kind: 'integer',
    default: 10,
    schema: int().min(0, { error: 'min' }).max(10_000, { error: 'max' }),
  },
  {
    key: 'plateauCooldown',
    label: 'Plateau cooldown',
    group: 'Schedule',
    url: 'pcooldown',
    applies: 'live',
    when: schedule('plateau'),
    unit: 'evaluations',
    kind: 'integer',
    default: 0,
    schema: int().min(0, { error: 'min' }).max(10_000, { error: 'max' }),
  },
  {
    key: 'lrMin',
    label: 'Minimum learning rate',
    group: 'Schedule',
    url: 'lrmin',
    applies: 'live',
    when: schedule('cosine', 'warmupCosine', 'plateau'),
    kind: 'number',
    default: 0,
    step: 0.0001,
    schema: num().min(0, { error: 'min' }),
  },
  {
    key: 'clipping',
    label: 'Gradient clipping',
    group: 'Gradients',
    url: 'clip',
    applies: 'live',
    kind: 'select',
    default: 'off',
    ...select(CLIPPINGS, {
      off: 'Off',
      norm: 'By global norm',
      value: 'By value (each element)',
    }),
  },
  {
    key: 'clipNorm',
    label: 'Max gradient norm',
    group: 'Gradients',
    url: 'clipnorm',
    applies: 'live',
    when: { clipping: ['norm'] },
    kind: 'number',
    default: 1,
    step: 0.1,
    schema: num().gt(0, { error: 'min' }).max(1e6, { error: 'max' }),
  },
  {
    key: 'clipValue',
    label: 'Max gradient value',
    group: 'Gradients',
    url: 'clipval',
    applies: 'live',
    when: { clipping: ['value'] },
    kind: 'number',
    default: 1,
    step: 0.1,
    schema: num().gt(0, { error: 'min' }).max(1e6, { error: 'max' }),
  },
  {
    key: 'precision',
    label: 'Precision',
    group: 'Gradients',
    url: 'prec',
    applies: 'reset',
    kind: 'select',
    default: 'fp32',
    ...select(PRECISIONS, {
      fp32: 'fp32 (full precision)',
      fp16: 'fp16 mixed precision (simulated)',
      bf16: 'bf16 mixed precision (simulated)',
    }),
  },
  {
    key: 'lossScaling',
    label: 'Loss scaling',
    group: 'Gradients',
    url: 'lscale',
    applies: 'reset',
    when: { precision: ['fp16'] },
    kind: 'select',
    default: 'dynamic',
    ...select(LOSS_SCALINGS, {
      dynamic: 'Dynamic (GradScaler)',
      off: 'Off',
    }),
  },
  {
    key: 'initScale',
    label: 'Initial loss scale',
    group: 'Gradients',
    url: 'scale0',
    applies: 'reset',
    when: { precision: ['fp16'], lossScaling: ['dynamic'] },
    kind: 'number',
    default: 65536,
    step: 1024,
    schema: num()
      .gt(0, { error: 'min' })
      .max(2 ** 32, { error: 'max' }),
  },
  {
    key: 'growthInterval',
    label: 'Scale growth interval',
    group: 'Gradients',
    url: 'growth',
    applies: 'reset',
    when: { precision: ['fp16'], lossScaling: ['dynamic'] },
    unit: 'steps',
    kind: 'integer',
    default: 2000,
    schema: int().min(1, { error: 'min' }).max(1_000_000, { error: 'max' }),
  },
] as const satisfies readonly Field[];

/**
 * The data pipeline (`engine/data-pipeline/`): a simulated loading latency per batch, in ms (a
 * slow disk or network: the worker really waits that long while producing each batch), and
 * prefetching (tf.data's `prefetch(n)`, PyTorch DataLoader's `prefetch_factor`): off, the step
 * waits for its batch to be loaded; with a depth of 1 or 2 batches, the next batches are
 * loaded while the current step runs. Both change only when the batches arrive, never which
 * batches (the same content in the same order), so both apply live. 0 and off are the step
 * without a pipeline.
 */
export const PREFETCHES = ['off', '1', '2'] as const;
export type PrefetchId = (typeof PREFETCHES)[number];

export const DATA_PIPELINE_FIELDS = [
  {
    key: 'loadLatency',
    label: 'Loading latency per batch',
    group: 'Data',
    url: 'latency',
    applies: 'live',
    unit: 'ms',
    kind: 'integer',
    default: 0,
    step: 10,
    schema: int().min(0, { error: 'min' }).max(2000, { error: 'max' }),
  },
  {
    key: 'prefetch',
    label: 'Prefetch',
    group: 'Data',
    url: 'prefetch',
    applies: 'live',
    kind: 'select',
    default: 'off',
    ...select(PREFETCHES, {
      off: 'Off: each step waits for its batch',
      '1': 'On: 1 batch ahead',
      '2': 'On: 2 batches ahead',
    }),
  },
] as const satisfies readonly Field[];
