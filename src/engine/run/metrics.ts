/**
 * Recording the run's metric series (`state.metrics`, a RunHistory) together with the
 * latest values the stopping criteria read (`trainLoss`, `valLoss`, `valAccuracy`): every
 * write goes through these functions.
 */
import type { MetricName } from '../../protocol/metric-log';
import type { RunState } from './state';

/**
 * Records `value` at `step` in the run's named series `name` (`protocol/metric-log.ts`):
 * the learning rate, the gradient norm before clipping, the clip factor, the loss scale, the
 * skipped steps, or any later one.
 */
export function recordMetric(state: RunState, name: MetricName, step: number, value: number): void {
  state.metrics.record(name, step, value);
}

/**
 * Records the training loss of `step`. The same step measured again (step mode's loss phase,
 * then run mode's read-back of that step) replaces its point instead of adding one.
 */
export function recordTrainLoss(state: RunState, step: number, loss: number): void {
  state.metrics.recordTrainLoss(step, loss);
  state.trainLoss = loss;
}

/** Records losses read back in run mode: `losses[k]` belongs to step `firstStep + k`. */
export function recordTrainLosses(
  state: RunState,
  firstStep: number,
  losses: ArrayLike<number>,
): void {
  for (let k = 0; k < losses.length; k++) recordTrainLoss(state, firstStep + k, losses[k]);
}

/** Records the per-layer gradient norms ‖∂L/∂θₗ‖₂ measured at `step`. */
export function recordGradNorms(state: RunState, step: number, norms: ArrayLike<number>): void {
  state.metrics.recordGradNorms(step, norms);
}

/**
 * Records an evaluation at the current step: validation loss, accuracy (NaN when the task
 * has none) and each hidden layer's share of dead units.
 */
export function recordEvaluation(
  state: RunState,
  valLoss: number,
  valAccuracy: number,
  deadUnits: number[],
): void {
  state.valLoss = valLoss;
  state.valAccuracy = Number.isNaN(valAccuracy) ? null : valAccuracy;
  state.metrics.recordEvaluation(state.step, valLoss, valAccuracy, deadUnits);
}
