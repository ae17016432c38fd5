/**
 * One optimizer step, fused: the loop body of nanoGPT's `train.py` with the phases in order —
 * set the learning rate → for each micro-batch: batch, forward, loss, backward, accumulate →
 * clip → optimizer step → zero the gradients — in one `tf.tidy` with no GPU read-back.
 * Run mode calls it; step mode runs the same phase functions one at a time (`step-mode.ts`).
 */
import * as tf from '@tensorflow/tfjs';
import { addGradients, gradients, layerGradNorms } from '../phases/backward';
import { advanceData, gatherBatch, moreMicroBatches, nextIndices } from '../phases/data';
import { clipGradients, completeStep, setStepLearningRate } from '../phases/update';
import { disposeStepState, requireTraining, type RunContext } from './context';
import { namedParams, optimizerStep } from './optimizer';
import type { StepPlan } from './plan';
import type { RunState } from './state';

/**
 * Takes one step. Returns the loss, a scalar tensor the caller reads back later and disposes;
 * with `measureGradNorms`, [loss, ‖g₁‖₂ … ‖g_L‖₂]: each layer's gradient norm before the
 * update (run mode asks for them only on the steps it reads back, so the extra reductions
 * cost nothing on the others). With k micro-batches the loss is the sum of their loss/k (their
 * mean; at an epoch's end a step may take fewer, see `moreMicroBatches`).
 */
export function trainStep(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  measureGradNorms: boolean,
): tf.Tensor {
  const { model, optimizer } = requireTraining(ctx);
  disposeStepState(ctx);
  setStepLearningRate(state, plan); // set the learning rate
  const out = tf.tidy(() => {
    let grads: tf.NamedTensorMap | null = null;
    const losses: tf.Scalar[] = [];
    state.microBatch = 0;
    for (;;) {
      const { x, y } = gatherBatch(ctx, nextIndices(state).indices); // batch
      const micro = gradients(ctx, model, x, y, plan.accumulate); // forward, loss, backward
      grads = addGradients(grads, micro.grads); // accumulate
      losses.push(micro.value);
      state.microBatch++;
      if (!moreMicroBatches(state, plan.accumulate)) break; // k of them, or the epoch's end
      advanceData(state); // on to the step's next micro-batch
    }
    const loss = losses.length === 1 ? losses[0] : tf.addN(losses);
    const norms = measureGradNorms ? layerGradNorms(model, grads!) : null;
    const clipped = clipGradients(grads!, plan); // clip
    optimizerStep(optimizer, namedParams(model), clipped, plan, state.learningRate); // weight decay, optimizer step
    // tidy frees the gradients: the next step starts from none (zero grad)
    return norms ? tf.concat([tf.reshape(loss, [1]), norms]) : loss;
  });
  completeStep(ctx, state);
  state.lastPhase = 'update';
  return out;
}
