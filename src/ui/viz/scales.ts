/**
 * Which colour scale a quantity gets. A diverging scale (blue < 0 < orange) says that the
 * sign matters; a quantity that is never negative by its definition gets a sequential one
 * (white at 0), so no colour stands for values it cannot take.
 */

/** Activations that are ≥ 0 for every input: ReLU (max(0, z)), sigmoid, softmax. */
export function nonNegativeActivation(activation: string): boolean {
  return ['relu', 'sigmoid', 'softmax'].includes(activation.toLowerCase());
}

/**
 * Optimizer slots (tfjs names them "<variable>/<slot>") that hold running averages of g²,
 * which are never negative: Adam's second moment v and RMSprop's mean square.
 */
export function nonNegativeSlot(slot: string): boolean {
  return slot === 'v' || slot === 'rms';
}
