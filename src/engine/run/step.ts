/**
 * One optimizer step, fused: the loop body of nanoGPT's `train.py` with the phases in order —
 * set the learning rate → for each micro-batch: batch, forward, loss, backward, accumulate →
 * clip → optimizer step → zero the gradients — in one `tf.tidy` with no GPU read-back.
 * Run mode calls it; step mode runs the same phase functions one at a time (`step-mode.ts`).
 * Under fp16 with loss scaling, `trainStepScaled` reads back one value per step to decide
 * whether the optimizer step is skipped (`phases/mixed-precision.ts`).
 */
import * as tf from '@tensorflow/tfjs';
import { addGradients, gradients, layerGradNorms } from '../phases/backward';
import { advanceData, gatherBatch, moreMicroBatches, nextIndices } from '../phases/data';
import { clipGradients, completeStep, setStepLearningRate } from '../phases/update';
import { roundGrads, type ScalerStep, unscaleAndCheck } from '../phases/mixed-precision';
import { clipMeasured } from '../training/clip-measure';
import { dataParallelGradients } from '../training/data-parallel';
import { disposeStepState, requireTraining, type RunContext } from './context';
import { recordMetric } from './metrics';
import { namedParams, optimizerStep } from './optimizer';
import type { StepPlan } from './plan';
import type { RunState } from './state';

/**
 * The step's gradients and loss, inside the caller's tidy: for each micro-batch batch,
 * forward, loss, backward (with data-parallel workers on each worker's shard, averaged by the
 * all-reduce; under mixed precision with the logits rounded, backward seeded
 * with `scale`, each micro-batch's gradients rounded to the format), accumulated in float32.
 * With k micro-batches the loss is the sum of their loss/k (their mean).
 */
function stepGradients(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  scale: number,
): { loss: tf.Scalar; grads: tf.NamedTensorMap } {
  const { model } = requireTraining(ctx);
  const { format } = plan.precision;
  let grads: tf.NamedTensorMap | null = null;
  const losses: tf.Scalar[] = [];
  state.microBatch = 0;
  for (;;) {
    const { indices } = nextIndices(state);
    const { x, y } = ctx.feed?.take(indices) ?? gatherBatch(ctx, indices); // batch (maybe prefetched)
    const local = (xs: tf.Tensor, ys: tf.Tensor1D) =>
      gradients(ctx, model, xs as tf.Tensor2D, ys, plan.accumulate, format, scale);
    // forward, loss, backward (on each worker's shard, then the all-reduce)
    const micro = plan.workers > 1 ? dataParallelGradients(x, y, plan.workers, local) : local(x, y);
    grads = addGradients(grads, roundGrads(micro.grads, format)); // accumulate
    losses.push(micro.value);
    state.microBatch++;
    if (!moreMicroBatches(state, plan.accumulate)) break; // k of them, or the epoch's end
    advanceData(state); // on to the step's next micro-batch
  }
  return { loss: losses.length === 1 ? losses[0] : tf.addN(losses), grads: grads! };
}

/**
 * Clip, then the optimizer step with its weight decay (inside the caller's tidy). With
 * clipping on and `measure`, returns a tensor [2] of [‖g‖₂ before clipping, clip factor]
 * (`clip-measure.ts`) for the caller to read back later; otherwise null.
 */
function clipAndStep(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  grads: tf.NamedTensorMap,
  measure: boolean,
): tf.Tensor | null {
  const { model, optimizer } = requireTraining(ctx);
  // clip (measured only when the caller reads the measurements back)
  const measured = plan.clip && measure ? clipMeasured(grads, plan.clip) : null;
  const clipped = measured ? measured.grads : clipGradients(grads, plan);
  optimizerStep(optimizer, namedParams(model), clipped, plan, state.learningRate); // weight decay, optimizer step
  return measured ? measured.stats : null;
}

