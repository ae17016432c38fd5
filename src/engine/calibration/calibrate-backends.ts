/**
 * Backend calibration: the current model's training step timed on each tfjs backend, on a copy
 * of the run, and the fastest chosen by measured steps/s (`src/data/backend-choice.ts`).
 *
 * For each backend in turn: make it the active backend; build the copy on it (the run's data
 * uploaded again, the model with the run's current weights or, before initialization, the
 * initial weights its generator will draw, a fresh optimizer of the run's kind, a scratch copy
 * of the plain state); count the kernels of one step with tf.profile; then warm-up steps (they
 * compile kernels) and timed steps of the run's own fused step (`run/step.ts`, queued without a
 * read-back as run mode does, one read-back at the end, inside the timed span).
 *
 * Then the same step at the smallest batch (one example per data-parallel worker): the same
 * kernels with almost none of the arithmetic, so its time is the floor that launching the
 * kernels costs, t_floor ≈ kernels × per-kernel overhead (an upper bound: one example's
 * arithmetic is in it). Per kernel that is `kernelOverheadS`; t_floor ÷ the full step's time
 * is the share of the step that dispatch takes (`src/data/backend-choice.ts`).
 *
 * Every tensor of the copies is freed before the next backend; the run's own weights,
 * optimizer state, step, data position and generators are never written. The caller makes the
 * chosen backend active afterwards.
 */
