/**
 * The typed protocol between the page and the engine worker. Every message is plain data
 * that survives structured cloning; tensors never cross it.
 */
import type { RunParent } from '../data/lineage';
import type { LabConfig } from '../config/schema';
import type { OwnData, ProblemKind } from '../data/own-data';
import type { ExportRefusal } from '../data/pytorch-export/support';
import type { PyTorchExportInput } from '../data/pytorch-export/types';
import type { WeightsDigest } from '../data/audit-record';
import type { MetricLogData, MetricPoints } from './metric-log';
import type { PhaseId, ViewablePhase } from './phases';
import type { CheckpointProblem } from './checkpoint-problems';
import type { CheckpointMeta, PhaseReport, StoppingReport } from './reports';
import type { StopReason } from './stopping';
import type { IncidentKind, TimelineEvent } from './timeline';
import type { LrFindReport, LrFindSettings } from './lr-find';
import type { BackendRequest, CalibrationReport } from './calibration';
import type { BackendNotice, EngineNotice } from './notices';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** Page → engine. */
/** How a new run starts from another run's checkpoint (see the `startFrom` command). */
export type StartFromKind = 'branch' | 'fineTune';

export type EngineCommand =
  | {
      type: 'init';
      config: LabConfig;
      /** A backend to force, or `auto`: the fastest measured on the run's model. */
      backend?: BackendRequest;
      /** Instead of a fresh run: continue this run from its latest checkpoint. */
      resume?: ResumeRequest;
      /** The run this tab trained before a reload (kept per tab), which it may take back. */
      tabRunId?: string | null;
    }
  | { type: 'resume'; request: ResumeRequest }
  | { type: 'reset'; config: LabConfig }
  | { type: 'nextPhase' }
  /** A fresh view of a phase at the current step, changing nothing (between two steps). */
  | { type: 'viewPhase'; phase: ViewablePhase }
  | { type: 'run' }
  | { type: 'pause' }
  /** Fields that apply live (learning rate, intervals, stopping criteria). */
  | { type: 'updateLive'; config: LabConfig }
  | { type: 'deleteCheckpoint'; id: string }
  | { type: 'saveCheckpoint' }
  /** Continue from this checkpoint: its config, weights, optimizer state and history. */
  | { type: 'restoreCheckpoint'; id: string }
  /**
   * A new run (new id) from a stored checkpoint with `config`: `branch` restores the
   * checkpoint's whole state and trains on with the changed config; `fineTune` builds a
   * fresh model and copies the layers that fit (engine/run/fine-tune.ts).
   */
  | { type: 'startFrom'; kind: StartFromKind; checkpointId: string; config: LabConfig }
  | { type: 'exportCheckpoint'; id: string }
  /** What a PyTorch project needs: from this checkpoint of the run, or (null) the run as it stands. */
  | { type: 'exportPyTorch'; checkpointId: string | null }
  | { type: 'importCheckpoint'; fileName: string; text: string }
  /** Faults the engine can cause in itself (a crash is caused by the page). */
  | { type: 'simulateFault'; fault: 'deviceLost' | 'nanWeights' }
  /** Keeps an incident in the run's journal, so it survives a reload. */
  | { type: 'recordIncident'; event: TimelineEvent & { kind: 'incident' } }
  | { type: 'discardRun'; runId: string }
  /** Measures the current weights once on the test split (between steps; changes nothing). */
  | { type: 'evaluateTest' }
  /**
   * SHA-256 of a run's weights for its audit record: the live model's when `runId` is the
   * run trained now, else its latest stored checkpoint's (answered by `weightsDigest`).
   */
  | { type: 'digestWeights'; runId: string }
  /** Keeps a checked data set of the user's in the engine's store, for the reset that follows. */
  | { type: 'storeData'; data: OwnData }
  /**
   * The learning-rate range test on a copy of the run (Lightning's `Tuner.lr_find`); the run
   * is not changed. Anything that trains or replaces the run cancels it, as does `cancelLrFind`.
   */
  | { type: 'findLearningRate'; settings: LrFindSettings }
  | { type: 'cancelLrFind' }
  /** Times the current model's step on each backend (on a copy) and trains on the fastest. */
  | { type: 'calibrate' }
  /** Trains on this backend from now on; `auto` calibrates, null is the usual order. */
  | { type: 'useBackend'; backend: BackendRequest | null };

export interface ResumeRequest {
  runId: string;
  /** Start run mode once restored. */
  run: boolean;
  /**
   * Only to look at: the run stays another tab's, nothing is trained or written, and Reset
   * starts a new run of this tab's own.
   */
  readOnly?: boolean;
}

