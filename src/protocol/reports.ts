/**
 * What each phase really computed, as plain data (numbers and typed arrays, never tensors).
 * One report type per phase, discriminated by `phase`.
 */
import type { InitializerId, OptimizerId } from '../config/schema';
import type { FineTunePlan } from '../data/fine-tune';
import type { MetricLogData } from './metric-log';
import type { PhaseId } from './phases';
import type { CriterionState, StopReason } from './stopping';

export type { CriterionId, CriterionState, StopReason } from './stopping';

/** A histogram with equal-width bins between `min` and `max`. */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

/** A parameter tensor (weights or biases) of one layer, with its values row-major. */
export interface ParamValues {
  name: string;
  layer: number;
  shape: number[];
  values: Float32Array;
}

export interface InitializationReport {
  phase: 'initialization';
  /** The initialization scheme, by the config's id (the page names it and its formula). */
  scheme: InitializerId;
  totalParams: number;
  layers: {
    name: string;
    shape: number[];
    params: number;
    weightHistogram: Histogram;
    /** Standard deviation of the initial weights, and what the scheme aimed for. */
    std: number;
    targetStd: number;
    /** True when all units of this layer start identical (the symmetry problem). */
    identicalUnits: boolean;
  }[];
  weights: ParamValues[];
  /** A fine-tuning run: which layers came from run `fromRun`'s checkpoint at `step`. */
  transfer?: TransferReport | null;
}

/** Where a fine-tuned model's layers came from (src/data/fine-tune.ts's rule). */
export interface TransferReport {
  fromRun: string;
  /** The parent's step the copied weights were saved at. */
  step: number;
  plan: FineTunePlan;
}

/**
 * Where a step-mode phase stands among the step's micro-batches (gradient accumulation):
 * micro-batch `microBatch` of `accumulate`, each of `batchSize` examples, so the update sees
 * an effective batch of `batchSize × accumulate` examples (fewer at an epoch's end).
 */
export interface MicroBatchPosition {
  microBatch: number;
  accumulate: number;
  batchSize: number;
}

/** What gradient clipping did to a step's gradients (PyTorch clip_grad_norm_ / clip_grad_value_). */
export interface ClipReport {
  kind: 'norm' | 'value';
  /** The largest global norm, or the largest magnitude of an entry, in gradient units. */
  max: number;
  /** Global L2 norm ‖g‖₂ over all parameters before and after clipping. */
  normBefore: number;
  normAfter: number;
  /** The factor the global norm was scaled by (1: not clipped). */
  factor: number;
  /** By value: the share of gradient entries that were clamped, in [0, 1]; null by norm. */
  clippedShare: number | null;
}

export interface DataReport {
  phase: 'data';
  /** Set in step mode: which micro-batch of the step this batch is. */
  position?: MicroBatchPosition;
  epoch: number;
  batchIndex: number;
  batchesPerEpoch: number;
  batchSize: number;
  /** True when this batch started a new epoch, so the order was reshuffled. */
  shuffled: boolean;
  /** Indices into the training set of the examples in this batch. */
  indices: Int32Array;
  /** The first examples of the batch: inputs and labels (target values for a regression). */
  sampleInputs: Float32Array;
  sampleLabels: Int32Array | Float32Array;
  inputSize: number;
  /** The data pipeline's stages as step mode measured them for this batch. */
  pipeline?: DataPipelineReport;
}

/**
 * One batch through the data pipeline (engine/data-pipeline/), measured with the worker's
 * `performance.now()`, in ms: the epoch's reshuffle (0 within an epoch), the loading latency as
 * really waited, and gathering the batch's rows into one tensor (the time to issue it; the
 * device runs it with the step).
 */
export interface DataPipelineReport {
  /** The configured loading latency per batch, ms. */
  latencyMs: number;
  /** Batches loaded ahead: 0 (prefetching off), 1 or 2. */
  prefetch: number;
  shuffleMs: number;
  loadMs: number;
  batchMs: number;
}

export interface ForwardReport {
  phase: 'forward';
  /** Number of examples shown (the first of the batch). */
  examples: number;
  labels: Int32Array | Float32Array;
  inputs: Float32Array;
  /**
   * Each hidden layer's activations, examples × units; `shape` is one example's shape
   * (e.g. [24, 24, 8] for the feature maps of a convolution, [units] for a dense layer).
   */
  layers: {
    name: string;
    units: number;
    shape: number[];
    activation: string;
    values: Float32Array;
  }[];
  /** Output probabilities, examples × classes; for a regression (classes 0) the predictions. */
  probabilities: Float32Array;
  classes: number;
  /** A transformer's attention weights per block: examples × heads × size × size. */
  attention?: { block: number; heads: number; size: number; values: Float32Array }[];
}

