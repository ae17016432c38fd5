/**
 * Early termination of a sweep's bad trials by successive halving, one trial after another:
 * the asynchronous form of Optuna's `SuccessiveHalvingPruner` (Li et al. 2020, "A System for
 * Massively Parallel Hyperparameter Tuning", ASHA) that W&B's `early_terminate: hyperband`
 * also follows. Each trial is judged when it reaches a rung (minSteps · η^k steps, the rungs
 * of ./halving.ts); it goes on only if its metric is among the best ⌊m/η⌋ (at least 1) of the
 * m trials judged at that rung so far, itself included — Optuna's
 * `_is_trial_promotable_to_next_rung`, which for the first η − 1 trials keeps only the best.
 * Trials are never resumed later (no checkpoints are kept), as in Optuna.
 */
import { halvingSchedule, promote, type RungResult } from './halving';

/** How a sweep stops bad trials early (the definition's `earlyTermination`). */
export interface EarlyTermination {
  /** Steps of the first rung (≥ 1, below stepsPerRun). */
  minSteps: number;
  /** The reduction factor η (≥ 2). */
  eta: number;
}

/**
 * The steps at which a trial is judged: minSteps · η^k below `stepsPerRun`, at most as many
 * rungs as successive halving of `trials` trials has ({@link halvingSchedule}).
 * @returns ascending steps; empty when minSteps ≥ stepsPerRun.
 */
export function rungSteps(e: EarlyTermination, trials: number, stepsPerRun: number): number[] {
  if (e.minSteps >= stepsPerRun) return [];
  return halvingSchedule(Math.max(1, trials), e.minSteps, e.eta, stepsPerRun - 1).map(
    (r) => r.steps,
  );
}

/**
 * The metric a trial is judged by at `step`: its latest validation loss at a step ≤ `step`,
 * else (no evaluation yet) the mean training loss of its last 10 steps ≤ `step`; NaN when
 * neither exists. Steps and values are parallel arrays by ascending step.
 */
export function rungMetric(
  step: number,
  val: { steps: readonly number[]; values: readonly number[] },
  train: { steps: readonly number[]; values: readonly number[] },
): number {
  for (let i = val.steps.length - 1; i >= 0; i--) if (val.steps[i] <= step) return val.values[i];
  const recent: number[] = [];
  for (let i = train.steps.length - 1; i >= 0 && recent.length < 10; i--)
    if (train.steps[i] <= step && train.steps[i] > step - 10) recent.push(train.values[i]);
  return recent.length ? recent.reduce((a, b) => a + b, 0) / recent.length : NaN;
}

/**
 * Whether trial `trialId` with `value` at a rung goes on, given the `earlier` trials' results
 * at the same rung (lower is better; NaN or ±∞ is worst, see {@link promote}).
 */
export function continuesAtRung(
  earlier: readonly RungResult[],
  trialId: string,
  value: number,
  eta: number,
): boolean {
  const competing = [...earlier.filter((r) => r.trialId !== trialId), { trialId, value }];
  const keep = Math.max(1, Math.floor(competing.length / eta));
  return promote(competing, keep, 'minimize').includes(trialId);
}
