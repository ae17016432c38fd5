/**
 * Every tensor of a training run: the training and validation splits on the device, the
 * model's variables, the optimizer's slots, the step's batch and gradients, and the copy of
 * the best weights. {@link disposeRunContext} frees all of them, which is what the tensor-leak
 * tests check. The plain counters and series live beside it in the {@link RunState}.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config/schema';
import { BestWeights } from '../best-weights';
import type { Optimizer } from '../training/optimizers';
import { Rng } from '../rng';
import type { TransferSource } from './fine-tune';
import type { DataSplit, Model, Task } from '../tasks/types';
import { initialRunState, type RunState } from './state';

/** A batch on the device: inputs [B, inputSize], targets [B] and the examples' indices. */
export interface Batch {
  x: tf.Tensor2D;
  y: tf.Tensor1D;
  indices: Int32Array;
}

export interface RunContext {
  readonly task: Task;
  readonly data: DataSplit;
  /** Training inputs [n, inputSize] and targets [n] (int32 labels, or float32 values). */
  readonly xTrain: tf.Tensor2D;
  readonly yTrain: tf.Tensor1D;
  readonly xVal: tf.Tensor2D;
  readonly yVal: tf.Tensor1D;
  /** null until the initialization phase has drawn the weights. */
  model: Model | null;
  /** The owned optimizer over the model's parameters (run/optimizer.ts); null with the model. */
  optimizer: Optimizer | null;
  /** Step mode's results held between phases; disposed when consumed or on dispose. */
  batch: Batch | null;
  /** ∂L/∂θ by variable name, summed over the step's micro-batches so far. */
  grads: tf.NamedTensorMap | null;
  /** The weights at the best evaluation, while restore-best-weights is on. */
  readonly bestWeights: BestWeights;
  /**
   * Run mode's data pipeline while it is on (`data-pipeline/feed.ts`): the batch of the given
   * indices loaded ahead, or null (the step gathers it itself). Absent: no pipeline.
   */
  feed?: { take(indices: Int32Array): Batch | null } | null;
  /** A fine-tuning run's parent weights, copied in by the initialization phase (fine-tune.ts). */
  transfer?: TransferSource | null;
}

let runCounter = 0;

/** A new run's id, unique in this browser: the time in base 36 and a counter. */
export function newRunId(): string {
  return `run-${Date.now().toString(36)}-${(runCounter++).toString(36)}`;
}

/**
 * Builds a run from its config: the task's data from the seed, its splits on the device, and
 * the state at step 0. One seed gives three independent streams: data, initial weights,
 * shuffling. The model is drawn later, by the initialization phase.
 */
export function createRun(
  config: LabConfig,
  task: Task,
  runId: string = newRunId(),
): { state: RunState; ctx: RunContext } {
  const root = new Rng(config.seed);
  const dataRng = root.fork();
  const initRng = root.fork();
  const shuffleRng = root.fork();
  const data = task.makeData(config, dataRng);
  const { train, validation, inputSize } = data;
  const ctx: RunContext = {
    task,
    data,
    xTrain: tf.tensor2d(train.x, [train.n, inputSize]),
    yTrain: tf.tensor1d(train.y, targetDtype(data)),
    xVal: tf.tensor2d(validation.x, [validation.n, inputSize]),
    yVal: tf.tensor1d(validation.y, targetDtype(data)),
    model: null,
    optimizer: null,
    batch: null,
    grads: null,
    bestWeights: new BestWeights(),
  };
  const state = initialRunState(runId, config, train.n, {
    init: initRng.getState(),
    shuffle: shuffleRng.getState(),
  });
  return { state, ctx };
}

/** The model, or an error when the initialization phase has not run yet. */
export function requireModel(ctx: RunContext): Model {
  if (!ctx.model) throw new Error('Initialize the model first.');
  return ctx.model;
}

/** The model and optimizer, or an error when the initialization phase has not run yet. */
export function requireTraining(ctx: RunContext): { model: Model; optimizer: Optimizer } {
  if (!ctx.model || !ctx.optimizer) throw new Error('Initialize the model first.');
  return { model: ctx.model, optimizer: ctx.optimizer };
}

/** Frees the step's gradients. */
export function disposeGrads(ctx: RunContext): void {
  if (ctx.grads) tf.dispose(Object.values(ctx.grads));
  ctx.grads = null;
}

/** Frees the step's batch. */
export function disposeBatch(ctx: RunContext): void {
  if (ctx.batch) tf.dispose([ctx.batch.x, ctx.batch.y]);
  ctx.batch = null;
}

/** Frees what step mode holds between phases: the batch and the gradients. */
export function disposeStepState(ctx: RunContext): void {
  disposeGrads(ctx);
  disposeBatch(ctx);
}

/** Frees every tensor of the run: data, model, optimizer state and step state. */
export function disposeRunContext(ctx: RunContext): void {
  disposeStepState(ctx);
  ctx.bestWeights.dispose();
  ctx.model?.dispose();
  ctx.optimizer?.dispose();
  tf.dispose([ctx.xTrain, ctx.yTrain, ctx.xVal, ctx.yVal]);
  ctx.model = null;
  ctx.optimizer = null;
}

/** Class labels are integers; a regression's targets are numbers. */
export function targetDtype(data: DataSplit): 'int32' | 'float32' {
  return data.classes === 0 ? 'float32' : 'int32';
}
