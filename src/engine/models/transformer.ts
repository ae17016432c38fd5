/**
 * A miniature decoder-only transformer (the architecture of GPT, scaled down to fit a
 * browser): token + position embeddings, then `blocks` blocks of
 *   h ← h + Attention(LayerNorm(h)),   h ← h + MLP(LayerNorm(h)),
 * then a final LayerNorm and a linear layer to next-token logits.
 *
 * Attention is causal: position t attends only to positions ≤ t (a mask of −∞ above the
 * diagonal before the softmax), so what the model predicts at t never depends on later
 * tokens. Training uses the prediction at the last position of each context window.
 * Under mixed precision the residual stream after the embeddings and after each attention and
 * MLP sublayer, and each MLP's inner activations, are rounded to the format
 * (`training/hidden-rounding.ts`); LayerNorm and softmax read them in float32.
 */
import * as tf from '@tensorflow/tfjs';
import { modelParts } from './model-parts';
import type { Activation, InitializerId } from '../../config/schema';
import type { LayerSummary, ModelSummary } from '../../protocol/messages';
import { initWeights } from '../initializers';
import type { Rng } from '../rng';
import type { ForwardResult, Model, ParamInfo } from '../tasks/types';
import { roundHidden } from '../training/hidden-rounding';
import type { Precision } from '../training/precision';
import { embed, embeddingFlops } from './embedding';
import { ACTIVATION_FNS, denseFlops } from './mlp';

export interface TransformerSpec {
  vocab: number;
  /** Tokens of context (T), the longest sequence the model sees. */
  context: number;
  /** Width of the residual stream (d). */
  embedding: number;
  heads: number;
  blocks: number;
  activation: Activation;
  initializer: InitializerId;
  batchSize: number;
}

/** The MLP of a block widens the stream 4× (as in GPT), then projects it back. */
export const MLP_WIDTH = 4;
const LN_EPSILON = 1e-5;
/** Added to the attention scores of future positions: exp(−1e9) is 0 in float32. */
const MASKED = -1e9;

export interface TransformerModel extends Model {
  /** Next-token logits at every position, n × T × V (the causality test reads them). */
  forwardAll(x: tf.Tensor2D): tf.Tensor3D;
}

/** Layers, parameters and FLOPs, without creating the model. */
export function describeTransformer(spec: TransformerSpec): ModelSummary {
  const { vocab: v, context: t, embedding: d, batchSize: batch } = spec;
  const w = MLP_WIDTH * d;
  const layers: ModelSummary['layers'] = [];
  const table: LayerSummary[] = [];
  const row = (r: Omit<LayerSummary, 'trainFlops'>) =>
    // Backward costs about twice the forward (gradients for the inputs and for the weights).
    table.push({ ...r, trainFlops: 3 * r.forwardFlops * batch });
  const lnParams = 2 * d;

  layers.push({
    name: 'embedding',
    inputs: v,
    outputs: d,
    activation: 'linear',
    params: v * d + t * d,
  });
  row({
    name: 'embedding',
    kind: 'token + position',
    outputShape: [t, d],
    params: v * d + t * d,
    forwardFlops: embeddingFlops(t, v, d),
  });
  for (let b = 1; b <= spec.blocks; b++) {
    const attention = 3 * d * d + 3 * d + d * d + d + lnParams;
    layers.push({
      name: `attention ${b}`,
      inputs: d,
      outputs: 3 * d,
      activation: 'linear',
      params: attention,
    });
    row({
      name: `attention ${b}`,
      kind: `causal self-attention · ${spec.heads} head${spec.heads > 1 ? 's' : ''}`,
      outputShape: [t, d],
      params: attention,
      // q, k, v projections, scores q·kᵀ and the weighted sum of values (≈ half of them
      // masked, but computed), and the output projection.
      forwardFlops: t * (2 * d * 3 * d + 2 * d * d) + 2 * (2 * t * t * d),
    });
    const mlp = d * w + w + w * d + d + lnParams;
    layers.push({
      name: `MLP ${b}`,
      inputs: d,
      outputs: w,
      activation: spec.activation,
      params: mlp,
    });
    row({
      name: `MLP ${b}`,
      kind: `dense ${d}→${w}→${d} · ${spec.activation}`,
      outputShape: [t, d],
      params: mlp,
      forwardFlops: t * 2 * (2 * d * w),
    });
  }
  layers.push({
    name: 'output',
    inputs: d,
    outputs: v,
    activation: 'softmax',
    params: d * v + v + lnParams,
  });
  row({
    name: 'output',
    kind: 'layer norm → dense (last position)',
    outputShape: [v],
    params: d * v + v + lnParams,
    forwardFlops: denseFlops(1, d, v),
  });
  const forward = table.reduce((s, r) => s + r.forwardFlops, 0);
  return {
    layers,
    table,
    totalParams: layers.reduce((s, l) => s + l.params, 0),
    flopsPerStep: 3 * forward * batch,
  };
}

/** LayerNorm over the last axis: (x − mean) / √(var + ε) · γ + β. */
function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(
    tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, LN_EPSILON))), gamma),
    beta,
  );
}

