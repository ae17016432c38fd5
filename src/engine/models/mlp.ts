/**
 * A multi-layer perceptron built from raw tfjs variables, so every phase can look inside it:
 * h₀ = x, hₗ = act(hₗ₋₁ Wₗ + bₗ) for the hidden layers, logits = h_L W_out + b_out.
 * Under mixed precision each hₗ is rounded to the format (`training/hidden-rounding.ts`).
 */
import * as tf from '@tensorflow/tfjs';
import { modelParts } from './model-parts';
import type { Activation, InitializerId } from '../../config/schema';
import type { ModelSummary } from '../../protocol/messages';
import { initWeights } from '../initializers';
import type { Rng } from '../rng';
import type { ForwardResult, Model } from '../tasks/types';
import { checkpoint, type Segment, sqrtSegments } from '../training/gradient-checkpointing';
import { roundHidden } from '../training/hidden-rounding';
import type { Precision } from '../training/precision';

export const ACTIVATION_FNS: Record<Activation, (x: tf.Tensor2D) => tf.Tensor2D> = {
  tanh: (x) => tf.tanh(x),
  relu: (x) => tf.relu(x),
  sigmoid: (x) => tf.sigmoid(x),
  linear: (x) => x,
};

export interface MlpSpec {
  inputSize: number;
  hidden: number[];
  outputs: number;
  activation: Activation;
  initializer: InitializerId;
  /** Batch size, for the FLOPs estimate of one training step. */
  batchSize: number;
  /** What turns the output layer into predictions: softmax (classes) or linear (regression). */
  outputActivation?: 'softmax' | 'linear';
  /**
   * Gradient checkpointing (PyTorch `torch.utils.checkpoint`): the training pass keeps only
   * the outputs of groups of ⌈√L⌉ hidden layers and recomputes the rest during backward
   * (`training/gradient-checkpointing.ts`). Off when absent.
   */
  gradCheckpoint?: boolean;
}

/**
 * Forward FLOPs of a dense layer for a batch of B: 2·B·in·out (a multiply and an add per
 * weight). Backward costs about twice the forward, so a training step is ≈ 3× forward.
 */
export function denseFlops(batch: number, inputs: number, outputs: number): number {
  return 2 * batch * inputs * outputs;
}

/** Layers, parameter counts and training FLOPs of an MLP, without creating it. */
export function describeMlp(spec: MlpSpec): ModelSummary {
  const sizes = [spec.inputSize, ...spec.hidden, spec.outputs];
  const layers = sizes.slice(0, -1).map((fanIn, l) => {
    const fanOut = sizes[l + 1];
    const isOutput = l === sizes.length - 2;
    return {
      name: isOutput ? 'output' : `hidden ${l + 1}`,
      inputs: fanIn,
      outputs: fanOut,
      activation: isOutput ? (spec.outputActivation ?? 'softmax') : spec.activation,
      params: fanIn * fanOut + fanOut,
    };
  });
  const forwardFlops = layers.reduce(
    (s, l) => s + denseFlops(spec.batchSize, l.inputs, l.outputs),
    0,
  );
  const table = layers.map((l) => {
    const forward = denseFlops(1, l.inputs, l.outputs);
    return {
      name: l.name,
      kind: `dense · ${l.activation}`,
      outputShape: [l.outputs],
      params: l.params,
      forwardFlops: forward,
      trainFlops: 3 * forward * spec.batchSize,
    };
  });
  return {
    layers,
    table,
    totalParams: layers.reduce((s, l) => s + l.params, 0),
    flopsPerStep: 3 * forwardFlops,
  };
}

export function createMlp(spec: MlpSpec, rng: Rng): Model {
  const summary = describeMlp(spec);
  const variables: tf.Variable[] = [];
  for (const l of summary.layers) {
    const w = initWeights(spec.initializer, rng, l.inputs, l.outputs);
    // Variables get tfjs's unique auto-generated names; the reports name them by layer.
    // tidy frees the initial-value tensors (a variable keeps its own reference to the data).
    variables.push(tf.tidy(() => tf.variable(tf.tensor2d(w, [l.inputs, l.outputs]))));
    variables.push(tf.tidy(() => tf.variable(tf.zeros([l.outputs]))));
  }
  const act = ACTIVATION_FNS[spec.activation];
  const last = variables.length / 2 - 1;
  const layer = (h: tf.Tensor2D, W: tf.Tensor, b: tf.Tensor, format: Precision) =>
    roundHidden(act(tf.add(tf.matMul(h, W as tf.Tensor2D), b)), format);
  const output = (h: tf.Tensor2D) =>
    tf.add(
      tf.matMul(h, variables[2 * last] as tf.Tensor2D),
      variables[2 * last + 1],
    ) as tf.Tensor2D;

  const model: Model = {
    ...modelParts(variables, summary),
    forward(x: tf.Tensor2D, format: Precision = 'fp32'): ForwardResult {
      const hidden: tf.Tensor2D[] = [];
      let h = x;
      for (let l = 0; l < last; l++) {
        h = layer(h, variables[2 * l], variables[2 * l + 1], format);
        hidden.push(h);
      }
      return { logits: output(h), hidden };
    },
  };
  if (!spec.gradCheckpoint) return model;

  // Each segment runs its hidden layers [a, e) from its input and the layers' W, b pairs,
  // rounding each layer's output to the format (one set of segments per format, built on use).
  const segmentsOf = (format: Precision) =>
    sqrtSegments(last).map(([a, e]) => ({
      weights: variables.slice(2 * a, 2 * e),
      run: checkpoint(((x, w) => {
        let h = x;
        for (let i = 0; i < w.length; i += 2) h = layer(h, w[i], w[i + 1], format);
        return h;
      }) satisfies Segment),
    }));
  const segments = new Map<Precision, ReturnType<typeof segmentsOf>>();
  return {
    ...model,
    trainLogits(x: tf.Tensor2D, format: Precision = 'fp32'): tf.Tensor2D {
      if (!segments.has(format)) segments.set(format, segmentsOf(format));
      const h = segments.get(format)!.reduce((hi, s) => s.run(hi, s.weights), x);
      return output(h);
    },
  };
}
