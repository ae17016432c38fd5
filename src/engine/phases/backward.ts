/**
 * Backpropagation: ∂L/∂θ for every parameter, added to the step's gradients (with k
 * micro-batches per step each contributes the gradient of loss/k, so the sum is the gradient
 * of the mean loss over the k batches, as in PyTorch's accumulation idiom).
 */
import * as tf from '@tensorflow/tfjs';
import type { BackwardReport, DataParallelReport } from '../../protocol/reports';
import { l2Norm } from '../stats';
import { type Model, paramsOf } from '../tasks/types';
import { requireTraining, type RunContext } from '../run/context';
import { recordGradNorms } from '../run/metrics';
import type { StepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { requireBatch } from './forward';
import { meanLoss } from './loss';
import { fp16UnderflowShares, lossScaleOf, roundGrads, scaleLossGradient } from './mixed-precision';
import type { Precision } from '../training/precision';
import { readTensors } from './read-back';
import {
  allReduceBytes,
  dataParallelGradients,
  type LocalGradients,
  replicaStatsTensor,
  type Shard,
  shardBounds,
} from '../training/data-parallel';

/**
 * The gradients of the batch's mean loss (divided by `accumulate` when above 1) with respect
 * to every variable, keyed by variable name, and the loss. tfjs records the forward pass on
 * its gradient tape inside `tf.variableGrads`, so the forward pass is traced again here.
 * Under mixed precision (`phases/mixed-precision.ts`) the logits and their gradient are
 * rounded to `format`, and backward is seeded with the loss scale `scale` (the gradients come
 * out multiplied by it, float32, not yet rounded; the loss returned is unscaled).
 */
export function gradients(
  ctx: RunContext,
  model: Model,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  accumulate: number,
  format: Precision = 'fp32',
  scale = 1,
): { value: tf.Scalar; grads: tf.NamedTensorMap } {
  return tf.variableGrads(() => {
    const loss = meanLoss(ctx, model, x, y, format);
    return scaleLossGradient(accumulate === 1 ? loss : tf.div(loss, accumulate), scale);
  }, model.variables);
}

/** Adds `more` into the step's gradients `sum` (or takes `more` when there are none yet). */
export function addGradients(
  sum: tf.NamedTensorMap | null,
  more: tf.NamedTensorMap,
): tf.NamedTensorMap {
  if (!sum) return more;
  return Object.fromEntries(Object.keys(more).map((k) => [k, tf.add(sum[k], more[k])]));
}

/** ‖g‖₂ per layer over all its variables (weights and biases), as one vector [layers]. */
export function layerGradNorms(model: Model, grads: tf.NamedTensorMap): tf.Tensor1D {
  const params = paramsOf(model);
  const perLayer = model.layerNames.map((_, l) =>
    tf.addN(
      model.variables
        .filter((_, i) => params[i].layer === l)
        .map((v) => tf.sum(tf.square(grads[v.name]))),
    ),
  );
  return tf.sqrt(tf.stack(perLayer)) as tf.Tensor1D;
}

/**
 * The backward phase of step mode: the gradients of the batch's loss, added to the step's,
 * read back with their norms. Under mixed precision the gradients are computed with the loss
 * scale, rounded to the format and kept scaled until the update unscales them; the report
 * shows them unscaled, with the loss scale and how many gradient values fp16 loses to
 * underflow with and without scaling (`phases/mixed-precision.ts`).
 */
export async function backward(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
): Promise<BackwardReport> {
  const { model } = requireTraining(ctx);
  const batch = requireBatch(ctx);
  const { format, scaler } = plan.precision;
  const scale = lossScaleOf(plan.precision, state.scaler);
  const { value, grads: raw, replicas } = batchGradients(ctx, plan, batch.x, batch.y, scale);
  // Counted where backward writes the gradients: before they are rounded to the format.
  const compareScale = scaler ? scale : state.config.initScale;
  const shares = tf.tidy(() => {
    const trueGrads = Object.values(raw).map((g) => (scale === 1 ? g : g.div(scale)));
    const s = fp16UnderflowShares(trueGrads, compareScale);
    return tf.stack([s.unscaled, s.scaled]);
  });
  const micro = tf.tidy(() => roundGrads(raw, format));
  if (micro !== raw) tf.dispose(Object.values(raw));
  const previous = ctx.grads;
  ctx.grads = tf.tidy(() => addGradients(previous, micro));
  if (previous) tf.dispose([...Object.values(previous), ...Object.values(micro)]);
  const loss = (await value.data())[0];
  value.dispose();
  const dataParallel = replicas ? await dataParallelReport(replicas, model.variables) : undefined;
  const [underflowUnscaled, underflowScaled] = await shares.data();
  shares.dispose();
  state.microBatch++;
  const grads = ctx.grads;
  // Shown unscaled: ∂L/∂θ, whatever the scale backward ran with.
  const shown = tf.tidy(() =>
    model.variables.map((v) => (scale === 1 ? grads[v.name].clone() : grads[v.name].div(scale))),
  );
  const values = await readTensors(shown);
  tf.dispose(shown);
  const named = paramsOf(model);
  const out = values.map((vals, i) => ({
    ...named[i],
    shape: model.variables[i].shape,
    values: vals,
    norm: l2Norm(vals),
  }));
  const perLayer = model.layerNames.map((_, l) =>
    Math.hypot(...out.filter((g) => g.layer === l).map((g) => g.norm)),
  );
  recordGradNorms(state, state.step + 1, perLayer);
  return {
    phase: 'backward',
    grads: out,
    globalNorm: Math.sqrt(out.reduce((s, g) => s + g.norm * g.norm, 0)),
    loss,
    precision: {
      format,
      lossScale: scaler ? scale : null,
      underflowUnscaled,
      underflowScaled,
      compareScale,
    },
    ...(dataParallel && { dataParallel }),
  };
}

/**
 * The batch's gradients for step mode: {@link gradients} of the whole batch, or with
 * data-parallel workers each worker's on its shard and the all-reduce's weighted mean
 * (`training/data-parallel.ts`), with the workers' shards and local losses and norms [2, N].
 */
function batchGradients(
  ctx: RunContext,
  plan: StepPlan,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  scale: number,
): LocalGradients & { replicas?: { shards: Shard[]; stats: tf.Tensor2D } } {
  const { model } = requireTraining(ctx);
  const { format } = plan.precision;
  const local = (xs: tf.Tensor, ys: tf.Tensor1D) =>
    gradients(ctx, model, xs as tf.Tensor2D, ys, plan.accumulate, format, scale);
  if (plan.workers === 1) return local(x, y);
  const shards = shardBounds(y.shape[0], plan.workers);
  const { value, grads, stats } = tf.tidy(() => {
    const all = dataParallelGradients(x, y, plan.workers, local);
    return {
      value: all.value,
      grads: all.grads,
      stats: replicaStatsTensor(all.replicas, plan.accumulate, scale),
    };
  });
  return { value, grads, replicas: { shards, stats } };
}

/** Reads the workers' local losses and norms back; the all-reduce's bytes (ring). */
async function dataParallelReport(
  replicas: { shards: Shard[]; stats: tf.Tensor2D },
  variables: readonly tf.Variable[],
): Promise<DataParallelReport> {
  const values = (await replicas.stats.data()) as Float32Array;
  replicas.stats.dispose();
  const workers = replicas.shards.length;
  const gradValues = variables.reduce((s, v) => s + v.size, 0);
  return {
    replicas: replicas.shards.map(({ from, to }, w) => ({
      worker: w + 1,
      from,
      to,
      loss: values[w],
      gradNorm: values[workers + w],
    })),
    allReduce: { workers, algorithm: 'ring', ...allReduceBytes(gradValues, workers) },
  };
}
