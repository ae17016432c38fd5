/**
 * A task is one folder under src/engine/tasks: its data, its model, its loss and its
 * evaluation extras. The training run is written against these interfaces only, so a new
 * task (images, characters, regression) is added by adding a folder and one registry line.
 */
import type * as tf from '@tensorflow/tfjs';
import type { LabConfig, TaskId } from '../../config/schema';
import type {
  DataSource,
  DatasetKind,
  DatasetView,
  ModelSummary,
  TargetScale,
} from '../../protocol/messages';
import type { EvaluationExtras, LossNameId } from '../../protocol/reports';
import type { DatasetStore } from '../dataset-store';
import type { Rng } from '../rng';
import type { Precision } from '../training/precision';

/**
 * Examples as flat typed arrays: inputs row-major (n × inputSize) and targets: class labels
 * (Int32Array) or, for a regression, target values (Float32Array).
 */
export interface Examples<Y extends Int32Array | Float32Array = Int32Array | Float32Array> {
  x: Float32Array;
  y: Y;
  n: number;
}

export interface DataSplit {
  kind: DatasetKind;
  inputSize: number;
  /** Number of classes; 0 for a regression, whose targets are numbers. */
  classes: number;
  train: Examples;
  validation: Examples;
  /** Held out for a final test, if the task has one; training never sees it. */
  test?: Examples;
  /** Bounds of the plotted plane or curve [xMin, xMax, yMin, yMax]. */
  extent: [number, number, number, number];
  /** A regression's noise-free function, drawn beside the fitted curve. */
  truth?: (x: number) => number;
  /** A user's data set: its name, columns and target (the "Your own data" task). */
  source?: DataSource;
  /**
   * A regression whose loss is computed on the standardized target (y − μ) / σ: its μ and σ
   * over the training split. Absent: the loss is in the target's own units.
   */
  targetScale?: TargetScale;
  /** Text data: the words (e.g. names) of each split, from which the examples were cut. */
  words?: { train: string[]; validation: string[]; test: string[] };
}

/** What a model's forward pass returns: its outputs and every hidden layer's activations. */
export interface ForwardResult {
  /** Logits (classification) or predicted values (regression), examples × outputs. */
  logits: tf.Tensor2D;
  /** One tensor per layer with parameters before the output: examples × … (2-D to 4-D). */
  hidden: tf.Tensor[];
  /** A transformer's attention weights, one tensor per block: examples × heads × T × T. */
  attention?: tf.Tensor[];
}

/** What a variable is: its name in the reports (e.g. "W · hidden 1") and its layer. */
export interface ParamInfo {
  name: string;
  layer: number;
}

export interface Model {
  /**
   * Trainable variables in a fixed order: W0, b0, W1, b1, … unless `params` says otherwise;
   * the first variable of each layer is its main weight matrix (inputs × outputs).
   */
  readonly variables: tf.Variable[];
  /** Name and layer of each variable, when they are not one W, b pair per layer. */
  readonly params?: readonly ParamInfo[];
  readonly summary: ModelSummary;
  /** Layer names and activation, in order (hidden layers then output). */
  readonly layerNames: string[];
  readonly activations: string[];
  /**
   * The forward pass of inputs x [B, inputSize]. Under mixed precision (`format` fp16 or
   * bf16) every hidden layer's output activations are rounded to the format, with an identity
   * gradient (`training/hidden-rounding.ts`); the logits are not (the loss rounds them).
   * fp32, the default, rounds nothing.
   */
  forward(x: tf.Tensor2D, format?: Precision): ForwardResult;
  /**
   * Logits [B, outputs] for the training gradient only, when the model computes them
   * differently there: with gradient checkpointing (`training/gradient-checkpointing.ts`)
   * the hidden activations are not kept but recomputed in backward. Absent: `forward`.
   * `format` as for `forward`.
   */
  trainLogits?(x: tf.Tensor2D, format?: Precision): tf.Tensor2D;
  dispose(): void;
}

/** The run's state an evaluation view may need (e.g. to sample text reproducibly). */
export interface EvaluationContext {
  config: LabConfig;
  step: number;
}

/** The variables' names and layers: the model's own, or one W, b pair per layer. */
export function paramsOf(model: Model): readonly ParamInfo[] {
  return (
    model.params ??
    model.layerNames.flatMap((n, l) => [
      { name: `W · ${n}`, layer: l },
      { name: `b · ${n}`, layer: l },
    ])
  );
}

export interface Task {
  id: TaskId;
  /**
   * Loads what the data needs from outside (an image file, the user's data set from the
   * store), before makeData; throws when it cannot, and then nothing has changed.
   */
  prepare?(config: LabConfig, datasets: DatasetStore): Promise<void>;
  makeData(config: LabConfig, rng: Rng): DataSplit;
  buildModel(config: LabConfig, data: DataSplit, rng: Rng): Model;
  /** True when the config's model has convolutions (which the wasm backend cannot train). */
  convolutional?(config: LabConfig): boolean;
  /** The model's layers, parameter counts and FLOPs, without creating it. */
  describeModel(config: LabConfig, data: DataSplit): ModelSummary;
  /**
   * Loss per example (a vector), from logits and labels (or targets, for a regression);
   * `data` is the run's data split (a task may take a scale from it, e.g. `targetScale`).
   */
  lossPerExample(
    logits: tf.Tensor2D,
    labels: tf.Tensor1D,
    classes: number,
    data: DataSplit,
  ): tf.Tensor1D;
  /** The loss's name; a task whose loss depends on its data names it from the data. */
  lossName: LossNameId | ((data: DataSplit) => LossNameId);
  /** Examples of a batch the data phase shows (a grid of images can show more than a table). */
  previewExamples?: number;
  /**
   * Task-specific part of the evaluation report (a decision boundary, a confusion matrix, a
   * fitted curve, sampled text), from the model's outputs on the validation split.
   */
  evaluationView(
    model: Model,
    data: DataSplit,
    valOutputs: tf.Tensor2D,
    context: EvaluationContext,
  ): Promise<EvaluationExtras>;
  datasetView(data: DataSplit): DatasetView;
}

/**
 * The split's examples as a dataset view carries them to the page. With `inputs: false`
 * the inputs stay in the engine (images, contexts: the reports carry the ones they show);
 * the labels are copied, as they may be views into a larger buffer.
 */
export function splitForView(data: DataSplit, { inputs = true } = {}) {
  return {
    trainX: inputs ? data.train.x : new Float32Array(0),
    trainY: data.train.y.slice(),
    valX: inputs ? data.validation.x : new Float32Array(0),
    valY: data.validation.y.slice(),
    testSize: data.test?.n ?? 0,
    extent: data.extent,
  };
}
