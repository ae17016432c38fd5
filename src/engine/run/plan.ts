/**
 * The step plan: what one optimizer step does, derived from the config alone (pure). It is
 * where the step's policies meet: the learning rate at a step and how many micro-batches'
 * gradients are accumulated before the update (clipping and loss scaling join it here).
 *
 * Today the plan is nanoGPT's loop with its options off: a constant learning rate (the
 * sidebar's, live), one micro-batch per step and no clipping, so a step is exactly tfjs's
 * `computeGradients` + `applyGradients` on one batch.
 */
import type { LabConfig } from '../../config/schema';

export interface StepPlan {
  /** The learning rate of the step taken after `step` optimizer steps. */
  learningRateAt(step: number): number;
  /**
   * Micro-batches per optimizer step (k ≥ 1): their gradients of loss/k are summed, so the
   * update sees the gradient of the mean loss over k batches (PyTorch's accumulation idiom).
   */
  accumulate: number;
}

/** The plan of `config`: the sidebar's learning rate at every step, one micro-batch. */
export function stepPlan(config: LabConfig): StepPlan {
  const { learningRate } = config;
  return { learningRateAt: () => learningRate, accumulate: 1 };
}
