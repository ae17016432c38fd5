/**
 * The step plan: what one optimizer step does, derived from the config alone (pure). It is
 * where the step's policies meet: the learning-rate schedule (`config/schedules.ts`, the same
 * mapping the sidebar plots), how many micro-batches' gradients are accumulated before the
 * update, and gradient clipping (`training/clipping.ts`).
 *
 * With the defaults — a constant learning rate, one micro-batch, no clipping — a step is
 * exactly tfjs's `computeGradients` + `applyGradients` on one batch.
 */
import { plateauOf, scheduleOf } from '../../config/lr-schedule';
import type { PlateauConfig, PlateauState } from '../../config/plateau';
import { lrAt } from '../../config/schedules';
import { type LabConfig, plannedSteps } from '../../config/schema';
import { type PrecisionPlan, precisionPlanOf } from '../phases/mixed-precision';

/** PyTorch's clip_grad_norm_ (global L2 norm) or clip_grad_value_ (each element), with its bound. */
export interface ClipPlan {
  kind: 'norm' | 'value';
  /** The largest global norm, or the largest magnitude of an element, in gradient units. */
  max: number;
}

export interface StepPlan {
  /**
   * The learning rate of the step taken after `step` optimizer steps; reduce-on-plateau reads
   * it from the run's `plateau` state, which its evaluations update.
   */
  learningRateAt(step: number, plateau: PlateauState): number;
  /**
   * Micro-batches per optimizer step (k ≥ 1): their gradients of loss/k are summed, so the
   * update sees the gradient of the mean loss over k batches (Lightning's
   * accumulate_grad_batches).
   */
  accumulate: number;
  /**
   * Data-parallel workers (N ≥ 1): each (micro-)batch is split into N shards whose gradients
   * are averaged by an all-reduce before they are accumulated (`training/data-parallel.ts`,
   * PyTorch DistributedDataParallel). 1: the batch's gradients directly.
   */
  workers: number;
  /** Clipping of the (accumulated) gradients before the update (null: none). */
  clip: ClipPlan | null;
  /** Reduce-on-plateau's settings when that is the schedule (null otherwise). */
  plateau: PlateauConfig | null;
  /**
   * Weight decay λ (0: none). `l2` adds λ·θ to the clipped gradients (PyTorch's
   * `weight_decay` of SGD, RMSprop and Adam); `decoupled` multiplies θ by 1 − lr·λ before the
   * optimizer's step (torch.optim.AdamW; Loshchilov & Hutter 2019). Each step passes λ to the
   * optimizer's rule, which applies it as its kind says (run/optimizer.ts).
   */
  weightDecay: { kind: 'l2' | 'decoupled'; lambda: number } | null;
  /** Mixed precision: the 16-bit format simulated and the loss scaler (`phases/mixed-precision.ts`). */
  precision: PrecisionPlan;
}

/** The plan of `config`. */
export function stepPlan(config: LabConfig): StepPlan {
  const schedule = scheduleOf(config);
  const total = plannedSteps(config);
  const { learningRate } = config;
  return {
    learningRateAt: (step, plateau) => lrAt(schedule, step, total, learningRate, plateau),
    accumulate: config.accumulation,
    workers: config.workers,
    clip:
      config.clipping === 'norm'
        ? { kind: 'norm', max: config.clipNorm }
        : config.clipping === 'value'
          ? { kind: 'value', max: config.clipValue }
          : null,
    plateau: config.lrSchedule === 'plateau' ? plateauOf(config) : null,
    weightDecay:
      config.weightDecay > 0
        ? { kind: config.optimizer === 'adamw' ? 'decoupled' : 'l2', lambda: config.weightDecay }
        : null,
    precision: precisionPlanOf(config),
  };
}