/** What storage knows of a run, kept up to date while it trains. */
export interface RunJournal {
  runId: string;
  config: LabConfig;
  startedAt: number;
  updatedAt: number;
  /** Latest step known to have been reached. */
  lastStep: number;
  /** Run mode was on at the last update. */
  running: boolean;
  finished: boolean;
  /** Step of the latest checkpoint (null: none yet). */
  checkpointStep: number | null;
  incidents: (TimelineEvent & { kind: 'incident' })[];
}

export interface AdapterDescription {
  vendor: string;
  architecture: string;
  description: string;
}

/**
 * What the page draws a task's data and results with: points of the plane (2-D
 * classification), images (digits), or points of a curve (1-D regression).
 */
export type DatasetKind = 'points2d' | 'images' | 'curve1d' | 'chars' | 'table';

/**
 * The data set, sent once per reset so the page can draw it. Points and curves come whole;
 * an image set sends its labels only (its pixels reach the page through the reports).
 */
export interface DatasetView {
  kind: DatasetKind;
  /** Short name of the task's data, e.g. "MNIST digits". */
  title: string;
  inputSize: number;
  /** Number of classes; 0 for regression (the target is a number). */
  classes: number;
  /** Names of the classes ("0" … "9" for digits; the characters, for a language model). */
  classNames?: string[];
  /** Text data: the number of words (names) per split, and a few training words. */
  words?: { train: number; validation: number; test: number; sample: string[] };
  /** A user's data set: where it came from, and the names of its input columns. */
  source?: DataSource;
  /** Height and width of an image example, for `images`. */
  imageShape?: [number, number];
  trainX: Float32Array;
  /** Class labels, or the target values of a regression. */
  trainY: Int32Array | Float32Array;
  valX: Float32Array;
  valY: Int32Array | Float32Array;
  /** Examples held out for a final test, never used in training or evaluation (0 if none). */
  testSize: number;
  /** Bounds of the plotted plane or curve [xMin, xMax, yMin, yMax]. */
  extent: [number, number, number, number];
}

/** What the page shows of a user's data set (its values come in the view's arrays). */
export interface DataSource {
  /** Content hash, as in the config's `dataId` ('' for the built-in example). */
  id: string;
  /** File name, "Drawn points", or the example's name. */
  name: string;
  /** Input columns, in the order of the inputs. */
  features: string[];
  target: string;
  kind: ProblemKind;
  rows: number;
  /**
   * A regression's target scale: the mean μ and standard deviation σ of the training rows'
   * targets, in the target's units. The model learns ỹ = (y − μ) / σ and its loss is the
   * mean squared error on that scale; L · σ² is the MSE in the target's units.
   */
  targetScale?: TargetScale;
}

/** Mean and standard deviation of a regression target, in its own units (σ > 0). */
export interface TargetScale {
  mean: number;
  std: number;
}

/** One row of the model summary table: a layer, its output shape, parameters and FLOPs. */
export interface LayerSummary {
  name: string;
  /** e.g. "dense", "conv 5×5", "max pool 2×2", "flatten". */
  kind: string;
  /** Output shape of one example, e.g. [24, 24, 8] or [128]. */
  outputShape: number[];
  params: number;
  /** Multiply-adds × 2 of the forward pass of one example. */
  forwardFlops: number;
  /** Forward + backward FLOPs of one training step at the configured batch size. */
  trainFlops: number;
}

export interface ModelSummary {
  /** The layers with parameters, in order; inputs × outputs of each layer's main weight matrix. */
  layers: { name: string; inputs: number; outputs: number; activation: string; params: number }[];
  /** Every layer, with and without parameters, for the summary table. */
  table: LayerSummary[];
  totalParams: number;
  /** Forward + backward FLOPs of one training step at the configured batch size (≈ 3 × forward). */
  flopsPerStep: number;
}

export interface EngineStatus {
  runId: string;
  step: number;
  /** Completed epochs. */
  epoch: number;
  batchIndex: number;
  batchesPerEpoch: number;
  trainLoss: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
  learningRate: number;
  /**
   * Micro-batches whose gradients are in within the current step (step mode), of
   * `accumulate` per step, each of `batchSize` examples: the effective batch is their product.
   */
  microBatch: number;
  accumulate: number;
  batchSize: number;
  stepsPerSecond: number | null;
  samplesPerSecond: number | null;
  elapsedMs: number;
  running: boolean;
  /** Phase last run, and the phase "Next phase" will run. */
  lastPhase: PhaseId | null;
  nextPhase: PhaseId;
  finished: { reason: StopReason } | null;
  /** Kernels are compiled on the first step: slow, and not training speed. */
  compiling: boolean;
  memory: { numTensors: number; numBytes: number };
  /** The run is another tab's, shown read-only: nothing trains or is written. */
  readOnly: boolean;
  /** The tfjs backend the engine trains on now (tf.getBackend() when the status was taken). */
  backend?: BackendName;
}

