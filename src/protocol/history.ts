/** The metrics a run records, kept in its checkpoints and sent to the page on restore. */
export interface MetricsHistory {
  /** Training loss per step, as read back. */
  trainSteps: number[];
  trainLosses: number[];
  /** One entry per evaluation. */
  valSteps: number[];
  valLosses: number[];
  valAccuracies: number[];
  /** Gradient L2 norm per layer (weights and biases together), at each loss read-back. */
  gradSteps: number[];
  gradNorms: number[][];
  /** Per evaluation: for each hidden layer, the share of units inactive (≤ 0) on every validation example. */
  deadUnits: number[][];
}
