/** Task: classify points of the plane into two classes, like TensorFlow Playground. */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../../config/schema';
import { createMlp, describeMlp, type MlpSpec } from '../../models/mlp';
import type { Rng } from '../../rng';
import { type DataSplit, type Model, splitForView, type Task } from '../types';
import { DATASET_GENERATORS, splitExamples } from './datasets';
import { testRng, testSize } from '../split';

/** Points per side of the grid on which the decision boundary is drawn. */
export const GRID_SIZE = 48;

/**
 * Softmax cross-entropy per example: ℓᵢ = −log softmax(zᵢ)[yᵢ] = logΣⱼ exp zᵢⱼ − zᵢ,yᵢ.
 * Computed through logSoftmax, which is stable for large logits.
 */
export function softmaxCrossEntropy(
  logits: tf.Tensor2D,
  labels: tf.Tensor1D,
  classes: number,
): tf.Tensor1D {
  return tf.tidy(() => {
    const oneHot = tf.oneHot(labels, classes);
    return tf.neg(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1)) as tf.Tensor1D;
  });
}

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

export const classify2d: Task = {
  id: 'classify2d',
  lossName: 'crossEntropy',

  makeData(config: LabConfig, rng: Rng): DataSplit {
    const all = DATASET_GENERATORS[config.dataset](config.points, config.noise, rng);
    const { train, validation } = splitExamples(all, config.validationSplit, rng);
    // Held out for a final test: fresh points of the same data set, never trained on.
    const test = DATASET_GENERATORS[config.dataset](
      testSize(config.points, config.validationSplit),
      config.noise,
      testRng(config.seed),
    );
    const r = 1.2 + 2 * config.noise;
    return {
      kind: 'points2d',
      inputSize: 2,
      classes: 2,
      train,
      validation,
      test,
      extent: [-r, r, -r, r],
    };
  },

  buildModel(config: LabConfig, data: DataSplit, rng: Rng): Model {
    return createMlp(mlpSpec(config, data), rng);
  },

  describeModel: (config, data) => describeMlp(mlpSpec(config, data)),

  lossPerExample: softmaxCrossEntropy,

  async evaluationView(model: Model, data: DataSplit) {
    const [x0, x1, y0, y1] = data.extent;
    const n = GRID_SIZE;
    const probs = tf.tidy(() => {
      const pts = new Float32Array(2 * n * n);
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; c++) {
          const k = r * n + c;
          pts[2 * k] = x0 + ((c + 0.5) / n) * (x1 - x0);
          pts[2 * k + 1] = y1 - ((r + 0.5) / n) * (y1 - y0); // row 0 is the top of the plane
        }
      }
      const { logits } = model.forward(tf.tensor2d(pts, [n * n, 2]));
      return tf
        .softmax(logits)
        .slice([0, 1], [n * n, 1])
        .reshape([n * n]);
    });
    const probability = (await probs.data()) as Float32Array;
    probs.dispose();
    return { grid: { size: n, extent: data.extent, probability } };
  },

  datasetView(data: DataSplit) {
    return {
      kind: 'points2d',
      title: 'Points in the plane',
      inputSize: data.inputSize,
      classes: data.classes,
      ...splitForView(data),
    };
  },
};