/** Engine → page. */
export type EngineEvent =
  | {
      type: 'ready';
      backend: BackendName;
      requested: BackendRequest | null;
      /** Why a backend earlier in the fallback order was not used (worded by the page). */
      fallbackReasons: BackendNotice[];
      adapter: AdapterDescription | null;
    }
  | {
      type: 'reset';
      dataset: DatasetView;
      model: ModelSummary;
      status: EngineStatus;
      config: LabConfig;
      /** The metrics so far: empty for a new run, the checkpoint's for a restored one. */
      history: MetricLogData;
      incidents: (TimelineEvent & { kind: 'incident' })[];
      /** Set when the run was restored from a checkpoint. */
      restoredFrom: { id: string; step: number } | null;
      /**
       * The run it came from (data/lineage.ts): `resume` for a restore (the same run id, or
       * a new one for a loaded file kept as a run of its own), `branch` or `fineTune`.
       */
      origin?: RunParent | null;
    }
  /**
   * A run that did not finish, found in storage when the engine started, and who has it:
   * this tab (it trained the run before a reload), no one (its tab was closed), or another
   * tab that is training it now (never resumed here).
   */
  | { type: 'unfinishedRun'; journal: RunJournal; owner: 'thisTab' | 'none' | 'otherTab' }
  /** The engine noticed a fault (a lost GPU device, non-finite values) and stopped training. */
  | { type: 'fault'; fault: IncidentKind; step: number; notice: EngineNotice }
  | { type: 'checkpointFile'; fileName: string; text: string }
  /** The answer to `digestWeights`; `digest` null when the engine has no weights of the run. */
  | { type: 'weightsDigest'; runId: string; digest: WeightsDigest | null }
  /** The answer to `exportPyTorch`: the data, state and config to write, or why not. */
  | { type: 'pytorchExport'; input: PyTorchExportInput }
  | { type: 'pytorchExportRefused'; refusal: ExportRefusal }
  /** A checkpoint file was refused; `problem` names the reason by id where the engine has one. */
  | {
      type: 'checkpointRejected';
      fileName: string;
      notice: EngineNotice;
      problem: CheckpointProblem | null;
    }
  /**
   * A checkpoint file was restored and kept: as a new checkpoint (`new`), as the identical one
   * already stored (`same`, nothing written), or as a new run of its own: when a different
   * checkpoint is stored under its id (`renamed`), so that no stored checkpoint is
   * overwritten, or when another tab is training its run (`trainedElsewhere`).
   */
  | {
      type: 'checkpointImported';
      fileName: string;
      step: number;
      storedAs: 'new' | 'same' | 'renamed' | 'trainedElsewhere';
      id: string;
    }
  /** Sent every second so the page can tell a silent (crashed) worker. */
  | { type: 'heartbeat' }
  /** `points`: the named series' points recorded since the last message (`metric-log.ts`). */
  | { type: 'phase'; report: PhaseReport; status: EngineStatus; points?: MetricPoints }
  /** The answer to `viewPhase`: the phase as it would run now, at `step` (nothing changed). */
  | { type: 'phaseView'; report: PhaseReport; step: number }
  /** Run mode: the losses of the steps since the last read-back, one per step. */
  | {
      type: 'progress';
      firstStep: number;
      losses: Float32Array;
      status: EngineStatus;
      /** The named series' points recorded since the last message (`metric-log.ts`). */
      points?: MetricPoints;
    }
  | { type: 'status'; status: EngineStatus }
  /**
   * Live fields changed: `previous` applied up to update `step`, `config` from update
   * `step` + 1 on (run mode's queued steps included: `step` counts them).
   */
  | { type: 'liveChange'; step: number; previous: LabConfig; config: LabConfig }
  | { type: 'stopped'; report: StoppingReport; status: EngineStatus }
  /**
   * The answer to `evaluateTest`: mean loss and accuracy (NaN for a regression) of run
   * `runId`'s weights at `step` on its `examples` test examples.
   */
  | {
      type: 'testEvaluation';
      runId: string;
      step: number;
      loss: number;
      accuracy: number;
      examples: number;
    }
  | { type: 'checkpoints'; checkpoints: CheckpointMeta[] }
  /** After each evaluation: the run's early warnings so far, one per kind, oldest first. */
  | { type: 'warnings'; events: TimelineEvent[] }
  /** The range test so far (`stop` null), at most every 100 ms, and once when it has ended. */
  | { type: 'lrFind'; report: LrFindReport }
  /** The backend calibration so far (`running`, after each backend), and once it has ended. */
  | { type: 'calibration'; report: CalibrationReport }
  /** `problem`: a checkpoint refused on restore, named by id (the page words it). */
  | { type: 'error'; notice: EngineNotice; problem?: CheckpointProblem };
