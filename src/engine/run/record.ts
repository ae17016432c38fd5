/**
 * A run as a checkpoint record and back: {@link toRecord} reads the run's state and tensors
 * into a plain {@link CheckpointRecord}; {@link restoreRun} puts one back into a run of the
 * same task and model shape, so that it continues exactly where the record was taken.
 */
import * as tf from '@tensorflow/tfjs';
import { initialPlateauState } from '../../config/plateau';
import {
  CHECKPOINT_FORMAT,
  type CheckpointRecord,
  recordParts,
  type SavedTensor,
} from '../checkpoint';
import { checkRecord, checkRecordFitsRun } from '../checkpoint-checks';
import { refuse } from '../notice-error';
import { initialize } from '../phases/initialization';
import { initialScalerRunState } from '../phases/mixed-precision';
import { readParams } from '../phases/read-back';
import { paramsOf } from '../tasks/types';
import { disposeStepState, requireModel, requireTraining, type RunContext } from './context';
import {
  createRunOptimizer,
  loadOptimizerState,
  namedParams,
  readOptimizerState,
} from './optimizer';
import { stepPlan } from './plan';
import { batchesPerEpoch, type RunState } from './state';

/** The complete state of the run as a checkpoint record (reads back every tensor). */
export async function toRecord(ctx: RunContext, state: RunState): Promise<CheckpointRecord> {
  const { optimizer } = requireTraining(ctx);
  const weights = (await readParams(ctx)).map((p): SavedTensor => ({
    name: p.name,
    shape: p.shape,
    dtype: 'float32',
    values: p.values,
  }));
  const record: Omit<CheckpointRecord, 'sizeBytes'> = {
    format: CHECKPOINT_FORMAT,
    id: `${state.runId}@${state.step}`,
    runId: state.runId,
    task: ctx.task.id,
    createdAt: Date.now(),
    step: state.step,
    epoch: state.epoch,
    valLoss: state.valLoss,
    config: state.config,
    weights,
    optimizer: await readOptimizerState(optimizer),
    data: { order: state.order.slice(), cursor: state.cursor, epoch: state.epoch },
    rng: { shuffle: state.rng.shuffle },
    earlyStopping: state.earlyStopping,
    plateau: state.plateau,
    scaler: { ...state.scaler },
    history: state.metrics.snapshot(), // downsampled: its size does not grow with the run
    bestWeights: await ctx.bestWeights.read(),
  };
  const sizeBytes = recordParts(record).reduce((s, p) => s + p.bytes, 0);
  return { ...record, sizeBytes };
}

/**
 * Restores a run's state from a checkpoint of the same task and model shape: the weights,
 * the optimizer's state, the counters, the data position and order, the shuffle generator,
 * early stopping, the best weights and the metrics. Throws, before changing the weights,
 * when the record is for another task, data set size or model, or fails `checkRecord` or
 * `checkRecordFitsRun` (checkpoint-checks.ts).
 */
export async function restoreRun(
  ctx: RunContext,
  state: RunState,
  record: CheckpointRecord,
): Promise<void> {
  if (record.task !== ctx.task.id) {
    refuse({ id: 'checkpointTask', task: record.task, expected: ctx.task.id });
  }
  const batches = batchesPerEpoch(state);
  if (record.data.order.length !== ctx.data.train.n || record.data.cursor >= batches) {
    refuse({
      id: 'checkpointDataPosition',
      examples: record.data.order.length,
      cursor: record.data.cursor,
      expectedExamples: ctx.data.train.n,
      batches,
    });
  }
  checkRecord(record);
  const plan = stepPlan(state.config);
  if (!ctx.model) await initialize(ctx, state, plan);
  const model = requireModel(ctx);
  if (record.weights.length !== model.variables.length) refuse({ id: 'checkpointModel' });
  checkRecordFitsRun(record, { paramNames: paramNames(ctx), batchesPerEpoch: batches });
  record.weights.forEach((w, i) => {
    const v = model.variables[i];
    if (w.shape.join('x') !== v.shape.join('x'))
      refuse({ id: 'checkpointShape', param: w.name, shape: [...w.shape], expected: [...v.shape] });
  });
  if (record.config.optimizer !== state.config.optimizer)
    refuse({
      id: 'checkpointOptimizer',
      optimizer: record.config.optimizer,
      expected: state.config.optimizer,
    });
  // The state's names, shapes and step count passed checkRecord; loading copies the values
  // (and would throw before anything of the run changed).
  const optimizer = createRunOptimizer(state.config, namedParams(model));
  try {
    loadOptimizerState(optimizer, record.optimizer);
  } catch (e) {
    optimizer.dispose();
    throw e;
  }
  // tidy frees the temporary tensors; the variables keep their own reference to the data.
  tf.tidy(() =>
    record.weights.forEach((w, i) => model.variables[i].assign(tf.tensor(w.values, w.shape))),
  );
  disposeStepState(ctx);
  ctx.optimizer?.dispose();
  state.plateau = record.plateau ?? initialPlateauState(state.config.learningRate);
  state.learningRate = plan.learningRateAt(record.step, state.plateau);
  ctx.optimizer = optimizer;
  state.step = record.step;
  state.epoch = record.data.epoch;
  state.cursor = record.data.cursor;
  state.microBatch = 0;
  state.order = record.data.order.slice();
  state.rng.shuffle = record.rng.shuffle >>> 0;
  state.earlyStopping = record.earlyStopping;
  state.scaler = record.scaler ? { ...record.scaler } : initialScalerRunState(state.config);
  ctx.bestWeights.dispose();
  const best = record.bestWeights;
  if (best && best.values.length === model.variables.length) {
    ctx.bestWeights.load(model.variables, best.values, best.step);
  }
  state.valLoss = record.valLoss;
  state.metrics.restore(record.history);
  state.trainLoss = state.metrics.get('trainLoss').values.at(-1) ?? null;
  state.valAccuracy = state.metrics.get('valAccuracy').values.at(-1) ?? null;
  state.lastPhase = 'stopping';
  state.finished = null;
}

/** The parameter names of the run's model, in the order of its variables. */
export function paramNames(ctx: RunContext): string[] {
  return paramsOf(requireModel(ctx)).map((p) => p.name);
}