export function createTransformer(spec: TransformerSpec, rng: Rng): TransformerModel {
  const summary = describeTransformer(spec);
  const { vocab: V, context: T, embedding: d, heads: H, blocks: B } = spec;
  if (d % H !== 0) throw new Error(`The width ${d} must be a multiple of the heads (${H}).`);
  const dh = d / H;
  const W = MLP_WIDTH * d;
  const variables: tf.Variable[] = [];
  const params: ParamInfo[] = [];
  const add = (
    name: string,
    layer: number,
    shape: number[],
    init: 'weights' | 'zeros' | 'ones',
  ) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const values =
      init === 'weights'
        ? initWeights(spec.initializer, rng, shape[0], shape[1])
        : new Float32Array(size).fill(init === 'ones' ? 1 : 0);
    const v = tf.tidy(() => tf.variable(tf.tensor(values, shape)));
    variables.push(v);
    params.push({ name: `${name} · ${summary.layers[layer].name}`, layer });
    return v;
  };
  // Each layer's first variable is its weight matrix (the reports look at it first).
  const wte = add('token E', 0, [V, d], 'weights');
  const wpe = add('position P', 0, [T, d], 'weights');
  const blocks = Array.from({ length: B }, (_, i) => {
    const a = 1 + 2 * i;
    return {
      wqkv: add('W_qkv', a, [d, 3 * d], 'weights'),
      bqkv: add('b_qkv', a, [3 * d], 'zeros'),
      wo: add('W_o', a, [d, d], 'weights'),
      bo: add('b_o', a, [d], 'zeros'),
      ln1g: add('LN γ', a, [d], 'ones'),
      ln1b: add('LN β', a, [d], 'zeros'),
      w1: add('W₁', a + 1, [d, W], 'weights'),
      b1: add('b₁', a + 1, [W], 'zeros'),
      w2: add('W₂', a + 1, [W, d], 'weights'),
      b2: add('b₂', a + 1, [d], 'zeros'),
      ln2g: add('LN γ', a + 1, [d], 'ones'),
      ln2b: add('LN β', a + 1, [d], 'zeros'),
    };
  });
  const out = 1 + 2 * B;
  const wout = add('W', out, [d, V], 'weights');
  const bout = add('b', out, [V], 'zeros');
  const lnfg = add('LN γ', out, [d], 'ones');
  const lnfb = add('LN β', out, [d], 'zeros');
  // 0 on and below the diagonal, MASKED above it: position t sees positions ≤ t only.
  const mask = tf.tensor2d(
    Float32Array.from({ length: T * T }, (_, k) => (k % T > Math.floor(k / T) ? MASKED : 0)),
    [T, T],
  );
  const act = ACTIVATION_FNS[spec.activation];

  /** (n·T) × d → n·H × T × dh: the stream split into heads. */
  const splitHeads = (x: tf.Tensor, n: number) =>
    tf.reshape(tf.transpose(tf.reshape(x, [n, T, H, dh]), [0, 2, 1, 3]), [n * H, T, dh]);

  /** The residual stream after the last block, normalised (n × T × d), and what it passed. */
  function trunk(x: tf.Tensor2D, format: Precision) {
    const n = x.shape[0];
    let h: tf.Tensor = roundHidden(tf.add(embed(x, wte as tf.Tensor2D), wpe), format);
    const hidden: tf.Tensor[] = [h];
    const attention: tf.Tensor[] = [];
    for (const blk of blocks) {
      const a = tf.reshape(layerNorm(h, blk.ln1g, blk.ln1b), [n * T, d]) as tf.Tensor2D;
      const qkv = tf.add(tf.matMul(a, blk.wqkv), blk.bqkv);
      const [q, k, v] = tf.split(qkv, 3, 1).map((p) => splitHeads(p, n));
      const scores = tf.add(tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(dh)), mask);
      const weights = tf.softmax(scores);
      attention.push(tf.reshape(weights, [n, H, T, T]));
      const mixed = tf.reshape(
        tf.transpose(tf.reshape(tf.matMul(weights, v), [n, H, T, dh]), [0, 2, 1, 3]),
        [n * T, d],
      ) as tf.Tensor2D;
      h = tf.add(h, tf.reshape(tf.add(tf.matMul(mixed, blk.wo), blk.bo), [n, T, d]));
      h = roundHidden(h, format);
      hidden.push(h);
      const m = tf.reshape(layerNorm(h, blk.ln2g, blk.ln2b), [n * T, d]) as tf.Tensor2D;
      const inner = roundHidden(act(tf.add(tf.matMul(m, blk.w1), blk.b1)), format);
      hidden.push(tf.reshape(inner, [n, T, W]));
      h = tf.add(h, tf.reshape(tf.add(tf.matMul(inner, blk.w2), blk.b2), [n, T, d]));
      h = roundHidden(h, format);
    }
    return { final: layerNorm(h, lnfg, lnfb), hidden, attention };
  }

  const parts = modelParts(variables, summary, params);
  return {
    ...parts,
    forward(x: tf.Tensor2D, format: Precision = 'fp32'): ForwardResult {
      const n = x.shape[0];
      const { final, hidden, attention } = trunk(x, format);
      const last = tf.reshape(tf.slice(final, [0, T - 1, 0], [n, 1, d]), [n, d]) as tf.Tensor2D;
      return { logits: tf.add(tf.matMul(last, wout), bout), hidden, attention };
    },
    forwardAll(x: tf.Tensor2D): tf.Tensor3D {
      const n = x.shape[0];
      const flat = tf.reshape(trunk(x, 'fp32').final, [n * T, d]) as tf.Tensor2D;
      return tf.reshape(tf.add(tf.matMul(flat, wout), bout), [n, T, V]);
    },
    dispose() {
      parts.dispose();
      mask.dispose();
    },
  };
}