/**
 * The loss a task minimises, by id (the page names it): softmax cross-entropy, cross-entropy
 * per character in nats, mean squared error, or that of a standardized target.
 */
export type LossNameId = 'crossEntropy' | 'crossEntropyPerChar' | 'mse' | 'mseStandardized';

export interface LossReport {
  phase: 'loss';
  lossName: LossNameId;
  perExample: Float32Array;
  labels: Int32Array | Float32Array;
  /** Probability the model gave to each example's true class (empty for a regression). */
  trueClassProbability: Float32Array;
  /** A regression's predicted values, one per example. */
  predictions?: Float32Array;
  mean: number;
}

export interface BackwardReport {
  phase: 'backward';
  /** ∂L/∂θ per parameter, unscaled (divided by the loss scale under mixed precision). */
  grads: (ParamValues & { norm: number })[];
  globalNorm: number;
  loss: number;
  /** Set in step mode: which micro-batch of the step these gradients were added for. */
  position?: MicroBatchPosition;
  /**
   * Set in step mode: the global norm ‖Σ g‖₂ of the step's running gradient sum after each of
   * its micro-batches so far (the last equals `globalNorm`).
   */
  sumNorms?: number[];
  precision: BackwardPrecision;
  /** With data-parallel workers (N > 1): each worker's shard and the all-reduce. */
  dataParallel?: DataParallelReport;
}

/**
 * Data parallelism in the backward phase (engine/training/data-parallel.ts, PyTorch DDP): each
 * worker's shard of the batch with its local loss and gradient norm, and the all-reduce that
 * averaged their gradients.
 */
export interface DataParallelReport {
  replicas: {
    /** 1-based worker number. */
    worker: number;
    /** The shard: positions [from, to) in the batch (the data panel's order). */
    from: number;
    to: number;
    /** Mean loss over the shard (NaN for an empty shard). */
    loss: number;
    /** ‖∂L_w/∂θ‖₂ of the worker's own mean loss, all parameters (0 for an empty shard). */
    gradNorm: number;
  }[];
  allReduce: {
    workers: number;
    algorithm: 'ring';
    /** Bytes of the gradients (float32). */
    gradBytes: number;
    /** Bytes each worker sends, and receives: 2 (N − 1) / N × gradBytes. */
    bytesPerWorker: number;
  };
}

/** Number formats in the backward pass (engine/phases/mixed-precision.ts). */
export interface BackwardPrecision {
  /** The 16-bit format simulated ('fp32': none). */
  format: 'fp32' | 'fp16' | 'bf16';
  /** The loss scale backward ran with, or null without loss scaling. */
  lossScale: number | null;
  /**
   * Shares in [0, 1] of this micro-batch's gradient values (all parameters) that are non-zero
   * in float32 and would be 0 in fp16: without loss scaling, and with the loss multiplied by
   * `compareScale` (the current scale, or the initial scale setting when none is used).
   */
  underflowUnscaled: number;
  underflowScaled: number;
  compareScale: number;
}

/** The loss scaler's decision at an update (PyTorch GradScaler), under fp16 with loss scaling. */
export interface UpdateScaler {
  /** The scale of this step's backward pass, and the scale for the next step. */
  scaleBefore: number;
  scaleAfter: number;
  /** Whether a gradient was Inf/NaN, so that the optimizer step was skipped. */
  skipped: boolean;
  /** Steps skipped in the run so far, this one included. */
  skippedSteps: number;
  /** Clean steps in a row since the scale last changed (grows at the growth interval). */
  growthTracker: number;
  growthInterval: number;
}

/**
 * A quantity of an optimizer's state, per parameter, as its formulas name it:
 * Adam and AdamW: `m` and `v` (the moments), `mHat` and `vHat` (bias-corrected, m/(1 − β₁ᵗ)
 * and v/(1 − β₂ᵗ)) and `step` = lr·m̂/(√v̂ + ε), the step each parameter took (AdamW's decay
 * comes on top); momentum: `buffer` b; RMSprop: `squareAvg` v (the running mean of g²) and
 * `stepSize` = lr/√(v + ε), the effective learning rate of each parameter.
 */
export type OptimizerQuantityId =
  'm' | 'v' | 'mHat' | 'vHat' | 'step' | 'buffer' | 'squareAvg' | 'stepSize';

/** The optimizer's state after an update, as the update panel shows it. */
export interface OptimizerStateView {
  /** Steps the optimizer has taken, t (Adam's bias corrections use it). */
  t: number;
  /** The update's hyperparameters by their PyTorch names (beta1, beta2, epsilon, momentum, nesterov, alpha, weightDecay …). */
  hparams: Record<string, number | boolean>;
  /**
   * Per parameter, in the order of the report's parameters and named as they are: each
   * quantity's values, shaped like the parameter (none for plain SGD).
   */
  params: { name: string; quantities: { id: OptimizerQuantityId; values: Float32Array }[] }[];
}

