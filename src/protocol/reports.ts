/**
 * What each phase really computed, as plain data (numbers and typed arrays, never tensors).
 * One report type per phase, discriminated by `phase`.
 */
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
  scheme: string;
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
}

export interface DataReport {
  phase: 'data';
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

export interface LossReport {
  phase: 'loss';
  lossName: string;
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
  grads: (ParamValues & { norm: number })[];
  globalNorm: number;
  loss: number;
}

export interface UpdateReport {
  phase: 'update';
  optimizer: string;
  learningRate: number;
  before: ParamValues[];
  after: ParamValues[];
  /** The optimizer's state after the update (e.g. Adam's moments), by slot name. */
  state: { name: string; shape: number[]; values: Float32Array }[];
  step: number;
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
  /** What the checkpoint holds, listed for the student. */
  contents: { part: string; bytes: number }[];
}

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
