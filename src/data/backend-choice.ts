/**
 * Choosing a backend by measurement, and saying why it won. A step runs `kernelsPerStep`
 * kernels (GPU programs or CPU loops) and `flopsPerStep` FLOPs; its time is roughly
 *
 *   t_step ≈ kernels × per-kernel overhead + FLOPs / throughput
 *
 * A tiny model is dispatch-bound: the fixed cost of launching each kernel (encoding and
 * submitting a WebGPU command, a WebGL draw call, a WASM call) dominates, so a CPU backend can
 * beat a GPU. A large one is compute-bound: the FLOPs dominate and the GPU's throughput wins.
 * The per-kernel overhead is an assumed order of magnitude (default 10 µs), not measured; the
 * choice itself uses only the measured steps/s.
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
}

/** Default assumed overhead of one kernel dispatch, s. */
export const DEFAULT_KERNEL_OVERHEAD_S = 10e-6;

/** The choice and its reason, with the numbers it rests on. */
export interface BackendChoice {
  backend: string;
  regime: 'dispatch-bound' | 'compute-bound';
  /** Measured step time of the winner, s. */
  stepSeconds: number;
  /** kernels × assumed overhead, s. */
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
 * classifies its step as dispatch-bound (the assumed kernel overheads make up at least half
 * the measured step time) or compute-bound. Throws Error when no measurement has a positive,
 * finite steps/s.
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
  const dispatchSeconds = best.kernelsPerStep * overheadPerKernelS;
  const dispatchShare = Math.min(1, Math.max(0, dispatchSeconds / stepSeconds));
  return {
    backend: best.backend,
    regime: dispatchShare >= 0.5 ? 'dispatch-bound' : 'compute-bound',
    stepSeconds,
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
  runStep: () => void | Promise<void>;
}

/**
 * Times `steps` steps of each candidate with `now` (ms, e.g. performance.now or a fake clock)
 * after `warmup` untimed steps (the first steps compile kernels), then explains the choice.
 * A candidate whose step throws is left out; throws Error if none can run.
 */
export async function calibrate(
  candidates: readonly CalibrationCandidate[],
  now: () => number,
  steps = 10,
  warmup = 1,
): Promise<BackendChoice> {
  const measured: BackendMeasurement[] = [];
  for (const c of candidates) {
    try {
      for (let i = 0; i < warmup; i++) await c.runStep();
      const start = now();
      for (let i = 0; i < steps; i++) await c.runStep();
      const ms = now() - start;
      measured.push({
        backend: c.backend,
        stepsPerSecond: ms > 0 ? (steps * 1000) / ms : Infinity,
        kernelsPerStep: c.kernelsPerStep,
        flopsPerStep: c.flopsPerStep,
      });
    } catch {
      // This backend cannot train here: it is not a candidate.
    }
  }
  return explainBackendChoice(measured);
}
