/**
 * What a PyTorch export is made from: plain data (numbers, strings, typed arrays), which the
 * engine gathers from a run or one of its checkpoints and the page turns into the files of a
 * project (`project.ts`). Nothing here holds a tensor.
 */
import type { PlateauState } from '../../config/plateau';
import type { LabConfig } from '../../config/schema';

/** A tensor as the browser holds it: row-major values in tfjs's layout (a dense kernel [in, out]). */
export interface ExportTensor {
  /** The parameter's name in the reports, e.g. "W · hidden 1", or an optimizer slot's tfjs name. */
  name: string;
  shape: number[];
  values: Float32Array | Int32Array;
}

/** The data set the run trains on, exactly as the engine holds it. */
export interface ExportData {
  /** Inputs per example. */
  inputSize: number;
  /** Number of classes; 0 for a regression (a number per example). */
  classes: number;
  /** Training inputs, row-major [n, inputSize]; targets [n]: class labels or values. */
  trainX: Float32Array;
  trainY: Int32Array | Float32Array;
  /** Validation inputs [m, inputSize] and targets [m]. */
  valX: Float32Array;
  valY: Int32Array | Float32Array;
  /**
   * The own-data task's standardization inside its model (src/engine/tasks/table): inputs
   * x̃ = (x − mean) · invStd per column, float32 as the engine holds them; for a regression,
   * predictions ŷ = out · σ_y + μ_y and the loss ((ŷ − y) / σ_y)². Absent for other tasks.
   */
  standardize?: {
    mean: Float32Array;
    invStd: Float32Array;
    /** μ_y and σ_y of a regression's target (null for classes: logits are not rescaled). */
    target: { mean: number; std: number } | null;
  };
}

/** The state the PyTorch run starts from: the browser's run after `step` optimizer steps. */
export interface ExportStart {
  runId: string;
  /** Optimizer steps taken. */
  step: number;
  /** Completed epochs. */
  epoch: number;
  /** Index of the next batch within the epoch. */
  cursor: number;
  /** The order of the training examples in the current epoch (reshuffled when cursor is 0). */
  order: Int32Array;
  /** The shuffle generator's 32-bit state (mulberry32, src/engine/rng.ts). */
  shuffleState: number;
  /** Reduce-on-plateau's state (its rate is used only under that schedule). */
  plateau: PlateauState;
  /** The model's variables in the engine's order (W₀, b₀, W₁, b₁, …), tfjs layouts. */
  weights: ExportTensor[];
  /**
   * The tfjs optimizer's state as a checkpoint holds it: `iter`, then each slot for every
   * variable (names ending in `/m`, `/v`, `/momentum`, `/rms`), then Adam's running powers;
   * empty slots before the first update.
   */
  optimizer: ExportTensor[];
  /** Where the state comes from: the live run, or a stored checkpoint. */
  source: 'run' | 'checkpoint';
}

/** Everything an export needs. */
export interface PyTorchExportInput {
  /** The run's config, with the live fields as last changed. */
  config: LabConfig;
  data: ExportData;
  start: ExportStart;
}

/** One file of the exported project: a path inside the project folder and its bytes. */
export interface ProjectFile {
  path: string;
  bytes: Uint8Array;
}
