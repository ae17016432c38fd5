/**
 * A task is one folder under src/engine/tasks: its data, its model, its loss and its
 * evaluation extras. The training run is written against these interfaces only, so a new
 * task (images, characters, regression) is added by adding a folder and one registry line.
 */
import type * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config/schema';
import type { DatasetView, ModelSummary } from '../../protocol/messages';
import type { EvaluationReport } from '../../protocol/reports';
import type { Rng } from '../rng';

/** Examples as flat typed arrays: inputs row-major (n × inputSize) and class labels. */
export interface Examples {
  x: Float32Array;
  y: Int32Array;
  n: number;
}

export interface DataSplit {
  inputSize: number;
  classes: number;
  train: Examples;
  validation: Examples;
  /** Bounds of the input plane [xMin, xMax, yMin, yMax], for 2-D tasks. */
  extent: [number, number, number, number];
}

/** What a model's forward pass returns: logits and every hidden layer's activations. */
export interface ForwardResult {
  logits: tf.Tensor2D;
  hidden: tf.Tensor2D[];
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
  id: string;
  makeData(config: LabConfig, rng: Rng): DataSplit;
  buildModel(config: LabConfig, data: DataSplit, rng: Rng): Model;
  /** The model's layers, parameter counts and FLOPs, without creating it. */
  describeModel(config: LabConfig, data: DataSplit): ModelSummary;
  /** Loss per example (a vector), from logits and integer labels. */
  lossPerExample(logits: tf.Tensor2D, labels: tf.Tensor1D, classes: number): tf.Tensor1D;
  lossName: string;
  /** Task-specific part of the evaluation report (e.g. a decision boundary). */
  evaluationView(model: Model, data: DataSplit): Promise<EvaluationReport['grid']>;
  datasetView(data: DataSplit): DatasetView;
}
