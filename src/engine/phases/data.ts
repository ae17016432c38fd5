/**
 * Data loading and batching: the indices of the next batch in the epoch's shuffled order,
 * gathered from the training tensors that stay on the device, and the data position moved on
 * once a batch is consumed.
 */
import * as tf from '@tensorflow/tfjs';
import type { DataReport } from '../../protocol/reports';
import { Rng } from '../rng';
import { type Batch, disposeBatch, disposeGrads, type RunContext } from '../run/context';
import { batchesPerEpoch, type RunState } from '../run/state';
import { pickTargets } from './read-back';

/** Examples whose inputs the data panel shows (a task may show fewer or more). */
const SHOWN_EXAMPLES = 8;

/**
 * Indices of the next batch. At the start of each epoch the order of the training set is
 * reshuffled with the run's seeded generator; the last batch of an epoch may be smaller.
 * Changes `state.order` and the shuffle generator's state at an epoch's start.
 */
export function nextIndices(state: RunState): { indices: Int32Array; shuffled: boolean } {
  const shuffled = state.cursor === 0;
  if (shuffled) {
    const rng = new Rng(state.rng.shuffle);
    rng.shuffle(state.order);
    state.rng.shuffle = rng.getState();
  }
  const bs = state.config.batchSize;
  const from = state.cursor * bs;
  return {
    indices: state.order.slice(from, Math.min(from + bs, state.order.length)),
    shuffled,
  };
}

/** Gathers a batch ([B, inputSize] inputs, [B] targets) from the training tensors. */
export function gatherBatch(ctx: RunContext, indices: Int32Array): Batch {
  // The indices stay out of the tidy's result: tidy walks every element of what it returns.
  const { x, y } = tf.tidy(() => {
    const idx = tf.tensor1d(indices, 'int32');
    return { x: tf.gather(ctx.xTrain, idx), y: tf.gather(ctx.yTrain, idx) };
  });
  return { x, y, indices };
}

/** Moves the data position past one batch; past the last batch, the next epoch begins. */
export function advanceData(state: RunState): void {
  state.cursor++;
  if (state.cursor >= batchesPerEpoch(state)) {
    state.cursor = 0;
    state.epoch++;
  }
}

/**
 * Whether the step in progress takes another micro-batch after the `state.microBatch` it has:
 * fewer than the plan's k so far, and the epoch not at its end. At the end of an epoch the
 * step goes on fewer micro-batches, without rescaling, as Lightning's accumulate_grad_batches
 * does, so every epoch ends with a step.
 */
export function moreMicroBatches(state: RunState, accumulate: number): boolean {
  return state.microBatch < accumulate && state.cursor + 1 < batchesPerEpoch(state);
}

/**
 * The data phase of step mode: loads the next batch into the context and reports it. A later
 * micro-batch of the step first moves past the one before (the step's last moves with the
 * update); the first drops gradients left from an unfinished step.
 */
export function loadBatch(ctx: RunContext, state: RunState): DataReport {
  if (state.microBatch === 0) disposeGrads(ctx);
  else advanceData(state); // the step's previous micro-batch is consumed
  disposeBatch(ctx);
  const { indices, shuffled } = nextIndices(state);
  ctx.batch = gatherBatch(ctx, indices);
  return dataReport(ctx, state, indices, shuffled);
}

/** What the data panel shows of a batch: its position, indices and first examples. */
export function dataReport(
  ctx: RunContext,
  state: RunState,
  indices: Int32Array,
  shuffled: boolean,
): DataReport {
  const { data } = ctx;
  const shown = Math.min(ctx.task.previewExamples ?? SHOWN_EXAMPLES, indices.length);
  const d = data.inputSize;
  const sampleInputs = new Float32Array(shown * d);
  for (let k = 0; k < shown; k++) {
    sampleInputs.set(data.train.x.subarray(indices[k] * d, indices[k] * d + d), k * d);
  }
  return {
    phase: 'data',
    epoch: state.epoch,
    batchIndex: state.cursor,
    batchesPerEpoch: batchesPerEpoch(state),
    batchSize: indices.length,
    shuffled,
    indices,
    sampleInputs,
    sampleLabels: pickTargets(data.train.y, indices.subarray(0, shown)),
    inputSize: d,
  };
}
