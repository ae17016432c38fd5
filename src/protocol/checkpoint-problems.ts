/**
 * Why a checkpoint (a file, or a record in storage) cannot be restored: an id and the numbers
 * and names that go with it. The page turns it into a sentence (src/content/en/checkpoint.ts).
 */
export type CheckpointProblemId =
  | 'nonFinite'
  | 'stepBeyondLimit'
  | 'epochBeyondLimit'
  | 'epochMismatch'
  | 'stepPosition'
  | 'optimizerStateMissing'
  | 'optimizerStateShape'
  | 'optimizerIterations'
  | 'orderOutOfRange'
  | 'orderRepeated'
  | 'seriesLengths'
  | 'bestWeightsShape'
  | 'tensorName';

export interface CheckpointProblem {
  id: CheckpointProblemId;
  /** The names and numbers the sentence needs, e.g. { tensor: 'W · hidden 1', index: 3 }. */
  values: Record<string, string | number>;
}
