/**
 * Why a checkpoint is refused, and how a loaded file was kept. `{name}` stands for a value
 * the engine sends with the problem's id (see src/protocol/checkpoint-problems.ts).
 */
import type { CheckpointTexts } from '../types';

export const checkpoint: CheckpointTexts = {
  problems: {
    nonFinite:
      'the {part} hold a non-finite value ({value} in {tensor}, entry {index}); a run cannot continue from NaN or infinite values.',
    stepBeyondLimit: 'its step {step} is beyond the longest run this lab trains ({limit} steps).',
    epochBeyondLimit: 'its epoch {epoch} is beyond the most epochs a run may have ({limit}).',
    epochMismatch: 'it says epoch {epoch}, but its data position says epoch {dataEpoch}.',
    stepPosition:
      'its step {step} is not where its data position says (epoch {epoch}, batch {batch}, {batchesPerEpoch} batches per epoch).',
    optimizerStateMissing:
      'the {optimizer} optimizer’s state is incomplete ({found} of {expected} tensors{missing, , missing “{missing}”}); the run could not continue exactly.',
    optimizerStateShape:
      'the {optimizer} optimizer’s state {name} has shape {shape}, not {expected}.',
    optimizerIterations:
      'the {optimizer} optimizer counted {iterations} steps, but the checkpoint is at step {step}.',
    orderOutOfRange:
      'its data order names example {index} at position {position}, but the data set has {examples} training examples (0 to {examples} − 1).',
    orderRepeated:
      'its data order names example {index} twice (again at position {position}): it is not a shuffle of the data set.',
    seriesLengths:
      'its metrics do not line up: {series} has {length} entries but {other} has {otherLength}.',
    bestWeightsShape:
      'the kept best weights do not fit the model ({tensors} tensors for {expected} weights).',
    tensorName:
      'weight {position} is named “{name}”, but the model’s weight {position} is “{expected}”: the checkpoint is for another model.',
  },
  refused: 'The checkpoint cannot be used: {reason} Nothing was changed.',
  imported: {
    new: 'Loaded and stored as the checkpoint at step {step}.',
    same: 'Loaded: it is the checkpoint at step {step} already stored here, so nothing new was stored.',
    renamed:
      'Loaded as a new run: a different checkpoint with the same id is stored here, and a loaded file never replaces a stored one.',
    trainedElsewhere:
      'Loaded as a new run: another tab is training the run it comes from, and one run is trained in one tab only.',
  },
  parts: {
    weights: 'weights',
    optimizerState: 'optimizer state',
    dataPosition: 'data order and position',
    rngState: 'random generator state',
    earlyStopping: 'early-stopping state',
    bestWeights: 'best weights (restore best)',
    config: 'config',
    metrics: 'metrics history',
  },
};
