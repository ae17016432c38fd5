/**
 * The step plan: what one optimizer step does, derived from the config alone (pure). It is
 * where the step's policies (`training/`) meet: the learning-rate schedule, how many
 * micro-batches' gradients are accumulated before the update, and gradient clipping.
 *
 * The config chooses a constant learning rate (the sidebar's, live), one micro-batch per
 * step and no clipping, so a step is exactly tfjs's `computeGradients` + `applyGradients` on
 * one batch; a new schedule or threshold is a field mapped here.
 */
import type { LabConfig } from '../../config/schema';
import { lrAt, type Schedule } from '../training/schedules';

export interface StepPlan {
  /** The learning rate of the step taken after `step` optimizer steps. */
  learningRateAt(step: number): number;
  /**
   * Micro-batches per optimizer step (k ≥ 1): their gradients of loss/k are summed, so the
   * update sees the gradient of the mean loss over k batches (Lightning's
   * accumulate_grad_batches).
   */
  accumulate: number;
  /**
   * Clip the (accumulated) gradients to this global L2 norm before the update, PyTorch's
   * clip_grad_norm_ (null: no clipping).
   */
  clipNorm: number | null;
}

/** The plan of `config`. */
export function stepPlan(config: LabConfig): StepPlan {
  const schedule: Schedule = { kind: 'constant' };
  const { learningRate, maxSteps } = config;
  return {
    learningRateAt: (step) => lrAt(schedule, step, maxSteps, learningRate),
    accumulate: 1,
    clipNorm: null,
  };
}
