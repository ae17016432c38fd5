/** Task: fit a curve through noisy points of a function of one variable (regression). */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../../config/schema';
import { createMlp, describeMlp, type MlpSpec } from '../../models/mlp';
import type { Rng } from '../../rng';
import { splitRows, testRng, testSize } from '../split';
import { type DataSplit, type Model, splitForView, type Task } from '../types';
import { FUNCTIONS_1D, sampleFunction, X_RANGE } from './functions';

/** Points at which the evaluation draws the fitted curve. */
export const CURVE_POINTS = 200;

/**
 * Squared error per example: ℓᵢ = ((ŷᵢ − yᵢ) / σ)², σ = `scale` (default 1). Its mean is the
 * mean squared error (MSE), whose gradient ∂ℓᵢ/∂ŷᵢ = 2(ŷᵢ − yᵢ) / σ² grows with the miss, so
 * large misses pull hardest. With σ the target's standard deviation it is the MSE of the
 * standardized target, the same for a target in metres or in millimetres; the miss is
 * divided before it is squared, so a miss of 10²⁰ units does not overflow binary32.
 */
export function squaredError(
  predictions: tf.Tensor2D,
  targets: tf.Tensor1D,
  scale = 1,
): tf.Tensor1D {
  return tf.tidy(() => {
    const miss = tf.sub(tf.reshape(predictions, [-1]), targets);
    return tf.square(scale === 1 ? miss : tf.div(miss, scale)) as tf.Tensor1D;
  });
}

function mlpSpec(config: LabConfig): MlpSpec {
  return {
    inputSize: 1,
    hidden: Array.from({ length: config.hiddenLayers }, () => config.units),
    outputs: 1,
    activation: config.activation,
    initializer: config.initializer,
    batchSize: config.batchSize,
    gradCheckpoint: config.gradCheckpoint === 'on',
    outputActivation: 'linear',
  };
}

export const regress1d: Task = {
  id: 'regress1d',
  lossName: 'mse',

  makeData(config: LabConfig, rng: Rng): DataSplit {
    const all = sampleFunction(config.function, config.points, config.noise, rng);
    const { train, validation } = splitRows(all, 1, config.validationSplit, rng);
    // Held out for a final test: fresh samples of the same function, never trained on.
    const test = sampleFunction(
      config.function,
      testSize(config.points, config.validationSplit),
      config.noise,
      testRng(config.seed),
    );
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of all.y) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const pad = 0.1 * (hi - lo || 1);
    return {
      kind: 'curve1d',
      inputSize: 1,
      classes: 0,
      train,
      validation,
      test,
      extent: [X_RANGE[0], X_RANGE[1], lo - pad, hi + pad],
      truth: FUNCTIONS_1D[config.function],
    };
  },

  buildModel: (config: LabConfig, _data: DataSplit, rng: Rng): Model =>
    createMlp(mlpSpec(config), rng),

  describeModel: (config) => describeMlp(mlpSpec(config)),

  lossPerExample: (predictions, targets) => squaredError(predictions, targets),

  async evaluationView(model: Model, data: DataSplit) {
    const [x0, x1] = data.extent;
    const x = Float32Array.from(
      { length: CURVE_POINTS },
      (_, i) => x0 + ((x1 - x0) * i) / (CURVE_POINTS - 1),
    );
    const out = tf.tidy(() =>
      tf.reshape(model.forward(tf.tensor2d(x, [CURVE_POINTS, 1])).logits, [-1]),
    );
    const y = (await out.data()) as Float32Array;
    out.dispose();
    const truth = data.truth ?? (() => NaN);
    return { curve: { x, y, truth: Float32Array.from(x, truth) } };
  },

  datasetView(data: DataSplit) {
    return {
      kind: 'curve1d',
      title: 'Noisy samples of a function',
      inputSize: 1,
      classes: 0,
      ...splitForView(data),
    };
  },
};
