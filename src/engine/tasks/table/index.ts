/**
 * Task: the user's own data — a CSV table or points drawn on the plane — learned by an MLP
 * over standardized input columns: classification (softmax cross-entropy, accuracy) or
 * regression (mean squared error), as chosen when the data was loaded.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../../config/schema';
import type { ModelSummary } from '../../../protocol/messages';
import { createMlp, describeMlp, type MlpSpec } from '../../models/mlp';
import type { Rng } from '../../rng';
import type { Precision } from '../../training/precision';
import { classify2d, softmaxCrossEntropy } from '../classify2d';
import { classificationExtras } from '../mnist';
import { regress1d, squaredError } from '../regress1d';
import { type DataSplit, type Model, splitForView, type Task } from '../types';
import { columnStats, loadOwnData, requireOwnData, splitOwnData } from './data';

/** Validation rows the evaluation lists among the most confidently wrong ones. */
const CONFIDENTLY_WRONG = 6;

function mlpSpec(config: LabConfig, data: DataSplit): MlpSpec {
  return {
    inputSize: data.inputSize,
    hidden: Array.from({ length: config.hiddenLayers }, () => config.units),
    outputs: data.classes === 0 ? 1 : data.classes,
    activation: config.activation,
    initializer: config.initializer,
    batchSize: config.batchSize,
    gradCheckpoint: config.gradCheckpoint === 'on',
    outputActivation: data.classes === 0 ? 'linear' : 'softmax',
  };
}

/** The MLP's summary, with the standardization of the inputs as its first row. */
function describe(config: LabConfig, data: DataSplit): ModelSummary {
  const mlp = describeMlp(mlpSpec(config, data));
  const d = data.inputSize;
  const standardize = {
    name: 'standardize',
    kind: '(x − μ) / σ',
    outputShape: [d],
    params: 0,
    forwardFlops: 2 * d,
    trainFlops: 2 * d * config.batchSize,
  };
  return { ...mlp, table: [standardize, ...mlp.table] };
}

/**
 * Wraps a model so that it standardizes its inputs, x̃ = (x − μ) / σ per column with μ and σ
 * of the training split (like a Keras Normalization layer adapted on the training data),
 * and, for a regression, predicts in the target's units: ŷ = μ_y + σ_y · out. Every view
 * then shows the user's own units, and the same learning rate suits any scale of data; the
 * loss divides the miss by σ_y again (see `lossPerExample`), so the network learns the
 * standardized target and the loss does not grow with the target's units.
 */
function standardized(model: Model, data: DataSplit, summary: ModelSummary): Model {
  const d = data.inputSize;
  const x = columnStats(data.train.x, d);
  const mean = tf.tensor1d(x.mean);
  const invStd = tf.tensor1d(x.std.map((s) => 1 / s));
  const regression = data.classes === 0;
  const y = data.targetScale ?? { mean: 0, std: 1 };
  const yMean = tf.scalar(regression ? y.mean : 0);
  const yStd = tf.scalar(regression ? y.std : 1);
  const scaleIn = (input: tf.Tensor2D) => tf.mul(tf.sub(input, mean), invStd) as tf.Tensor2D;
  const scaleOut = (logits: tf.Tensor2D) =>
    regression ? (tf.add(tf.mul(logits, yStd), yMean) as tf.Tensor2D) : logits;
  const { trainLogits } = model;
  return {
    ...model,
    summary,
    forward(input: tf.Tensor2D, format?: Precision) {
      const out = model.forward(scaleIn(input), format);
      return regression ? { ...out, logits: scaleOut(out.logits) } : out;
    },
    // The same standardization around the checkpointed training pass, when there is one.
    ...(trainLogits
      ? {
          trainLogits: (input: tf.Tensor2D, format?: Precision) =>
            scaleOut(trainLogits(scaleIn(input), format)),
        }
      : {}),
    dispose() {
      model.dispose();
      tf.dispose([mean, invStd, yMean, yStd]);
    },
  };
}

export const table: Task = {
  id: 'table',
  lossName: (data) =>
    data.classes > 0 ? 'crossEntropy' : data.targetScale ? 'mseStandardized' : 'mse',

  prepare: (config, datasets) => loadOwnData(config.dataId, datasets),

  makeData: (config: LabConfig, rng: Rng) =>
    splitOwnData(requireOwnData(config.dataId), config.validationSplit, rng),

  buildModel: (config: LabConfig, data: DataSplit, rng: Rng): Model =>
    standardized(createMlp(mlpSpec(config, data), rng), data, describe(config, data)),

  describeModel: describe,

  /**
   * Cross-entropy for classes; for a number, the squared error of the standardized target,
   * ((ŷ − y) / σ_y)² = (out − ỹ)² with ỹ = (y − μ_y) / σ_y: the loss of a target in millions
   * is as large as the same fit's of a target in units, so the learning rate, the stopping
   * thresholds and the early warnings mean the same for both (like training on a
   * StandardScaler-transformed target in scikit-learn's TransformedTargetRegressor).
   */
  lossPerExample: (logits, labels, classes, data) =>
    classes === 0
      ? squaredError(logits, labels, data.targetScale?.std ?? 1)
      : softmaxCrossEntropy(logits, labels, classes),

  async evaluationView(model, data, valOutputs, context) {
    // Two inputs and two classes: the decision regions over the plane; one input: the curve.
    if (data.kind === 'points2d' && data.classes === 2)
      return classify2d.evaluationView(model, data, valOutputs, context);
    if (data.kind === 'curve1d') return regress1d.evaluationView(model, data, valOutputs, context);
    if (data.classes > 0) return classificationExtras(valOutputs, data, CONFIDENTLY_WRONG);
    const predicted = tf.tidy(() => tf.reshape(valOutputs, [-1]));
    const values = (await predicted.data()) as Float32Array;
    predicted.dispose();
    return { predictions: { actual: Float32Array.from(data.validation.y), predicted: values } };
  },

  datasetView(data: DataSplit) {
    const source = data.source;
    return {
      kind: data.kind,
      title: source?.name ?? 'Your own data',
      inputSize: data.inputSize,
      classes: data.classes,
      classNames: source && data.classes > 0 ? requireOwnData(source.id).classNames : undefined,
      source,
      ...splitForView(data),
    };
  },
};
