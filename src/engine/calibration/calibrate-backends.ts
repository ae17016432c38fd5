/**
 * Backend calibration: the current model's training step timed on each tfjs backend, on a copy
 * of the run, and the fastest chosen by measured steps/s (`src/data/backend-choice.ts`).
 *
 * For each backend in turn: make it the active backend; build the copy on it (the run's data
 * uploaded again, the model with the run's current weights or, before initialization, the
 * initial weights its generator will draw, a fresh optimizer of the run's kind, a scratch copy
 * of the plain state); count the kernels of one step with tf.profile; time a chain of tiny
 * kernels (the per-kernel overhead); then warm-up steps (they compile kernels) and timed steps
 * of the run's own fused step (`run/step.ts`, queued without a read-back as run mode does, one
 * read-back at the end, inside the timed span). Every tensor of the copy is freed before the
 * next backend; the run's own weights, optimizer state, step, data position and generators are
 * never written. The caller makes the chosen backend active afterwards.
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
import { BestWeights } from '../best-weights';
import { Rng } from '../rng';
import { createRunOptimizer, namedParams } from '../run/optimizer';
import { disposeRunContext, type RunContext, targetDtype } from '../run/context';
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

/** Kernels of the overhead probe: a chain of scalar additions, each a separate dispatch. */
export const PROBE_KERNELS = 64;

/** The default timing: 2 warm-up steps, then up to 20 timed steps or 1 s, whichever first. */
export const CALIBRATION_TIMING: CalibrationTiming = { steps: 20, warmup: 2, budgetMs: 1000 };

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

/** One backend's row: the copy built on the active backend, counted, probed and timed. */
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
  let copy: RunContext | null = null;
  let queued: tf.Tensor[] = [];
  try {
    const scratch = scratchOf(state);
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
    // One step first: the optimizer's slots are created and the kernels compiled.
    await runStep();
    await sync();
    row.kernelsPerStep = await countKernels(runStep, sync);
    row.kernelOverheadS = await probeKernelOverhead(options.now);
    const timed = await timeSteps(runStep, sync, options.now, options.timing ?? CALIBRATION_TIMING);
    row.stepsTimed = timed.steps;
    row.stepsPerSecond = stepsPerSecondOf(timed.steps, timed.ms);
  } catch (e) {
    row.problem = 'stepFailed';
    row.detail = messageOf(e);
    row.stepsPerSecond = null;
  } finally {
    tf.dispose(queued);
    if (copy) disposeRunContext(copy);
  }
  return row;
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

/**
 * The time of one tiny kernel on the active backend, s: a chain of {@link PROBE_KERNELS}
 * scalar additions (each waits for the one before) read back once, after one untimed chain
 * that compiles the kernel. Dispatch, launch and the read-back's share; the arithmetic is nil.
 * Null when the clock measured no time.
 */
async function probeKernelOverhead(now: () => number): Promise<number | null> {
  const one = tf.scalar(1);
  const chain = () =>
    tf.tidy(() => {
      let x: tf.Tensor = one;
      for (let i = 0; i < PROBE_KERNELS; i++) x = tf.add(x, one);
      return x;
    });
  try {
    const warm = chain();
    await warm.data();
    warm.dispose();
    const start = now();
    const timed = chain();
    await timed.data();
    const ms = now() - start;
    timed.dispose();
    return ms > 0 ? ms / 1000 / PROBE_KERNELS : null;
  } finally {
    one.dispose();
  }
}

/**
 * The copy of the run on the active backend: the run's data uploaded again, a model of the
 * run's shape with `weights` (or the initial weights drawn from a copy of the run's
 * generator), a fresh optimizer. `scratch` is the copy's plain state.
 */
function copyOn(ctx: RunContext, scratch: RunState, weights: Values[] | null): RunContext {
  const { data, task } = ctx;
  const { config } = scratch;
  const { train, validation, inputSize } = data;
  const model = task.buildModel(config, data, new Rng(scratch.rng.init));
  if (weights) {
    model.variables.forEach((v, i) =>
      tf.tidy(() => v.assign(tf.tensor(weights[i], v.shape, v.dtype))),
    );
  }
  return {
    task,
    data,
    xTrain: tf.tensor2d(train.x, [train.n, inputSize]),
    yTrain: tf.tensor1d(train.y, targetDtype(data)),
    xVal: tf.tensor2d(validation.x, [validation.n, inputSize]),
    yVal: tf.tensor1d(validation.y, targetDtype(data)),
    model,
    optimizer: createRunOptimizer(config, namedParams(model)),
    batch: null,
    grads: null,
    bestWeights: new BestWeights(),
  };
}
