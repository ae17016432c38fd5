/**
 * Which colour scale a quantity gets. A diverging scale (blue < 0 < orange) says that the
 * sign matters; a quantity that is never negative by its definition gets a sequential one
 * (white at 0), so no colour stands for values it cannot take.
 */
import type { OptimizerQuantityId } from '../../protocol/reports';

/** Activations that are ≥ 0 for every input: ReLU (max(0, z)), sigmoid, softmax. */
export function nonNegativeActivation(activation: string): boolean {
  return ['relu', 'sigmoid', 'softmax'].includes(activation.toLowerCase());
}

/**
 * Quantities of an optimizer's state that are never negative: running averages of g² (Adam's
 * v and v̂, RMSprop's square average) and RMSprop's per-parameter step size η/√(v + ε).
 */
export function nonNegativeQuantity(id: OptimizerQuantityId): boolean {
  return id === 'v' || id === 'vHat' || id === 'squareAvg' || id === 'stepSize';
}
