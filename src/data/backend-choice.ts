/**
 * Choosing a backend by measurement, and saying why it won. A step runs `kernelsPerStep`
 * kernels (GPU programs or CPU loops) and `flopsPerStep` FLOPs; its time is roughly
 *
 *   t_step ≈ kernels × per-kernel overhead + FLOPs / throughput
 *
 * A tiny model is dispatch-bound: the fixed cost of launching each kernel (encoding and
 * submitting a WebGPU command, a WebGL draw call, a WASM call) dominates, so a CPU backend can
 * beat a GPU. A large one is compute-bound: the FLOPs dominate and the GPU's throughput wins.
 * The per-kernel overhead is measured where the caller can (a chain of tiny kernels timed on
 * the backend, `kernelOverheadS`), else an assumed order of magnitude (default 10 µs); the
 * choice itself uses only the measured steps/s, the overhead only the reason given for it.
 */

/** What one backend measured. */
export interface BackendMeasurement {
  backend: string;
  /** Measured optimizer steps per second (> 0; others are left out of the choice). */
  stepsPerSecond: number;
  /** Kernels dispatched per step. */
  kernelsPerStep: number;
  /** Forward + backward FLOPs per step. */
  flopsPerStep: number;
  /** Measured time of one kernel dispatch on this backend, s (absent: the assumed default). */
  kernelOverheadS?: number;
}

/** Default assumed overhead of one kernel dispatch, s. */
export const DEFAULT_KERNEL_OVERHEAD_S = 10e-6;

/** The choice and its reason, with the numbers it rests on. */
export interface BackendChoice {
  backend: string;
  regime: 'dispatch-bound' | 'compute-bound';
  /** Measured step time of the winner, s. */
  stepSeconds: number;
  /** The winner's per-kernel overhead used, s: measured, or the assumed default. */
  kernelOverheadS: number;
  /** Whether `kernelOverheadS` was measured on the winner (false: assumed). */
  overheadMeasured: boolean;
  /** kernels × per-kernel overhead, s. */
  dispatchSeconds: number;
  /** dispatchSeconds / stepSeconds, clamped to [0, 1]. */
  dispatchShare: number;
  /** FLOPs per step × steps/s, FLOP/s. */
  achievedFlops: number;
  /** How much faster than the runner-up (winner's steps/s ÷ runner-up's); null with one candidate. */
  marginOverNext: number | null;
  /** The valid measurements, fastest first. */
  ranking: BackendMeasurement[];
}

/**
 * Picks the backend with the most measured steps/s (ties: the earlier in the list) and
 * classifies its step as dispatch-bound (the kernel overheads, measured or assumed, make up at
 * least half the measured step time) or compute-bound. Throws Error when no measurement has a
 * positive, finite steps/s.
 */
export function explainBackendChoice(
  measurements: readonly BackendMeasurement[],
  overheadPerKernelS = DEFAULT_KERNEL_OVERHEAD_S,
): BackendChoice {
  const valid = measurements.filter(
    (m) => Number.isFinite(m.stepsPerSecond) && m.stepsPerSecond > 0,
  );
  if (valid.length === 0)
    throw new Error('No backend measured a positive number of steps per second.');
  // A stable sort keeps the list order among equals.
  const ranking = [...valid].sort((a, b) => b.stepsPerSecond - a.stepsPerSecond);
  const best = ranking[0];
  const stepSeconds = 1 / best.stepsPerSecond;
  const overheadMeasured =
    best.kernelOverheadS !== undefined &&
    Number.isFinite(best.kernelOverheadS) &&
    best.kernelOverheadS > 0;
  const kernelOverheadS = overheadMeasured ? best.kernelOverheadS! : overheadPerKernelS;
  const dispatchSeconds = best.kernelsPerStep * kernelOverheadS;
  const dispatchShare = Math.min(1, Math.max(0, dispatchSeconds / stepSeconds));
  return {
    backend: best.backend,
    regime: dispatchShare >= 0.5 ? 'dispatch-bound' : 'compute-bound',
    stepSeconds,
    kernelOverheadS,
    overheadMeasured,
    dispatchSeconds,
    dispatchShare,
    achievedFlops: best.flopsPerStep * best.stepsPerSecond,
    marginOverNext: ranking.length > 1 ? best.stepsPerSecond / ranking[1].stepsPerSecond : null,
    ranking,
  };
}

/** A backend to measure: `runStep` trains one step on it (and waits for the result). */
export interface CalibrationCandidate {
  backend: string;
  kernelsPerStep: number;
  flopsPerStep: number;
  kernelOverheadS?: number;
  runStep: () => void | Promise<void>;
  /** Waits until the steps queued so far have finished (a read-back); timed with them. */
  sync?: () => void | Promise<void>;
}

/** How long to measure: timed steps, untimed warm-up steps before them, a time budget. */
export interface CalibrationTiming {
  /** Timed steps at most (≥ 1). */
  steps: number;
  /** Untimed steps first: the first steps compile kernels. */
  warmup: number;
  /** The timed steps stop early once this much time (ms) has passed, after at least one. */
  budgetMs: number;
}

export const DEFAULT_CALIBRATION_TIMING: CalibrationTiming = {
  steps: 10,
  warmup: 1,
  budgetMs: Infinity,
};

/**
 * Times one backend: `warmup` untimed steps and a `sync`, then up to `steps` steps and a
 * `sync`, timed with `now` (ms), stopping early once `budgetMs` have passed. Returns the steps
 * timed and their time in ms (`ms` may be 0 with a coarse clock). Throws what a step throws.
 */
export async function timeSteps(
  runStep: () => void | Promise<void>,
  sync: (() => void | Promise<void>) | undefined,
  now: () => number,
  timing: CalibrationTiming = DEFAULT_CALIBRATION_TIMING,
): Promise<{ steps: number; ms: number }> {
  for (let i = 0; i < timing.warmup; i++) await runStep();
  await sync?.();
  const start = now();
  let steps = 0;
  while (steps < timing.steps) {
    await runStep();
    steps++;
    if (steps < timing.steps && now() - start >= timing.budgetMs) break;
  }
  await sync?.();
  return { steps, ms: now() - start };
}

/** Steps per second of `steps` steps in `ms` milliseconds (Infinity when no time passed). */
export function stepsPerSecondOf(steps: number, ms: number): number {
  return ms > 0 ? (steps * 1000) / ms : Infinity;
}

/**
 * Times each candidate with {@link timeSteps} (`now` in ms, e.g. performance.now or a fake
 * clock), then explains the choice. A candidate whose step throws is left out; throws Error
 * if none can run.
 */
export async function calibrate(
  candidates: readonly CalibrationCandidate[],
  now: () => number,
  steps = 10,
  warmup = 1,
  budgetMs = Infinity,
): Promise<BackendChoice> {
  const measured: BackendMeasurement[] = [];
  for (const c of candidates) {
    try {
      const timed = await timeSteps(c.runStep, c.sync, now, { steps, warmup, budgetMs });
      measured.push({
        backend: c.backend,
        stepsPerSecond: stepsPerSecondOf(timed.steps, timed.ms),
        kernelsPerStep: c.kernelsPerStep,
        flopsPerStep: c.flopsPerStep,
        ...(c.kernelOverheadS !== undefined ? { kernelOverheadS: c.kernelOverheadS } : {}),
      });
    } catch {
      // This backend cannot train here: it is not a candidate.
    }
  }
  return explainBackendChoice(measured);
}