export interface UpdateReport {
  phase: 'update';
  /** The sidebar's optimizer. */
  optimizer: OptimizerId;
  learningRate: number;
  before: ParamValues[];
  after: ParamValues[];
  /** The optimizer's state after the update. */
  state: OptimizerStateView;
  step: number;
  /** The learning-rate schedule that gave `learningRate` (a schedule id of the sidebar). */
  schedule?: string;
  /** What gradient clipping did before this update; null when clipping is off. */
  clip?: ClipReport | null;
  /** Micro-batches and examples per micro-batch this update's gradient summed over. */
  position?: MicroBatchPosition;
  /** The optimizer by id (with Nesterov momentum on or off) and the weight decay λ (0: none). */
  method?: { optimizer: OptimizerId; nesterov: boolean; weightDecay: number };
  precision: UpdatePrecision;
}

/** Training memory per parameter in bytes, by what holds it (ZeRO paper's count). */
export interface ParameterBytes {
  weights: number;
  grads: number;
  /** The fp32 master copy a mixed-precision run updates (0 in fp32). */
  masterWeights: number;
  optimizerState: number;
  total: number;
}

/** Number formats at the update (engine/phases/mixed-precision.ts). */
export interface UpdatePrecision {
  /** The 16-bit format simulated ('fp32': none). */
  format: 'fp32' | 'fp16' | 'bf16';
  /** The loss scaler's decision, under fp16 with loss scaling; null otherwise. */
  scaler: UpdateScaler | null;
  /**
   * With a scaler, the run's named series as recorded up to this update (a downsampled copy
   * of its metric log: `lossScale` and `skippedSteps` per step among them); null otherwise.
   */
  log: MetricLogData | null;
  /** Bytes per parameter with this run's optimizer in each format, activations not included. */
  bytesPerParameter: Record<'fp32' | 'fp16' | 'bf16', ParameterBytes>;
}

export type EvaluationReport = {
  phase: 'evaluation';
  step: number;
  valLoss: number;
  /** Accuracies in [0, 1]; NaN for a regression, which has no classes. */
  valAccuracy: number;
  trainAccuracy: number;
  /** Per hidden layer: share of units inactive (≤ 0) on every validation example. */
  deadUnits: { layer: string; fraction: number }[];
} & EvaluationExtras;

/** The task-specific part of an evaluation: what its panel draws besides the numbers. */
export interface EvaluationExtras {
  /** 2-D classification: probability of class 1 on a `size` × `size` grid over `extent`. */
  grid?: { size: number; extent: [number, number, number, number]; probability: Float32Array };
  /** Classification: counts[true × classes + predicted] over the validation examples. */
  confusion?: { classes: number; counts: Int32Array };
  /** Images: the validation examples the model got wrong with the most confidence. */
  confidentlyWrong?: {
    pixels: Float32Array;
    labels: Int32Array;
    predicted: Int32Array;
    confidence: Float32Array;
  };
  /** Regression: the model's prediction at evenly spaced x over the plotted range. */
  curve?: { x: Float32Array; y: Float32Array; truth: Float32Array };
  /** Regression on a table: each validation example's target and the model's prediction. */
  predictions?: { actual: Float32Array; predicted: Float32Array };
  /** Language model: words sampled from the model at a temperature, now and at earlier evaluations. */
  samples?: { temperature: number; words: string[]; earlier: { step: number; words: string[] }[] };
}

export interface CheckpointMeta {
  id: string;
  runId: string;
  step: number;
  epoch: number;
  valLoss: number | null;
  sizeBytes: number;
  createdAt: number;
}

export interface CheckpointReport {
  phase: 'checkpoint';
  saved: CheckpointMeta;
  checkpoints: CheckpointMeta[];
  /** What the checkpoint holds, listed for the student (each part named by the page). */
  contents: { part: CheckpointPart; bytes: number }[];
}

/** The parts of a checkpoint, by id (the page's catalogue names them). */
export type CheckpointPart =
  | 'weights'
  | 'optimizerState'
  | 'dataPosition'
  | 'rngState'
  | 'earlyStopping'
  | 'bestWeights'
  | 'config'
  | 'metrics';

export interface StoppingReport {
  phase: 'stopping';
  criteria: CriterionState[];
  stop: boolean;
  reason: StopReason | null;
}

export type PhaseReport =
  | InitializationReport
  | DataReport
  | ForwardReport
  | LossReport
  | BackwardReport
  | UpdateReport
  | EvaluationReport
  | CheckpointReport
  | StoppingReport;

export type ReportOf<P extends PhaseId> = Extract<PhaseReport, { phase: P }>;
