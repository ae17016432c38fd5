/**
 * The state of a training run as one record: counters, the position in the data order, the
 * random generators' states, the learning rate, early stopping, the metrics and why the run
 * ended. It holds no tensor (those live in the RunContext): numbers, arrays and the metric
 * series, which `RunHistory.snapshot()` turns into plain data, so it goes into a checkpoint
 * as it is — like nanoGPT's checkpoint dictionary.
 */
import type { LabConfig } from '../../config/schema';
import { initialPlateauState, type PlateauState } from '../../config/plateau';
import type { PhaseId } from '../../protocol/phases';
import { initialScalerRunState, type ScalerRunState } from '../phases/mixed-precision';
import type { StopReason } from '../../protocol/stopping';
import { RunHistory } from '../run-history';
import { type EarlyStoppingState, INITIAL_EARLY_STOPPING } from '../stopping';

export interface RunState {
  readonly runId: string;
  /** The config the run was built with, with the live fields as last changed. */
  config: LabConfig;
  /** Optimizer steps taken. */
  step: number;
  /** Completed epochs. */
  epoch: number;
  /** Index of the next batch within the current epoch. */
  cursor: number;
  /** The order of the training examples in the current epoch (reshuffled at cursor 0). */
  order: Int32Array;
  /**
   * The 32-bit states of the run's generators (mulberry32, see `rng.ts`): `init` draws the
   * initial weights, `shuffle` the order of each epoch.
   */
  rng: { init: number; shuffle: number };
  /** The phase step mode ran last (null before initialization). */
  lastPhase: PhaseId | null;
  /** Micro-batches whose gradients are in, within the current step (step mode's cursor). */
  microBatch: number;
  /**
   * Step mode: the global norm ‖Σ g‖₂ of the step's running gradient sum after each of its
   * micro-batches so far (the backward panel's accumulation).
   */
  gradSumNorms: number[];
  /** The learning rate of the current (or last) step, as the plan set it. */
  learningRate: number;
  /** Reduce-on-plateau's state (Keras's ReduceLROnPlateau); its rate is used only under that schedule. */
  plateau: PlateauState;
  /** The latest training loss read back (null before the first). */
  trainLoss: number | null;
  valLoss: number | null;
  /** null when the task has no accuracy (a regression) or before the first evaluation. */
  valAccuracy: number | null;
  earlyStopping: EarlyStoppingState;
  /**
   * The loss scaler's state (PyTorch GradScaler: scale, growth tracker) and the optimizer
   * steps it skipped; used while fp16 scales the loss, kept at its initial value otherwise.
   */
  scaler: ScalerRunState;
  /** The one reason the run ended, once a stopping criterion fired. */
  finished: { reason: StopReason } | null;
  /**
   * Every series the run recorded: downsampled to a bounded size for checkpoints and the page
   * (`metrics.kept`), the raw latest points for the early-warning detectors (`metrics.recent`).
   */
  metrics: RunHistory;
  /**
   * Set when NaN was written into the weights from outside (fault injection): non-finite
   * values after that are a fault to recover from, not the run's own divergence.
   */
  nanInjected: boolean;
}

/** A run at step 0: the data in its original order, nothing trained, nothing recorded. */
export function initialRunState(
  runId: string,
  config: LabConfig,
  trainExamples: number,
  rng: RunState['rng'],
): RunState {
  return {
    runId,
    config,
    step: 0,
    epoch: 0,
    cursor: 0,
    order: Int32Array.from({ length: trainExamples }, (_, i) => i),
    rng,
    lastPhase: null,
    microBatch: 0,
    gradSumNorms: [],
    learningRate: config.learningRate,
    plateau: initialPlateauState(config.learningRate),
    trainLoss: null,
    valLoss: null,
    valAccuracy: null,
    earlyStopping: INITIAL_EARLY_STOPPING,
    scaler: initialScalerRunState(config),
    finished: null,
    metrics: new RunHistory(),
    nanInjected: false,
  };
}

/** Batches in one pass over the training split (the data order); the last may be smaller. */
export function batchesPerEpoch(state: RunState): number {
  return Math.ceil(state.order.length / state.config.batchSize);
}
