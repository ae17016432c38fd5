/**
 * A small convolutional network built from raw tfjs variables, like the MLP, so every phase
 * can look inside it:
 *   image (S × S × 1) → [conv k×k → act → max pool p×p] per entry of `channels` → flatten →
 *   dense → logits.
 * A convolution slides each k × k × C_in filter over the image: the same weights look for the
 * same pattern everywhere, so it has far fewer parameters than a dense layer of that size.
 */
import * as tf from '@tensorflow/tfjs';
import { modelParts } from './model-parts';
import type { Activation, InitializerId } from '../../config/schema';
import type { LayerSummary, ModelSummary } from '../../protocol/messages';
import { initWeights } from '../initializers';
import type { Rng } from '../rng';
import type { ForwardResult, Model } from '../tasks/types';
import { roundHidden } from '../training/hidden-rounding';
import type { Precision } from '../training/precision';
import { denseFlops } from './mlp';

const ACTIVATIONS: Record<Activation, (x: tf.Tensor) => tf.Tensor> = {
  tanh: (x) => tf.tanh(x),
  relu: (x) => tf.relu(x),
  sigmoid: (x) => tf.sigmoid(x),
  linear: (x) => x,
};

export interface CnnSpec {
  /** Height and width of the (square, one-channel) input image. */
  imageSize: number;
  /** Filters of each convolution layer, e.g. [8, 16]. */
  channels: number[];
  /** Side of every convolution's filters (k × k, stride 1, no padding). */
  kernel: number;
  /** Side of every max-pooling window (and its stride). */
  pool: number;
  outputs: number;
  activation: Activation;
  initializer: InitializerId;
  /** Batch size, for the FLOPs of one training step. */
  batchSize: number;
}

/** The MNIST network of the lab: conv 5×5×8 → pool 2 → conv 5×5×16 → pool 2 → dense 10. */
export const MNIST_CNN = { imageSize: 28, channels: [8, 16], kernel: 5, pool: 2 } as const;

/**
 * Forward FLOPs of a convolution for one example: 2 · H_out · W_out · C_out · (k · k · C_in),
 * a multiply and an add per filter weight at every output position.
 */
export function convFlops(outSide: number, outChannels: number, k: number, inChannels: number) {
  return 2 * outSide * outSide * outChannels * k * k * inChannels;
}

/** Layers, output shapes, parameters and FLOPs of the CNN, without creating it. */
export function describeCnn(spec: CnnSpec): ModelSummary {
  const { kernel: k, pool: p, batchSize: batch } = spec;
  const layers: ModelSummary['layers'] = [];
  const table: LayerSummary[] = [];
  const row = (r: Omit<LayerSummary, 'trainFlops'>) =>
    // Backward costs about twice the forward (gradients for the inputs and for the weights).
    table.push({ ...r, trainFlops: 3 * r.forwardFlops * batch });
  let side = spec.imageSize;
  let inC = 1;
  spec.channels.forEach((outC, l) => {
    side = side - k + 1;
    if (side < 1)
      throw new Error(`The image is too small for ${spec.channels.length} convolutions.`);
    const params = k * k * inC * outC + outC;
    const name = `conv ${l + 1}`;
    layers.push({ name, inputs: k * k * inC, outputs: outC, activation: spec.activation, params });
    row({
      name,
      kind: `conv ${k}×${k} · ${spec.activation}`,
      outputShape: [side, side, outC],
      params,
      forwardFlops: convFlops(side, outC, k, inC),
    });
    side = Math.floor(side / p);
    row({
      name: `pool ${l + 1}`,
      kind: `max pool ${p}×${p}`,
      outputShape: [side, side, outC],
      params: 0,
      // p² − 1 comparisons per output.
      forwardFlops: side * side * outC * (p * p - 1),
    });
    inC = outC;
  });
  const flat = side * side * inC;
  row({ name: 'flatten', kind: 'flatten', outputShape: [flat], params: 0, forwardFlops: 0 });
  const params = flat * spec.outputs + spec.outputs;
  layers.push({
    name: 'output',
    inputs: flat,
    outputs: spec.outputs,
    activation: 'softmax',
    params,
  });
  row({
    name: 'output',
    kind: 'dense · softmax',
    outputShape: [spec.outputs],
    params,
    forwardFlops: denseFlops(1, flat, spec.outputs),
  });
  return {
    layers,
    table,
    totalParams: layers.reduce((s, l) => s + l.params, 0),
    flopsPerStep: table.reduce((s, r) => s + r.trainFlops, 0),
  };
}

/**
 * Creates the CNN. Filters are drawn with the configured scheme, with fan-in k·k·C_in and
 * fan-out C_out (a filter bank read as a (k·k·C_in) × C_out matrix); biases start at 0.
 */
export function createCnn(spec: CnnSpec, rng: Rng): Model {
  const summary = describeCnn(spec);
  const { kernel: k, pool: p } = spec;
  const variables: tf.Variable[] = [];
  let inC = 1;
  for (const outC of spec.channels) {
    const w = initWeights(spec.initializer, rng, k * k * inC, outC);
    variables.push(tf.tidy(() => tf.variable(tf.tensor4d(w, [k, k, inC, outC]))));
    variables.push(tf.tidy(() => tf.variable(tf.zeros([outC]))));
    inC = outC;
  }
  const out = summary.layers[summary.layers.length - 1];
  const w = initWeights(spec.initializer, rng, out.inputs, out.outputs);
  variables.push(tf.tidy(() => tf.variable(tf.tensor2d(w, [out.inputs, out.outputs]))));
  variables.push(tf.tidy(() => tf.variable(tf.zeros([out.outputs]))));
  const act = ACTIVATIONS[spec.activation];
  const convs = spec.channels.length;

  return {
    ...modelParts(variables, summary),
    /**
     * x: examples × (S·S) pixels, row-major. Hidden: each convolution's feature maps, rounded
     * to `format` under mixed precision (max pooling then picks among rounded values).
     */
    forward(x: tf.Tensor2D, format: Precision = 'fp32'): ForwardResult {
      const hidden: tf.Tensor[] = [];
      let h = tf.reshape(x, [-1, spec.imageSize, spec.imageSize, 1]) as tf.Tensor4D;
      for (let l = 0; l < convs; l++) {
        const z = tf.add(
          tf.conv2d(h, variables[2 * l] as tf.Tensor4D, 1, 'valid'),
          variables[2 * l + 1],
        );
        const a = roundHidden(act(z) as tf.Tensor4D, format);
        hidden.push(a);
        h = tf.maxPool(a, p, p, 'valid');
      }
      const flat = tf.reshape(h, [-1, out.inputs]) as tf.Tensor2D;
      const logits = tf.add(
        tf.matMul(flat, variables[2 * convs] as tf.Tensor2D),
        variables[2 * convs + 1],
      ) as tf.Tensor2D;
      return { logits, hidden };
    },
  };
}
