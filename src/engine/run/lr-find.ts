/**
 * The learning-rate range test run on a copy of the run (Smith 2017; Lightning's
 * `Tuner.lr_find`, fastai's `lr_find`): the copy takes `steps` fused training steps while the
 * rate grows exponentially from lrMin towards lrMax; the smoothed loss of each step, the stop
 * when it diverges and the suggested rate come from the pure rules of
 * `training/lr-finder.ts`.
 *
 * What the copy is:
 * - the model: new variables holding the run's current weights (before the initialization
 *   phase: the initial weights the run's own generator will draw, drawn from a copy of it);
 * - the optimizer: a FRESH one of the run's kind, with no moments and step count 0, as in
 *   Lightning, whose `lr_find` builds the optimizers anew from `configure_optimizers` and
 *   restores the real ones from a checkpoint afterwards;
 * - the plain state: a copy (its own data order and generators, empty metrics), so the
 *   sweep's batches are the ones the run would take next, and its data position moves on
 *   only in the copy;
 * - the step: the run's own (`step.ts`): micro-batches, clipping and weight decay as
 *   configured, the learning-rate schedule replaced by the sweep's rate.
 * The run's weights, optimizer state, step count, data position and generators are never
 * written, and every tensor of the copy is freed when the sweep ends, however it ends.
 */
import * as tf from '@tensorflow/tfjs';
import type { LrFindReport, LrFindSettings } from '../../protocol/lr-find';
import { BestWeights } from '../best-weights';
import { Rng } from '../rng';
import {
  DEFAULT_LR_FINDER,
  finderLr,
  initialLrFinderState,
  type LrFinderConfig,
  recordLoss,
  suggestLr,
  validateLrFinder,
} from '../training/lr-finder';
import { yieldToEventLoop, yieldToTimers } from '../yield';
import type { RunContext } from './context';
import { createRunOptimizer, namedParams } from './optimizer';
import { scratchOf } from './phase-view';
import { YIELD_EVERY_MS } from './run-mode';
import { stepPlan } from './plan';
import type { RunState } from './state';
import { trainStep } from './step';

/** The range test's defaults: Lightning's min_lr 1e-8, max_lr 1, num_training 100. */
export const DEFAULT_LR_FIND_SETTINGS: LrFindSettings = {
  lrMin: DEFAULT_LR_FINDER.lrMin,
  lrMax: DEFAULT_LR_FINDER.lrMax,
  steps: DEFAULT_LR_FINDER.steps,
};

/** What the sweep asks of its caller, and tells it. */
export interface LrFindHooks {
  /** Whether to go on; checked before each step (false: the sweep ends as `cancelled`). */
  keepGoing(): boolean;
  /** After each step's loss is read back: the sweep so far (`stop` null until the last). */
  onProgress?(report: LrFindReport): void | Promise<void>;
}

/**
 * Runs the range test on a copy of the run (see the file comment) and returns its result.
 * The losses are read back every `readbackInterval` steps of the run's config (each read-back
 * is a GPU→CPU sync), and recorded in order; steps the copy took after the sweep's stop
 * (divergence, a non-finite loss) are dropped, so the result is that of a read-back after
 * every step. The event loop gets a turn at each read-back and at least every YIELD_EVERY_MS,
 * so that a cancel or a command that cancels the sweep reaches the engine meanwhile; a
 * cancelled sweep reads back the steps it took first.
 * @param settings lrMin > 0, lrMax > lrMin, steps an integer ≥ 1
 * @throws RangeError naming the setting (`lrFinder.steps …`) for bad settings, before any
 * tensor is made
 */
