/**
 * A neural language model after Bengio et al. (2003): each of the k context characters is
 * looked up in an embedding table C (V × d), the k embeddings are concatenated, then dense
 * layers predict the next character:
 *   e = [C[c₁], …, C[c_k]],  h = act(e W₁ + b₁) …,  logits = h W_out + b_out.
 */
import * as tf from '@tensorflow/tfjs';
import { modelParts } from './model-parts';
import type { Activation, InitializerId } from '../../config/schema';
import type { LayerSummary, ModelSummary } from '../../protocol/messages';
import { initWeights } from '../initializers';
import type { Rng } from '../rng';
import type { ForwardResult, Model, ParamInfo } from '../tasks/types';
import { embed, embeddingFlops } from './embedding';
import { roundHidden } from '../training/hidden-rounding';
import type { Precision } from '../training/precision';
import { ACTIVATION_FNS, denseFlops } from './mlp';

export interface CharMlpSpec {
  vocab: number;
  /** Characters of context (k). */
  context: number;
  /** Size of each character's embedding (d). */
  embedding: number;
  hidden: number[];
  activation: Activation;
  initializer: InitializerId;
  batchSize: number;
}

/** Layers, parameters and FLOPs of the model, without creating it. */
export function describeCharMlp(spec: CharMlpSpec): ModelSummary {
  const { vocab: v, context: k, embedding: d, batchSize: batch } = spec;
  const layers: ModelSummary['layers'] = [
    { name: 'embedding', inputs: v, outputs: d, activation: 'linear', params: v * d },
  ];
  const table: LayerSummary[] = [];
  const row = (r: Omit<LayerSummary, 'trainFlops'>) =>
    // Backward costs about twice the forward (gradients for the inputs and for the weights).
    table.push({ ...r, trainFlops: 3 * r.forwardFlops * batch });
  row({
    name: 'embedding',
    kind: `lookup ${k} × ${d} → concat`,
    outputShape: [k * d],
    params: v * d,
    forwardFlops: embeddingFlops(k, v, d),
  });
  const sizes = [k * d, ...spec.hidden, v];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const output = l + 2 === sizes.length;
    const layer = {
      name: output ? 'output' : `hidden ${l + 1}`,
      inputs: sizes[l],
      outputs: sizes[l + 1],
      activation: output ? 'softmax' : spec.activation,
      params: sizes[l] * sizes[l + 1] + sizes[l + 1],
    };
    layers.push(layer);
    row({
      name: layer.name,
      kind: `dense · ${layer.activation}`,
      outputShape: [layer.outputs],
      params: layer.params,
      forwardFlops: denseFlops(1, layer.inputs, layer.outputs),
    });
  }
  const forward = table.reduce((s, r) => s + r.forwardFlops, 0);
  return {
    layers,
    table,
    totalParams: layers.reduce((s, l) => s + l.params, 0),
    flopsPerStep: 3 * forward * batch,
  };
}

export function createCharMlp(spec: CharMlpSpec, rng: Rng): Model {
  const summary = describeCharMlp(spec);
  const variables: tf.Variable[] = [];
  const params: ParamInfo[] = [];
  summary.layers.forEach((l, i) => {
    const w = initWeights(spec.initializer, rng, l.inputs, l.outputs);
    // tidy frees the initial-value tensors (a variable keeps its own reference to the data).
    variables.push(tf.tidy(() => tf.variable(tf.tensor2d(w, [l.inputs, l.outputs]))));
    if (i === 0) {
      params.push({ name: 'C · embedding', layer: 0 });
      return;
    }
    variables.push(tf.tidy(() => tf.variable(tf.zeros([l.outputs]))));
    params.push({ name: `W · ${l.name}`, layer: i }, { name: `b · ${l.name}`, layer: i });
  });
  const act = ACTIVATION_FNS[spec.activation];
  const { context: k, embedding: d } = spec;

  return {
    ...modelParts(variables, summary, params),
    /** Hidden: the concatenated embeddings, then each dense layer's output (rounded to `format`). */
    forward(x: tf.Tensor2D, format: Precision = 'fp32'): ForwardResult {
      const n = x.shape[0];
      const e = tf.reshape(embed(x, variables[0] as tf.Tensor2D), [n, k * d]) as tf.Tensor2D;
      let h = roundHidden(e, format);
      const hidden: tf.Tensor[] = [h];
      const last = summary.layers.length - 1;
      for (let l = 1; l < last; l++) {
        const [w, b] = [variables[2 * l - 1], variables[2 * l]];
        h = roundHidden(act(tf.add(tf.matMul(h, w as tf.Tensor2D), b)), format);
        hidden.push(h);
      }
      const logits = tf.add(
        tf.matMul(h, variables[2 * last - 1] as tf.Tensor2D),
        variables[2 * last],
      ) as tf.Tensor2D;
      return { logits, hidden };
    },
  };
}
