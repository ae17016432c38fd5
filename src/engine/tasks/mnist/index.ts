/** Task: recognise handwritten digits (MNIST, 28 × 28 pixels, 10 classes) with an MLP or a CNN. */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../../config/schema';
import type { ModelSummary } from '../../../protocol/messages';
import type { EvaluationExtras } from '../../../protocol/reports';
import { type CnnSpec, createCnn, describeCnn, MNIST_CNN } from '../../models/cnn';
import { createMlp, describeMlp, type MlpSpec } from '../../models/mlp';
import type { Rng } from '../../rng';
import { softmaxCrossEntropy } from '../classify2d';
import { type DataSplit, type Model, splitForView, type Task } from '../types';
import { loadMnist, requireMnist, splitDigits } from './data';

/** Wrong validation examples the evaluation shows, the most confident first. */
export const CONFIDENTLY_WRONG = 8;

function mlpSpec(config: LabConfig, data: DataSplit): MlpSpec {
  return {
    inputSize: data.inputSize,
    hidden: Array.from({ length: config.hiddenLayers }, () => config.units),
    outputs: data.classes,
    activation: config.activation,
    initializer: config.initializer,
    batchSize: config.batchSize,
    gradCheckpoint: config.gradCheckpoint === 'on',
  };
}

function cnnSpec(config: LabConfig, data: DataSplit): CnnSpec {
  return {
    ...MNIST_CNN,
    channels: [...MNIST_CNN.channels],
    outputs: data.classes,
    activation: config.activation,
    initializer: config.initializer,
    batchSize: config.batchSize,
  };
}

/**
 * The confusion matrix (true class × predicted class) and the wrong examples the model was
 * most sure of, from the validation outputs.
 */
export async function classificationExtras(
  logits: tf.Tensor2D,
  data: DataSplit,
  wrongShown: number,
): Promise<EvaluationExtras> {
  const k = data.classes;
  const [predT, confT] = tf.tidy(() => {
    const p = tf.softmax(logits);
    return [tf.argMax(p, 1), tf.max(p, 1)];
  });
  const predicted = (await predT.data()) as Int32Array;
  const confidence = (await confT.data()) as Float32Array;
  tf.dispose([predT, confT]);
  const labels = data.validation.y;
  const counts = new Int32Array(k * k);
  const wrong: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    counts[labels[i] * k + predicted[i]]++;
    if (predicted[i] !== labels[i]) wrong.push(i);
  }
  wrong.sort((a, b) => confidence[b] - confidence[a]);
  const shown = wrong.slice(0, wrongShown);
  const d = data.inputSize;
  const pixels = new Float32Array(shown.length * d);
  shown.forEach((i, j) => pixels.set(data.validation.x.subarray(i * d, (i + 1) * d), j * d));
  return {
    confusion: { classes: k, counts },
    confidentlyWrong: {
      pixels,
      labels: Int32Array.from(shown, (i) => labels[i]),
      predicted: Int32Array.from(shown, (i) => predicted[i]),
      confidence: Float32Array.from(shown, (i) => confidence[i]),
    },
  };
}

export const mnist: Task = {
  id: 'mnist',
  lossName: 'crossEntropy',
  previewExamples: 32,

  async prepare() {
    await loadMnist();
  },

  makeData: (config: LabConfig, rng: Rng) =>
    splitDigits(requireMnist(), config.validationSplit, rng, config.digits),

  buildModel(config: LabConfig, data: DataSplit, rng: Rng): Model {
    return config.model === 'cnn'
      ? createCnn(cnnSpec(config, data), rng)
      : createMlp(mlpSpec(config, data), rng);
  },

  convolutional: (config) => config.model === 'cnn',

  describeModel(config: LabConfig, data: DataSplit): ModelSummary {
    return config.model === 'cnn'
      ? describeCnn(cnnSpec(config, data))
      : describeMlp(mlpSpec(config, data));
  },

  lossPerExample: softmaxCrossEntropy,

  evaluationView: (_model, data, valOutputs) =>
    classificationExtras(valOutputs, data, CONFIDENTLY_WRONG),

  datasetView(data: DataSplit) {
    return {
      kind: 'images',
      title: 'MNIST digits',
      inputSize: data.inputSize,
      classes: data.classes,
      classNames: Array.from({ length: data.classes }, (_, c) => String(c)),
      imageShape: [28, 28],
      ...splitForView(data, { inputs: false }),
    };
  },
};
