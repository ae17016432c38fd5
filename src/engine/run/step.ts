/**
 * One optimizer step, fused: the loop body of nanoGPT's `train.py` with the phases in order —
 * set the learning rate → for each micro-batch: batch, forward, loss, backward, accumulate →
 * clip → optimizer step → zero the gradients — in one `tf.tidy` with no GPU read-back.
 * Run mode calls it; step mode runs the same phase functions one at a time (`step-mode.ts`).
 */
import * as tf from '@tensorflow/tfjs';
import { addGradients, gradients, layerGradNorms } from '../phases/backward';
import { advanceData, gatherBatch, moreMicroBatches, nextIndices } from '../phases/data';
import {
  applyUpdate,
  clipGradients,
  completeStep,
  decayGradients,
  setStepLearningRate,
} from '../phases/update';
import { clipMeasured } from '../training/clip-measure';
import { disposeStepState, requireTraining, type RunContext } from './context';
import { recordMetric } from './metrics';
import type { StepPlan } from './plan';
import type { RunState } from './state';

/**
 * Takes one step. Returns the loss, a scalar tensor the caller reads back later and disposes;
 * with `measureGradNorms`, [loss, ‖g₁‖₂ … ‖g_L‖₂]: each layer's gradient norm before the
 * update (run mode asks for them only on the steps it reads back, so the extra reductions
 * cost nothing on the others). With k micro-batches the loss is the sum of their loss/k (their
 * mean; at an epoch's end a step may take fewer, see `moreMicroBatches`).
 *
 * The step's learning rate is recorded (series `learningRate`, a number the CPU already
 * has). With clipping on and a `clipStats` list, the step pushes onto it a tensor [2] of
 * [‖g‖₂ before clipping, clip factor] for the caller to read back with the loss and dispose:
 * no read-back of its own.
 */
export function trainStep(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  measureGradNorms: boolean,
  clipStats?: tf.Tensor[],
): tf.Tensor {
  const { model, optimizer } = requireTraining(ctx);
  disposeStepState(ctx);
  setStepLearningRate(ctx, state, plan); // set the learning rate
  recordMetric(state, 'learningRate', state.step + 1, state.learningRate);
  const [out, stats] = tf.tidy(() => {
    let grads: tf.NamedTensorMap | null = null;
    const losses: tf.Scalar[] = [];
    state.microBatch = 0;
    for (;;) {
      const { x, y } = gatherBatch(ctx, nextIndices(state).indices); // batch
      const micro = gradients(ctx, model, optimizer, x, y, plan.accumulate); // forward, loss, backward
      grads = addGradients(grads, micro.grads); // accumulate
      losses.push(micro.value);
      state.microBatch++;
      if (!moreMicroBatches(state, plan.accumulate)) break; // k of them, or the epoch's end
      advanceData(state); // on to the step's next micro-batch
    }
    const loss = losses.length === 1 ? losses[0] : tf.addN(losses);
    const norms = measureGradNorms ? layerGradNorms(model, grads!) : null;
    // clip (measured only when the caller reads the measurements back)
    const measured = plan.clip && clipStats ? clipMeasured(grads!, plan.clip) : null;
    const clipped = measured ? measured.grads : clipGradients(grads!, plan);
    const decayed = decayGradients(clipped, model.variables, plan); // weight decay
    applyUpdate(optimizer, decayed, model.variables, plan, state.learningRate); // optimizer step
    // tidy frees the gradients: the next step starts from none (zero grad)
    const result = norms ? tf.concat([tf.reshape(loss, [1]), norms]) : loss;
    return measured ? [result, measured.stats] : [result];
  });
  if (stats) clipStats?.push(stats);
  completeStep(ctx, state);
  state.lastPhase = 'update';
  return out;
}
