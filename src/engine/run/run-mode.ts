/**
 * Run mode: fused steps (`step.ts`) until Pause or the `done` check ends the run. The loss is
 * read back only every `readbackInterval` steps — each read-back is a GPU→CPU sync that
 * stalls the pipeline — and at the steps that evaluate, checkpoint or reach a limit; the
 * stopping criteria are checked at each read-back (the time limit at least every
 * YIELD_EVERY_MS). The loop never posts: it tells its caller through observe-only hooks.
 */
import * as tf from '@tensorflow/tfjs';
import type { CheckpointReport, EvaluationReport } from '../../protocol/reports';
import type { CheckpointStore } from '../checkpoint';
import { saveCheckpoint } from '../phases/checkpoint';
import { evaluate } from '../phases/evaluation';
import { checkStop, type StopDecision } from '../phases/stopping';
import { yieldToEventLoop, yieldToTimers } from '../yield';
import { DataFeed } from '../data-pipeline/feed';
import type { RunContext } from './context';
import { recordGradNorms, recordMetric, recordTrainLosses } from './metrics';
import { stepPlan } from './plan';
import { batchesPerEpoch, type RunState } from './state';
import { trainStep, trainStepScaled } from './step';

/** Longest stretch of run mode without giving the worker's event loop a turn, in ms. */
export const YIELD_EVERY_MS = 250;

/** What run mode tells its caller, and asks of it. Hooks observe; none changes the run. */
export interface RunModeHooks {
  store: CheckpointStore;
  /** Whether to go on; false once Pause was asked (checked before each step). */
  keepGoing(): boolean;
  /** Training time so far, in ms, for the max-time criterion. */
  elapsedMs(): number;
  /**
   * After each read-back: the losses of steps `firstStep`, `firstStep + 1`, …, already
   * recorded in the run's history. The loop yields to the event loop after it.
   */
  onReadBack(firstStep: number, losses: Float32Array): Promise<void> | void;
  /** Just before an evaluation, a checkpoint or a stop is reported. */
  beforeReport?(): void;
  onEvaluation(report: EvaluationReport): void;
  onCheckpoint(report: CheckpointReport): void;
  /** The `done` check's decision: reported after each evaluation and when it ends the run. */
  onStopDecision(decision: StopDecision): void;
}

/** Trains until Pause, a stopping criterion or a fault; resolves once the loop has ended. */
export async function runMode(
  ctx: RunContext,
  state: RunState,
  hooks: RunModeHooks,
): Promise<void> {
  // Losses of the steps since the last read-back; the last one may carry gradient norms.
  let pending: tf.Tensor[] = [];
  // With clipping on: [‖g‖₂ before clipping, clip factor] of the steps `clipSteps`, read
  // back with the losses.
  let clipStats: tf.Tensor[] = [];
  let clipSteps: number[] = [];
  let firstPending = state.step + 1;
  let compiled = false; // kernels compile on first use: the first step is read back at once
  const feed = new DataFeed(ctx); // the data pipeline, while a loading latency or prefetch is set
  const readBack = async () => {
    if (pending.length === 0) return;
    const count = pending.length;
    const lossEnd = pending.reduce((n, t) => n + t.size, 0);
    const parts = [...pending, ...clipStats];
    const all = tf.tidy(() => tf.concat(parts.map((t) => t.reshape([-1]))));
    tf.dispose(parts);
    pending = [];
    clipStats = [];
    const values = (await all.data()) as Float32Array; // the one GPU→CPU sync
    all.dispose();
    feed.afterStep(state); // the step's work is done: its data wait and time
    const losses = values.subarray(0, count);
    recordTrainLosses(state, firstPending, losses);
    if (lossEnd > count) recordGradNorms(state, state.step, values.subarray(count, lossEnd));
    clipSteps.forEach((step, j) => {
      recordMetric(state, 'gradNorm', step, values[lossEnd + 2 * j]);
      recordMetric(state, 'clipFactor', step, values[lossEnd + 2 * j + 1]);
    });
    clipSteps = [];
    const first = firstPending;
    firstPending = state.step + 1;
    compiled = true;
    await hooks.onReadBack(first, losses);
    await yieldToEventLoop();
  };
  let lastYield = performance.now();
  let stopCheckedAt = lastYield;
  try {
    while (hooks.keepGoing() && !state.finished) {
      const c = state.config;
      const next = state.step + 1;
      const evaluateNow = next % c.evalInterval === 0;
      const save = next % c.checkpointInterval === 0;
      const endsEpoch = state.cursor + stepPlan(c).accumulate >= batchesPerEpoch(state);
      const atLimit = next >= c.maxSteps || (endsEpoch && state.epoch + 1 >= c.maxEpochs);
      // With a data pipeline on: waits for the step's batches, and reads every step back.
      const fed = feed.on(state) && (await feed.beforeStep(state, stepPlan(c).accumulate));
      const readNow =
        pending.length + 1 >= c.readbackInterval ||
        evaluateNow ||
        save ||
        atLimit ||
        !compiled ||
        fed;
      const plan = stepPlan(c);
      const measured = clipStats.length;
      pending.push(
        plan.precision.scaler
          ? await trainStepScaled(ctx, state, plan, readNow, clipStats) // reads its Inf/NaN check back
          : trainStep(ctx, state, plan, readNow, clipStats),
      );
      feed.afterDispatch();
      if (clipStats.length > measured) clipSteps.push(state.step);
      if (readNow) {
        await readBack(); // yields too
        lastYield = performance.now();
      } else {
        // A slow model (a CNN on a software GPU) may take seconds between read-backs: let
        // pause, live changes and the heartbeat through meanwhile.
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
          await yieldToTimers();
          lastYield = performance.now();
        }
        // The stopping criteria change with a step limit, a read-back or an evaluation
        // (all of which read back), or the clock: between read-backs they are checked
        // only every YIELD_EVERY_MS, for the time limit.
        if (performance.now() - stopCheckedAt < YIELD_EVERY_MS) continue;
      }
      stopCheckedAt = performance.now();
      if (evaluateNow || save) hooks.beforeReport?.(); // the page sees the losses first
      if (evaluateNow) hooks.onEvaluation(await evaluate(ctx, state));
      // Only a healthy state is worth resuming from: no checkpoint of NaN weights.
      if (save && state.trainLoss !== null && Number.isFinite(state.trainLoss)) {
        hooks.onCheckpoint(await saveCheckpoint(ctx, state, hooks.store));
      }
      const decision = checkStop(ctx, state, hooks.elapsedMs());
      const done = decision.verdict.kind !== 'continue';
      if (done) hooks.beforeReport?.();
      if (evaluateNow || done) hooks.onStopDecision(decision);
      if (done) break;
    }
  } finally {
    try {
      await readBack();
    } finally {
      feed.close();
    }
  }
}
