/**
 * The update: θ ← optimizer(θ, ∂L/∂θ) with the step's gradients, then the step is counted
 * and the data position moves past the step's last batch.
 */
import * as tf from '@tensorflow/tfjs';
import type { UpdateReport } from '../../protocol/reports';
import { clipByGlobalNorm, clipByValue } from '../training/clipping';
import { disposeBatch, disposeGrads, requireTraining, type RunContext } from '../run/context';
import { namedParams, optimizerStep, readOptimizerView } from '../run/optimizer';
import type { StepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { advanceData } from './data';
import { unscaleAndCheck, updatePrecision } from './mixed-precision';
import { readParams } from './read-back';

/**
 * Sets the learning rate of the step about to be taken, as the plan gives it for the step
 * count. The optimizer holds no learning rate: each step passes this one.
 */
export function setStepLearningRate(state: RunState, plan: StepPlan): void {
  state.learningRate = plan.learningRateAt(state.step, state.plateau);
}

/**
 * The gradients the optimizer steps on: clipped as the plan says (PyTorch's clip_grad_norm_
 * or clip_grad_value_, `training/clipping.ts`), else `grads` themselves. New tensors
 * are the caller's (a tidy's) to free; `grads` are not disposed. Weight decay comes after, in
 * the optimizer's step (PyTorch adds λ·θ inside `optimizer.step()`, after clipping).
 */
export function clipGradients(grads: tf.NamedTensorMap, plan: StepPlan): tf.NamedTensorMap {
  if (plan.clip === null) return grads;
  const named = new Map(Object.entries(grads));
  const clipped =
    plan.clip.kind === 'norm'
      ? clipByGlobalNorm(named, plan.clip.max)
      : clipByValue(named, plan.clip.max);
  tf.dispose([clipped.normBefore, clipped.normAfter, clipped.factor]);
  return Object.fromEntries(clipped.grads);
}

/** Counts one optimizer step and moves the data position past its last batch. */
export function completeStep(ctx: RunContext, state: RunState): void {
  state.step++;
  state.microBatch = 0;
  advanceData(state);
  disposeBatch(ctx);
}

/** The update phase of step mode: applies the gradients of the backward phase. */
export async function update(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
): Promise<UpdateReport> {
  const { model, optimizer } = requireTraining(ctx);
  if (!ctx.grads) throw new Error('Run the backward phase before the update.');
  setStepLearningRate(state, plan);
  const before = await readParams(ctx);
  // Under fp16 loss scaling: unscaled, checked for Inf/NaN, maybe skipped (mixed-precision.ts).
  const checked = await unscaleAndCheck(ctx.grads, plan.precision, state);
  const grads = checked.grads;
  if (!checked.skipped)
    tf.tidy(() =>
      optimizerStep(
        optimizer,
        namedParams(model),
        clipGradients(grads, plan),
        plan,
        state.learningRate,
      ),
    );
  checked.dispose();
  disposeGrads(ctx);
  const after = await readParams(ctx);
  const optimizerState = await readOptimizerView(optimizer, state.learningRate);
  completeStep(ctx, state);
  return {
    phase: 'update',
    optimizer: state.config.optimizer,
    learningRate: state.learningRate,
    before,
    after,
    state: optimizerState,
    step: state.step,
    precision: updatePrecision(state, plan.precision, checked),
  };
}