/**
 * Takes one step with no read-back. Returns the loss, a scalar tensor the caller reads back
 * later and disposes; with `measureGradNorms`, [loss, ‖g₁‖₂ … ‖g_L‖₂]: each layer's gradient
 * norm before the update (run mode asks for them only on the steps it reads back, so the extra
 * reductions cost nothing on the others). With k micro-batches the loss is the sum of their
 * loss/k (their mean; at an epoch's end a step may take fewer, see `moreMicroBatches`).
 * Under fp16 and bf16 without loss scaling the values are rounded (`phases/mixed-precision.ts`).
 * @throws Error when the plan scales the loss: that step reads its Inf/NaN check back, see
 *   {@link trainStepScaled}
 */
export function trainStep(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  measureGradNorms: boolean,
  clipStats?: tf.Tensor[],
): tf.Tensor {
  if (plan.precision.scaler) throw new Error('Loss scaling needs trainStepScaled (it reads back).');
  const { model } = requireTraining(ctx);
  disposeStepState(ctx);
  setStepLearningRate(state, plan); // set the learning rate
  recordMetric(state, 'learningRate', state.step + 1, state.learningRate);
  const [out, stats] = tf.tidy(() => {
    const { loss, grads } = stepGradients(ctx, state, plan, 1);
    const norms = measureGradNorms ? layerGradNorms(model, grads) : null;
    const measured = clipAndStep(ctx, state, plan, grads, clipStats !== undefined);
    // tidy frees the gradients: the next step starts from none (zero grad)
    const result = norms ? tf.concat([tf.reshape(loss, [1]), norms]) : loss;
    return measured ? [result, measured] : [result];
  });
  if (stats) clipStats?.push(stats);
  completeStep(ctx, state);
  state.lastPhase = 'update';
  return out;
}

/**
 * One step under fp16 with dynamic loss scaling (PyTorch AMP's loop: `scaler.scale(loss)
 * .backward()`, `scaler.unscale_`, clip, `scaler.step`, `scaler.update()`): backward seeded
 * with the scale, the rounded gradients unscaled, and the optimizer step skipped when one is
 * Inf or NaN. Whether one is must be read back each step (one value: PyTorch's `scaler.step()`
 * syncs on `found_inf.item()` too); everything else stays on the device. Returns what
 * {@link trainStep} returns (the norms are of the unscaled gradients; Inf/NaN on a skipped step).
 * Any plan may be run with it (without a scaler it is {@link trainStep}).
 */
export async function trainStepScaled(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  measureGradNorms: boolean,
  clipStats?: tf.Tensor[],
): Promise<tf.Tensor> {
  if (!plan.precision.scaler) return trainStep(ctx, state, plan, measureGradNorms, clipStats);
  const { model } = requireTraining(ctx);
  disposeStepState(ctx);
  setStepLearningRate(state, plan);
  recordMetric(state, 'learningRate', state.step + 1, state.learningRate);
  const scaled = tf.tidy(() => stepGradients(ctx, state, plan, state.scaler.scale));
  let checked: ScalerStep;
  try {
    checked = await unscaleAndCheck(scaled.grads, plan.precision, state);
  } catch (e) {
    tf.dispose([scaled.loss, ...Object.values(scaled.grads)]);
    throw e;
  }
  tf.dispose(Object.values(scaled.grads));
  const [out, stats] = tf.tidy(() => {
    const norms = measureGradNorms ? layerGradNorms(model, checked.grads) : null;
    const measured = checked.skipped
      ? null
      : clipAndStep(ctx, state, plan, checked.grads, clipStats !== undefined);
    const result = norms ? tf.concat([tf.reshape(scaled.loss, [1]), norms]) : scaled.loss.clone();
    return measured ? [result, measured] : [result];
  });
  if (stats) clipStats?.push(stats);
  checked.dispose();
  scaled.loss.dispose();
  completeStep(ctx, state);
  state.lastPhase = 'update';
  return out;
}
