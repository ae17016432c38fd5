/**
 * The typed protocol between the page and the engine worker. Every message is plain data
 * that survives structured cloning; tensors never cross it.
 */
import type { LabConfig } from '../config/schema';
import type { PhaseId } from './phases';
import type { CheckpointMeta, PhaseReport, StoppingReport } from './reports';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** Page → engine. */
export type EngineCommand =
  | { type: 'init'; config: LabConfig; backend?: BackendName }
  | { type: 'reset'; config: LabConfig }
  | { type: 'nextPhase' }
  | { type: 'run' }
  | { type: 'pause' }
  /** Fields that apply live (learning rate, intervals, stopping criteria). */
  | { type: 'updateLive'; config: LabConfig }
  | { type: 'deleteCheckpoint'; id: string };

export interface AdapterDescription {
  vendor: string;
  architecture: string;
  description: string;
}

/** The data set as points, sent once per reset so the page can draw it. */
export interface DatasetView {
  inputSize: number;
  classes: number;
  trainX: Float32Array;
  trainY: Int32Array;
  valX: Float32Array;
  valY: Int32Array;
  extent: [number, number, number, number];
}

export interface ModelSummary {
  layers: { name: string; inputs: number; outputs: number; activation: string; params: number }[];
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
  stepsPerSecond: number | null;
  samplesPerSecond: number | null;
  elapsedMs: number;
  running: boolean;
  /** Phase last run, and the phase "Next phase" will run. */
  lastPhase: PhaseId | null;
  nextPhase: PhaseId;
  finished: { reason: string } | null;
  /** Kernels are compiled on the first step: slow, and not training speed. */
  compiling: boolean;
  memory: { numTensors: number; numBytes: number };
}

/** Engine → page. */
export type EngineEvent =
  | {
      type: 'ready';
      backend: BackendName;
      requested: BackendName | null;
      /** Why a backend earlier in the fallback order was not used. */
      fallbackReasons: string[];
      adapter: AdapterDescription | null;
    }
  | { type: 'reset'; dataset: DatasetView; model: ModelSummary; status: EngineStatus }
  | { type: 'phase'; report: PhaseReport; status: EngineStatus }
  /** Run mode: the losses of the steps since the last read-back, one per step. */
  | { type: 'progress'; firstStep: number; losses: Float32Array; status: EngineStatus }
  | { type: 'status'; status: EngineStatus }
  | { type: 'stopped'; report: StoppingReport; status: EngineStatus }
  | { type: 'checkpoints'; checkpoints: CheckpointMeta[] }
  | { type: 'error'; message: string };
