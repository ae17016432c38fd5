/**
 * The status line of a run (`EngineStatus`): where it is (step, epoch, batch, micro-batch,
 * the phase cursor), its latest losses and learning rate, its speed and training time, and
 * the engine's tensor memory.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendName, EngineStatus } from '../../protocol/messages';
import type { TrainingRun } from '../training-run';
import type { TrainingClock } from './training-clock';

/** What the engine around the run knows of it. */
export interface RunFlags {
  /** Run mode is on. */
  running: boolean;
  /** Run mode's first step is compiling its kernels. */
  compiling: boolean;
  /** The run is another tab's, shown read-only. */
  readOnly: boolean;
}

/** The status of `run` now; samples/s counts every micro-batch's examples. */
export function runStatus(run: TrainingRun, clock: TrainingClock, flags: RunFlags): EngineStatus {
  const sps = clock.speed.stepsPerSecond; // the last measured speed stays shown after a pause
  const mem = tf.memory();
  const { batchSize } = run.currentConfig;
  const { accumulate } = run.plan;
  return {
    runId: run.runId,
    step: run.step,
    epoch: run.epoch,
    batchIndex: run.cursor,
    batchesPerEpoch: run.batchesPerEpoch,
    trainLoss: run.trainLoss,
    valLoss: run.valLoss,
    valAccuracy: run.valAccuracy,
    learningRate: run.state.learningRate,
    microBatch: run.state.microBatch,
    accumulate,
    batchSize,
    stepsPerSecond: sps,
    samplesPerSecond: sps === null ? null : sps * batchSize * accumulate,
    elapsedMs: clock.ms(),
    running: flags.running,
    lastPhase: run.lastPhase,
    nextPhase: run.nextPhase,
    finished: run.finished,
    compiling: flags.compiling,
    memory: { numTensors: mem.numTensors, numBytes: mem.numBytes },
    readOnly: flags.readOnly,
    backend: tf.getBackend() as BackendName,
  };
}
