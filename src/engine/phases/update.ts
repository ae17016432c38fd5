/**
 * The update: θ ← optimizer(θ, ∂L/∂θ) with the step's gradients, then the step is counted
 * and the data position moves past the step's last batch.
 */
import * as tf from '@tensorflow/tfjs';
import type { UpdateReport } from '../../protocol/reports';
import { OPTIMIZER_LABELS, setLearningRate } from '../optimizers';
import { clipByGlobalNorm, clipByValue } from '../training/clipping';
import { disposeBatch, disposeGrads, requireTraining, type RunContext } from '../run/context';
import type { StepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { advanceData } from './data';
import { unscaleAndCheck, updatePrecision } from './mixed-precision';
import { readOptimizerState, readParams } from './read-back';

/**
 * Sets the learning rate of the step about to be taken, as the plan gives it for the step
 * count; the optimizer is told only when the rate changed (tfjs's SGD allocates a tensor
 * for each new rate).
 */
export function setStepLearningRate(ctx: RunContext, state: RunState, plan: StepPlan): void {
  state.learningRate = plan.learningRateAt(state.step, state.plateau);
  if (ctx.optimizer && ctx.optimizerLearningRate !== state.learningRate) {
    setLearningRate(ctx.optimizer, state.learningRate);
    ctx.optimizerLearningRate = state.learningRate;
  }
}

/**
 * The gradients the optimizer steps on: clipped as the plan says (PyTorch's clip_grad_norm_
 * or clip_grad_value_, `training/clipping.ts`), else `grads` themselves. New tensors
 * are the caller's (a tidy's) to free; `grads` are not disposed.
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

/**
 * The gradients with L2 weight decay: g + λ·θ for every variable (PyTorch's `weight_decay` of
 * SGD, momentum, RMSprop and Adam). PyTorch adds λ·θ inside `optimizer.step()`, so after
 * `clip_grad_norm_` has clipped `.grad`: call this on the clipped gradients. Without L2 decay,
 * `grads` themselves. New tensors are the caller's (a tidy's) to free; `grads` are not disposed.
 */
export function decayGradients(
  grads: tf.NamedTensorMap,
  variables: readonly tf.Variable[],
  plan: StepPlan,
): tf.NamedTensorMap {
  const wd = plan.weightDecay;
  if (!wd || wd.kind !== 'l2') return grads;
  const out: tf.NamedTensorMap = { ...grads };
  for (const v of variables) out[v.name] = tf.add(grads[v.name], tf.mul(v, wd.lambda));
  return out;
}

/**
 * Applies `grads` with the optimizer (one optimizer step; the grads are not disposed). With
 * decoupled weight decay (AdamW) every variable is first multiplied by 1 − lr·λ, then the
 * optimizer steps: torch.optim.AdamW's order (`param.mul_(1 - lr * weight_decay)` before the
 * Adam update).
 */
export function applyUpdate(
  optimizer: tf.Optimizer,
  grads: tf.NamedTensorMap,
  variables: readonly tf.Variable[],
  plan: StepPlan,
  learningRate: number,
): void {
  const wd = plan.weightDecay;
  if (wd?.kind === 'decoupled')
    for (const v of variables) v.assign(tf.mul(v, 1 - learningRate * wd.lambda));
  optimizer.applyGradients(grads);
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
  setStepLearningRate(ctx, state, plan);
  const before = await readParams(ctx);
  // Under fp16 loss scaling: unscaled, checked for Inf/NaN, maybe skipped (mixed-precision.ts).
  const checked = await unscaleAndCheck(ctx.grads, plan.precision, state);
  const grads = checked.grads;
  if (!checked.skipped)
    tf.tidy(() =>
      applyUpdate(
        optimizer,
        decayGradients(clipGradients(grads, plan), model.variables, plan),
        model.variables,
        plan,
        state.learningRate,
      ),
    );
  checked.dispose();
  disposeGrads(ctx);
  const after = await readParams(ctx);
  const slots = await readOptimizerState(optimizer);
  completeStep(ctx, state);
  return {
    phase: 'update',
    optimizer: OPTIMIZER_LABELS[state.config.optimizer],
    learningRate: state.learningRate,
    before,
    after,
    state: slots.map((s) => ({
      name: s.name,
      shape: s.shape,
      values: Float32Array.from(s.values),
    })),
    step: state.step,
    precision: updatePrecision(state, plan.precision, checked),
  };
}