export async function findLearningRate(
  ctx: RunContext,
  state: RunState,
  settings: LrFindSettings,
  hooks: LrFindHooks,
): Promise<LrFindReport> {
  const config: LrFinderConfig = { ...DEFAULT_LR_FINDER, ...settings };
  validateLrFinder(config);
  const scratchState = scratchOf(state);
  const copy = copyOfRun(ctx, scratchState);
  // The run's own step, with the sweep's rate in place of the schedule.
  const runPlan = stepPlan(state.config);
  let sweep = initialLrFinderState();
  const rawLosses: number[] = [];
  const report = (stop: LrFindReport['stop']): LrFindReport => ({
    settings: { lrMin: config.lrMin, lrMax: config.lrMax, steps: config.steps },
    fromStep: state.step,
    weights: ctx.model ? 'current' : 'initial',
    lrs: sweep.lrs.slice(),
    losses: sweep.losses.slice(),
    rawLosses: rawLosses.slice(),
    stop,
    suggestion: stop === null ? null : suggestLr(sweep.lrs, sweep.losses),
  });
  // Losses of the steps taken but not read back yet: one GPU→CPU sync per read-back.
  let queued: tf.Tensor[] = [];
  const readEvery = Math.max(1, state.config.readbackInterval);
  const readBack = async () => {
    const all = tf.tidy(() => tf.concat(queued.map((t) => t.reshape([-1]))));
    tf.dispose(queued);
    queued = [];
    const values = await all.data();
    all.dispose();
    // Steps after a stop were taken by the copy only: they are dropped, not recorded.
    for (const loss of values) {
      if (sweep.stop !== null) break;
      rawLosses.push(loss);
      sweep = recordLoss(config, sweep, loss);
    }
  };
  let yieldedAt = performance.now();
  try {
    while (sweep.stop === null) {
      if (!hooks.keepGoing()) {
        if (queued.length > 0) await readBack();
        return report(sweep.stop ?? 'cancelled');
      }
      const i = sweep.lrs.length + queued.length;
      const lr = finderLr(config, i);
      const plan = { ...runPlan, learningRateAt: () => lr };
      queued.push(trainStep(copy, scratchState, plan, false));
      if (queued.length < readEvery && i + 1 < config.steps) {
        // A slow model may take seconds between read-backs: let cancel and the heartbeat in.
        if (performance.now() - yieldedAt > YIELD_EVERY_MS) {
          await yieldToTimers();
          yieldedAt = performance.now();
        }
        continue;
      }
      await readBack();
      if (sweep.stop === null) await hooks.onProgress?.(report(null));
      // A timer turn now and then lets the worker's heartbeat out (messages ran ahead of due
      // timers in Chromium, see run-mode.ts); a message turn otherwise, which costs less.
      if (performance.now() - yieldedAt > YIELD_EVERY_MS) {
        await yieldToTimers();
        yieldedAt = performance.now();
      } else await yieldToEventLoop();
    }
    return report(sweep.stop);
  } finally {
    tf.dispose(queued);
    copy.model?.dispose();
    copy.optimizer?.dispose();
    copy.bestWeights.dispose();
    tf.dispose([copy.batch?.x, copy.batch?.y].filter((t) => t !== undefined));
    if (copy.grads) tf.dispose(Object.values(copy.grads));
  }
}

/** The report of a sweep that ended before its first step (`failed`: refused or thrown). */
export function emptyLrFindReport(
  settings: LrFindSettings,
  fromStep: number,
  stop: LrFindReport['stop'],
): LrFindReport {
  const none = { lrs: [], losses: [], rawLosses: [], suggestion: null };
  return { settings, fromStep, weights: 'current', ...none, stop };
}

/**
 * A context for the copy: the run's data tensors (shared, read only), its own model with the
 * run's weights (or the initial weights drawn from a copy of the run's generator), a fresh
 * optimizer. `scratch` is the copy's plain state; its generator moves, the run's does not.
 */
function copyOfRun(ctx: RunContext, scratch: RunState): RunContext {
  const { config } = scratch;
  const rng = new Rng(scratch.rng.init);
  const model = ctx.task.buildModel(config, ctx.data, rng);
  scratch.rng.init = rng.getState();
  if (ctx.model) {
    const source = ctx.model.variables;
    model.variables.forEach((v, i) => v.assign(source[i]));
  }
  const optimizer = createRunOptimizer(config, namedParams(model));
  return {
    ...ctx,
    model,
    optimizer,
    batch: null,
    grads: null,
    bestWeights: new BestWeights(),
  };
}
