/**
 * A task is one folder under src/engine/tasks: its data, its model, its loss and its
 * evaluation extras. The training run is written against these interfaces only, so a new
 * task (images, characters, regression) is added by adding a folder and one registry line.
 */
import type * as tf from '@tensorflow/tfjs';
import type { LabConfig, TaskId } from '../../config/schema';
import type { DatasetKind, DatasetView, ModelSummary } from '../../protocol/messages';
import type { EvaluationExtras } from '../../protocol/reports';
import type { Rng } from '../rng';

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
}

/** What a model's forward pass returns: its outputs and every hidden layer's activations. */
export interface ForwardResult {
  /** Logits (classification) or predicted values (regression), examples × outputs. */
  logits: tf.Tensor2D;
  /** One tensor per layer with parameters before the output: examples × … (2-D or 4-D). */
  hidden: tf.Tensor[];
}

export interface Model {
  /** Trainable variables in a fixed order: W0, b0, W1, b1, … */
  readonly variables: tf.Variable[];
  readonly summary: ModelSummary;
  /** Layer names and activation, in order (hidden layers then output). */
  readonly layerNames: string[];
  readonly activations: string[];
  forward(x: tf.Tensor2D): ForwardResult;
  dispose(): void;
}

export interface Task {
  id: TaskId;
  /** Loads what the data needs from outside (e.g. an image file), once; before makeData. */
  prepare?(): Promise<void>;
  makeData(config: LabConfig, rng: Rng): DataSplit;
  buildModel(config: LabConfig, data: DataSplit, rng: Rng): Model;
  /** True when the config's model has convolutions (which the wasm backend cannot train). */
  convolutional?(config: LabConfig): boolean;
  /** The model's layers, parameter counts and FLOPs, without creating it. */
  describeModel(config: LabConfig, data: DataSplit): ModelSummary;
  /** Loss per example (a vector), from logits and labels (or targets, for a regression). */
  lossPerExample(logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Tensor1D;
  lossName: string;
  /** Examples of a batch the data phase shows (a grid of images can show more than a table). */
  previewExamples?: number;
  /**
   * Task-specific part of the evaluation report (a decision boundary, a confusion matrix, a
   * fitted curve), from the model's outputs on the validation split.
   */
  evaluationView(model: Model, data: DataSplit, valOutputs: tf.Tensor2D): Promise<EvaluationExtras>;
  datasetView(data: DataSplit): DatasetView;
}
