/**
 * Recording the run's metric series (`state.history`): every write to the history
 * goes through these functions, so the rules of each series are stated once.
 */
import type { RunState } from './state';

/**
 * Records the training loss of `step`. The same step measured again (step mode's loss phase,
 * then run mode's read-back of that step) replaces its point instead of adding one.
 */
export function recordTrainLoss(state: RunState, step: number, loss: number): void {
  const h = state.history;
  if (h.trainSteps.length > 0 && h.trainSteps[h.trainSteps.length - 1] >= step) {
    h.trainLosses[h.trainLosses.length - 1] = loss;
  } else {
    h.trainSteps.push(step);
    h.trainLosses.push(loss);
  }
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
  state.history.gradSteps.push(step);
  state.history.gradNorms.push(Array.from(norms));
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
  const h = state.history;
  h.valSteps.push(state.step);
  h.valLosses.push(valLoss);
  h.valAccuracies.push(valAccuracy);
  h.deadUnits.push(deadUnits);
}