import * as tf from '@tensorflow/tfjs';
import {
  type BackendMeasurement,
  type CalibrationTiming,
  explainBackendChoice,
  stepsPerSecondOf,
  timeSteps,
} from '../../data/backend-choice';
import type {
  CalibrationProblem,
  CalibrationReport,
  CalibrationRow,
} from '../../protocol/calibration';
import type { BackendName } from '../../protocol/messages';
import type { DataSplit } from '../tasks/types';
import { BestWeights } from '../best-weights';
import { Rng } from '../rng';
import { createRunOptimizer, namedParams } from '../run/optimizer';
import { disposeStepState, type RunContext, targetDtype } from '../run/context';
import { scratchOf } from '../run/phase-view';
import { stepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { trainStepScaled } from '../run/step';
import { yieldToTimers } from '../yield';

/** A tensor's values as read back. */
type Values = Awaited<ReturnType<tf.Tensor['data']>>;

/** Why a backend cannot be measured, with the error's own words where there are some. */
export interface Unavailable {
  problem: CalibrationProblem;
  detail: string | null;
}

/** The default timing: 2 warm-up steps, then up to 20 timed steps or 1 s, whichever first. */
export const CALIBRATION_TIMING: CalibrationTiming = { steps: 20, warmup: 2, budgetMs: 1000 };

/** The timing of the smallest-batch step, at most half the full step's. */
function floorTiming(t: CalibrationTiming): CalibrationTiming {
  return { ...t, steps: Math.max(1, Math.ceil(t.steps / 2)), budgetMs: t.budgetMs / 2 };
}

/** The event loop gets a timer turn at least this often (ms), for the worker's heartbeat. */
const YIELD_EVERY_MS = 200;

export interface CalibrationOptions {
  /** The backends to try, in order. */
  backends: readonly BackendName[];
  /** Makes `name` the active tfjs backend, or says why it cannot be. */
  activate(name: BackendName): Promise<Unavailable | null>;
  /** The clock, ms (performance.now; a test's fake clock). */
  now(): number;
  timing?: CalibrationTiming;
  /** The model has convolutions: the wasm backend cannot train it (no Conv2DBackpropFilter). */
  convolutional: boolean;
  /** Forward + backward FLOPs of one step (the model summary's). */
  flopsPerStep: number;
  /** Called after each of a backend's steps, warm-up included (a test's clock advances here). */
  onStep?(backend: BackendName): void;
  /** Called after each backend's row, with the report so far (status `running`). */
  onProgress?(report: CalibrationReport): void;
}

/** The first line of an error's message. */
function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/** A report with no backend chosen yet. */
function reportOf(step: number, rows: CalibrationRow[]): CalibrationReport {
  return {
    status: 'running',
    step,
    rows,
    chosen: null,
    regime: null,
    dispatchShare: null,
    achievedFlops: null,
    marginOverNext: null,
  };
}

/**
 * Times the run's step on each backend of `options.backends` (see the file comment) and
 * returns the table with the fastest backend chosen (`done`), or `failed` when none could
 * train. Leaves whichever backend it tried last active. Throws nothing a backend throws: that
 * backend's row says what went wrong.
 */
export async function calibrateBackends(
  ctx: RunContext,
  state: RunState,
  options: CalibrationOptions,
): Promise<CalibrationReport> {
  // The run's weights, read once from wherever they live (null before initialization).
  const weights = ctx.model ? await Promise.all(ctx.model.variables.map((v) => v.data())) : null;
  const rows: CalibrationRow[] = [];
  options.onProgress?.(reportOf(state.step, []));
  const empty = (backend: BackendName, u: Unavailable): CalibrationRow => ({
    backend,
    stepsPerSecond: null,
    stepsTimed: 0,
    kernelsPerStep: null,
    kernelOverheadS: null,
    flopsPerStep: options.flopsPerStep,
    ...u,
  });
  for (const backend of options.backends) {
    if (backend === 'wasm' && options.convolutional) {
      rows.push(empty(backend, { problem: 'noConvKernels', detail: null }));
    } else {
      const unavailable = await options.activate(backend);
      rows.push(
        unavailable
          ? empty(backend, unavailable)
          : await measureOne(ctx, state, weights, backend, options),
      );
    }
    options.onProgress?.(reportOf(state.step, rows.slice()));
  }
  const measured: BackendMeasurement[] = rows.flatMap((r) =>
    r.stepsPerSecond === null
      ? []
      : [
          {
            backend: r.backend,
            stepsPerSecond: r.stepsPerSecond,
            kernelsPerStep: r.kernelsPerStep ?? 0,
            flopsPerStep: r.flopsPerStep,
            ...(r.kernelOverheadS !== null ? { kernelOverheadS: r.kernelOverheadS } : {}),
          },
        ],
  );
  if (measured.length === 0) return { ...reportOf(state.step, rows), status: 'failed' };
  const choice = explainBackendChoice(measured);
  return {
    status: 'done',
    step: state.step,
    rows,
    chosen: choice.backend as BackendName,
    regime: choice.regime,
    dispatchShare: choice.dispatchShare,
    achievedFlops: choice.achievedFlops,
    marginOverNext: choice.marginOverNext,
  };
}

/** One backend's row: the copy built on the active backend, counted and timed. */
async function measureOne(
  ctx: RunContext,
  state: RunState,
  weights: Values[] | null,
  backend: BackendName,
  options: CalibrationOptions,
): Promise<CalibrationRow> {
  const row: CalibrationRow = {
    backend,
    stepsPerSecond: null,
    stepsTimed: 0,
    kernelsPerStep: null,
    kernelOverheadS: null,
    flopsPerStep: options.flopsPerStep,
    problem: null,
    detail: null,
  };
  const timing = options.timing ?? CALIBRATION_TIMING;
  let splits: DataTensors | null = null;
  try {
    // The run's data on this backend, once for both copies.
    splits = uploadData(ctx.data);
    const on = { ...ctx, ...splits };
    const full = await timeCopy(on, scratchOf(state), weights, backend, options, timing, true);
    row.kernelsPerStep = full.kernels;
    row.stepsTimed = full.steps;
    row.stepsPerSecond = stepsPerSecondOf(full.steps, full.ms);
    // The same kernels at one example per worker: what launching them costs.
    const scratch = scratchOf(state);
    scratch.config = { ...scratch.config, batchSize: Math.max(1, scratch.config.workers) };
    const floor = await timeCopy(on, scratch, weights, backend, options, floorTiming(timing));
    if (row.kernelsPerStep !== null && row.kernelsPerStep > 0 && floor.ms > 0) {
      row.kernelOverheadS = floor.ms / 1000 / floor.steps / row.kernelsPerStep;
    }
  } catch (e) {
    row.problem = 'stepFailed';
    row.detail = messageOf(e);
    row.stepsPerSecond = null;
    row.kernelOverheadS = null;
  } finally {
    if (splits) tf.dispose(Object.values(splits));
  }
  return row;
}

/**
 * Builds a copy of the run with `scratch`'s config on the active backend (`ctx` holds the
 * data tensors it uses, already there), takes one untimed
 * step (slots created, kernels compiled), counts one step's kernels when `count`, then times
 * steps with {@link timeSteps}; frees the copy however it ends.
 */
async function timeCopy(
  ctx: RunContext,
  scratch: RunState,
  weights: Values[] | null,
  backend: BackendName,
  options: CalibrationOptions,
  timing: CalibrationTiming,
  count = false,
): Promise<{ steps: number; ms: number; kernels: number | null }> {
  let copy: RunContext | null = null;
  let queued: tf.Tensor[] = [];
  try {
    copy = copyOn(ctx, scratch, weights);
    const c = copy;
    const plan = stepPlan(scratch.config);
    let yieldedAt = performance.now();
    const runStep = async () => {
      queued.push(await trainStepScaled(c, scratch, plan, false));
      options.onStep?.(backend);
      if (performance.now() - yieldedAt > YIELD_EVERY_MS) {
        await yieldToTimers();
        yieldedAt = performance.now();
      }
    };
    const sync = async () => {
      if (queued.length > 0) await queued[queued.length - 1].data();
      tf.dispose(queued);
      queued = [];
    };
    await runStep();
    await sync();
    const kernels = count ? await countKernels(runStep, sync) : null;
    const timed = await timeSteps(runStep, sync, options.now, timing);
    return { ...timed, kernels };
  } finally {
    tf.dispose(queued);
    // The copy's own tensors; its data tensors are the caller's.
    if (copy) {
      disposeStepState(copy);
      copy.bestWeights.dispose();
      copy.model?.dispose();
      copy.optimizer?.dispose();
    }
  }
}

/** tfjs kernels one step dispatches, by tf.profile; null when profiling fails on a backend. */
async function countKernels(
  runStep: () => Promise<void>,
  sync: () => Promise<void>,
): Promise<number | null> {
  try {
    const profile = await tf.profile(async () => {
      await runStep();
      await sync();
    });
    // The read-back is not a kernel of the step: only kernels are listed.
    return profile.kernels.length;
  } catch {
    return null;
  }
}

/** A run's data tensors: training and validation inputs and targets. */
type DataTensors = Pick<RunContext, 'xTrain' | 'yTrain' | 'xVal' | 'yVal'>;

/** The run's data uploaded to the active backend. */
function uploadData(data: DataSplit): DataTensors {
  const { train, validation, inputSize } = data;
  return {
    xTrain: tf.tensor2d(train.x, [train.n, inputSize]),
    yTrain: tf.tensor1d(train.y, targetDtype(data)),
    xVal: tf.tensor2d(validation.x, [validation.n, inputSize]),
    yVal: tf.tensor1d(validation.y, targetDtype(data)),
  };
}

/**
 * The copy of the run on the active backend: `ctx`'s data tensors, a model of the run's shape
 * with `weights` (or the initial weights drawn from a copy of the run's generator), a fresh
 * optimizer. `scratch` is the copy's plain state.
 */
function copyOn(ctx: RunContext, scratch: RunState, weights: Values[] | null): RunContext {
  const { data, task } = ctx;
  const { config } = scratch;
  const model = task.buildModel(config, data, new Rng(scratch.rng.init));
  if (weights) {
    model.variables.forEach((v, i) =>
      tf.tidy(() => v.assign(tf.tensor(weights[i], v.shape, v.dtype))),
    );
  }
  return {
    ...ctx,
    model,
    optimizer: createRunOptimizer(config, namedParams(model)),
    batch: null,
    grads: null,
    bestWeights: new BestWeights(),
  };
}
