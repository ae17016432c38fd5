/**
 * Backpropagation: ∂L/∂θ for every parameter, added to the step's gradients (with k
 * micro-batches per step each contributes the gradient of loss/k, so the sum is the gradient
 * of the mean loss over the k batches, as in PyTorch's accumulation idiom).
 */
import * as tf from '@tensorflow/tfjs';
import type { BackwardReport } from '../../protocol/reports';
import { l2Norm } from '../stats';
import { type Model, paramsOf } from '../tasks/types';
import { requireTraining, type RunContext } from '../run/context';
import { recordGradNorms } from '../run/metrics';
import type { StepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { requireBatch } from './forward';
import { meanLoss } from './loss';
import { readTensors } from './read-back';

/**
 * The gradients of the batch's mean loss (divided by `accumulate` when above 1) with respect
 * to every variable, keyed by variable name, and the loss. tfjs records the forward pass on
 * its gradient tape inside `tf.variableGrads`, so the forward pass is traced again here.
 */
export function gradients(
  ctx: RunContext,
  model: Model,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  accumulate: number,
): { value: tf.Scalar; grads: tf.NamedTensorMap } {
  return tf.variableGrads(
    () =>
      accumulate === 1
        ? meanLoss(ctx, model, x, y)
        : tf.div(meanLoss(ctx, model, x, y), accumulate),
    model.variables,
  );
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
 * read back with their norms.
 */
export async function backward(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
): Promise<BackwardReport> {
  const { model } = requireTraining(ctx);
  const batch = requireBatch(ctx);
  const { value, grads: micro } = gradients(ctx, model, batch.x, batch.y, plan.accumulate);
  const previous = ctx.grads;
  ctx.grads = tf.tidy(() => addGradients(previous, micro));
  if (previous) tf.dispose([...Object.values(previous), ...Object.values(micro)]);
  const loss = (await value.data())[0];
  value.dispose();
  state.microBatch++;
  const grads = ctx.grads;
  const values = await readTensors(model.variables.map((v) => grads[v.name]));
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
  };
}
