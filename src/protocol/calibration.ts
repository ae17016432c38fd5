/**
 * The backend calibration as the engine reports it: each backend's measured training steps
 * per second on a copy of the current model, the kernels and FLOPs of one step, and which
 * backend won and why (`src/data/backend-choice.ts`). Plain data; the page words it.
 */
import type { BackendName } from './messages';

/** What the page may ask for: one backend, or `auto` (the fastest, measured). */
export type BackendRequest = BackendName | 'auto';

export const BACKEND_REQUESTS: readonly BackendRequest[] = [
  'auto',
  'webgpu',
  'webgl',
  'wasm',
  'cpu',
];

/**
 * Why a backend has no measurement: it is not offered by this browser (`notInBrowser`, e.g.
 * no WebGPU), offers no GPU adapter (`noAdapter`), failed to start (`failedToStart`), cannot
 * train this model (`noConvKernels`: the wasm backend has no convolution gradients) or its
 * step threw (`stepFailed`).
 */
export type CalibrationProblem =
  'notInBrowser' | 'noAdapter' | 'failedToStart' | 'noConvKernels' | 'stepFailed';

/** One backend's row of the calibration table. */
export interface CalibrationRow {
  backend: BackendName;
  /** Measured optimizer steps per second; null when not measured (see `problem`). */
  stepsPerSecond: number | null;
  /** Steps timed (after the untimed warm-up); 0 when not measured. */
  stepsTimed: number;
  /** tfjs kernels one training step dispatches on this backend (tf.profile); null if not counted. */
  kernelsPerStep: number | null;
  /**
   * Measured cost of launching one kernel, s: the time of the same step at the smallest batch
   * (one example per worker: the same kernels, almost no arithmetic) ÷ its kernels.
   */
  kernelOverheadS: number | null;
  /** Forward + backward FLOPs of one step (the model summary's). */
  flopsPerStep: number;
  problem: CalibrationProblem | null;
  /** The error's own words, where there was one (English, from the browser or tfjs). */
  detail: string | null;
}

/** The calibration of one model: in progress, done (a backend chosen) or failed (none ran). */
export interface CalibrationReport {
  status: 'running' | 'done' | 'failed';
  /** The run's step when it was measured, and the model it measured (its FLOPs per step). */
  step: number;
  /** One row per backend measured so far, in the order tried (webgpu, webgl, wasm, cpu). */
  rows: CalibrationRow[];
  /** The fastest backend (done), which the run then trains on. */
  chosen: BackendName | null;
  /** The chosen backend's step: launch overhead ≥ half its time, or arithmetic. */
  regime: 'dispatch-bound' | 'compute-bound' | null;
  /** kernels × per-kernel overhead ÷ measured step time of the chosen backend, in [0, 1]. */
  dispatchShare: number | null;
  /** FLOPs per step × measured steps/s of the chosen backend, FLOP/s. */
  achievedFlops: number | null;
  /** The chosen backend's steps/s ÷ the runner-up's; null with one measured backend. */
  marginOverNext: number | null;
}
