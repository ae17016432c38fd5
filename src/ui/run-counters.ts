/**
 * How the page counts a run, in one place. A step is an optimizer update: step s is the
 * state after s updates, and the training loss of the batch whose update makes step s is
 * plotted at s (so the first loss is at step 1, the state before it at step 0). Epochs are
 * counted from 1: epoch e is the e-th pass over the training set, as Keras prints
 * "Epoch 1/5". The engine reports completed epochs and the index of the next batch.
 */

export interface EpochPosition {
  /** The epoch of the last update, from 1 (epoch 1 before any update). */
  epoch: number;
  /** The batch of that epoch the last update trained on, from 1 (0 before any update). */
  batch: number;
  batchesPerEpoch: number;
}

/**
 * Where the last update sits: its epoch (1-based) and batch. After the last batch of an
 * epoch it is still that epoch ("epoch 1, batch 8 of 8"), not the next, which has not begun.
 */
export function epochOfLastUpdate(s: {
  step: number;
  /** Completed epochs. */
  epoch: number;
  /** Index of the next batch within the current epoch, from 0. */
  batchIndex: number;
  batchesPerEpoch: number;
}): EpochPosition {
  const { batchesPerEpoch } = s;
  if (s.step === 0) return { epoch: 1, batch: 0, batchesPerEpoch };
  if (s.batchIndex === 0) return { epoch: s.epoch, batch: batchesPerEpoch, batchesPerEpoch };
  return { epoch: s.epoch + 1, batch: s.batchIndex, batchesPerEpoch };
}

/**
 * The micro-batch the step is at, from 1, of the `accumulate` per step (gradient
 * accumulation): while its data, forward and loss phases run it is the next one after the
 * `microBatch` whose gradients are in; after its backward phase it is that one; between
 * steps (or in run mode, which never stops inside a step) 0.
 */
export function currentMicroBatch(s: {
  microBatch: number;
  accumulate: number;
  lastPhase: string | null;
}): { index: number; of: number } {
  const inProgress = s.lastPhase === 'data' || s.lastPhase === 'forward' || s.lastPhase === 'loss';
  return { index: inProgress ? s.microBatch + 1 : s.microBatch, of: s.accumulate };
}
