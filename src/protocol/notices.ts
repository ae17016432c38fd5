/**
 * What the engine tells the page in words elsewhere — a fault it noticed, why a backend was
 * not used, why a command or a file was refused — as plain data: an id and the numbers and
 * names that go with it, never a sentence. The page words each notice in its language
 * (src/content/<lang>/notices.ts), as it does stop reasons (./stopping.ts) and warnings
 * (./timeline.ts). A `detail` is the platform's own text (an exception's message from the
 * browser or tfjs), shown as it is: the engine has no other words for it.
 */
import type { FieldIssue, FieldKey } from '../config/schema';
import type { CheckpointProblem } from './checkpoint-problems';
import type { BackendName } from './messages';

/** Why a backend earlier in the fallback order was not used. */
export type BackendNotice =
  /** The browser has no WebGPU (`navigator.gpu`). */
  | { id: 'noWebGpu' }
  /** WebGL in a worker needs OffscreenCanvas. */
  | { id: 'noOffscreenCanvas' }
  /** `navigator.gpu.requestAdapter()` gave no adapter. */
  | { id: 'noGpuAdapter' }
  /** `tf.setBackend` failed (`detail` '') or threw (`detail` its message). */
  | { id: 'backendFailed'; backend: BackendName; detail: string }
  /** tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel: a CNN trains on cpu. */
  | { id: 'wasmNoConv' };

/** Why a checkpoint file's record does not have the shape of a checkpoint (its schema). */
export type CheckpointSchemaIssue =
  | 'format'
  | 'noWeights'
  | 'tensorValues'
  | 'notSeries'
  /** Any other value missing or of the wrong type. */
  | 'value';

/** Why a data set kept in this browser's storage cannot be used. */
export type StoredDataProblem =
  /** Its arrays do not have the sizes its row and column counts say. */
  | { kind: 'shape' }
  /** Its content does not hash to its id. */
  | { kind: 'id' }
  /** A class label outside its classes. */
  | { kind: 'labels' }
  /** A value the checks of a CSV file refuse (src/data/number-checks.ts), at `row` (1-based). */
  | { kind: 'value'; row: number; column: string; value: number }
  /** A column the checks refuse as a whole (rounding loses it, too small a spread): its values. */
  | { kind: 'column'; column: string; values: Float32Array }
  /** A regression target with one value on every row. */
  | { kind: 'constantTarget'; column: string; value: number };

/** A notice: its id and its values (see the file's comment). */
export type EngineNotice =
  // ---- faults: what was detected (the cause of a timeline incident) ----
  /** The WebGPU device's `lost` promise resolved: destroyed on purpose, or a driver fault. */
  | { id: 'deviceLost'; destroyed: boolean; detail: string }
  /** A loss turned NaN or ±Infinity at `step` after NaN was written into the weights. */
  | { id: 'nonFiniteLoss'; loss: 'training' | 'validation'; value: number; step: number }
  /** The worker threw an uncaught error (`detail`: its message, '' when it has none). */
  | { id: 'workerFailed'; detail: string }
  /** The worker sent nothing for `seconds` s. */
  | { id: 'workerSilent'; seconds: number }
  /** The page was reloaded (or closed) mid-run, at `step`. */
  | { id: 'pageReloaded'; step: number }
  | { id: 'pageClosed'; step: number }
  // ---- backends ----
  | BackendNotice
  /** No backend could start; why each did not. */
  | { id: 'noBackend'; reasons: BackendNotice[] }
  // ---- commands refused ----
  | { id: 'readOnly' }
  | { id: 'lrFindWhileRunning' }
  | { id: 'trainedElsewhere' }
  | { id: 'checkpointGone' }
  | { id: 'noTestSplit' }
  | { id: 'dataMismatch' }
  | { id: 'noGoodCheckpoint' }
  | { id: 'noRun' }
  /** A phase view was asked for while a step is half done. */
  | { id: 'stepHalfDone' }
  /** Resuming failed for `cause`, and a new run was started. */
  | { id: 'notResumed'; cause: EngineNotice }
  /** The data set of the link could not be loaded for `cause`: the example is used. */
  | { id: 'exampleInstead'; cause: EngineNotice }
  // ---- data ----
  | { id: 'mnistNotMnist' }
  | { id: 'mnistSize'; bytes: number; expected: number }
  | { id: 'mnistFetch'; path: string; status: number }
  | { id: 'mnistNotLoaded' }
  | { id: 'dataNotStored'; dataId: string }
  | { id: 'dataNotLoaded'; dataId: string }
  | { id: 'dataStoredDamaged'; dataId: string; problem: StoredDataProblem }
  // ---- checkpoint files and restores ----
  /** Not JSON (`detail`: the parser's message), or a typed array badly encoded. */
  | { id: 'checkpointDamaged'; part: 'json' | 'arrayEncoding' | 'arrayLength'; detail: string }
  | { id: 'notACheckpoint' }
  /** The record fails its schema at `path` ('' at the top); `expected`: the format, for 'format'. */
  | { id: 'checkpointInvalid'; issue: CheckpointSchemaIssue; path: string; expected: string }
  /** The record's config fails the sidebar's check of `field` (null: `path` of the config). */
  | { id: 'checkpointConfig'; field: FieldKey | null; issue: FieldIssue | null; path: string }
  | { id: 'checkpointTask'; task: string; expected: string }
  | {
      id: 'checkpointDataPosition';
      examples: number;
      cursor: number;
      expectedExamples: number;
      batches: number;
    }
  | { id: 'checkpointModel' }
  | { id: 'checkpointShape'; param: string; shape: number[]; expected: number[] }
  | { id: 'checkpointOptimizer'; optimizer: string; expected: string }
  /** A checkpoint refused by its checks (src/engine/checkpoint-checks.ts). */
  | { id: 'checkpointProblem'; problem: CheckpointProblem }
  // ---- anything else ----
  /** An error the engine has no words for (a programming error): its message, as it is. */
  | { id: 'internal'; detail: string };

export type EngineNoticeId = EngineNotice['id'];

/** One notice of kind `K`. */
export type NoticeOf<K extends EngineNoticeId> = Extract<EngineNotice, { id: K }>;

/**
 * The values of a notice whose text is the platform's own, shown as it is (see the file's
 * comment); every other string a notice holds is an id, a name or a path.
 */
export const VERBATIM_FIELDS = ['detail'] as const;

/** Every notice id, for checks of stored data (a run record's incidents). */
export const ENGINE_NOTICE_IDS = [
  'deviceLost',
  'nonFiniteLoss',
  'workerFailed',
  'workerSilent',
  'pageReloaded',
  'pageClosed',
  'noWebGpu',
  'noOffscreenCanvas',
  'noGpuAdapter',
  'backendFailed',
  'wasmNoConv',
  'noBackend',
  'readOnly',
  'lrFindWhileRunning',
  'trainedElsewhere',
  'checkpointGone',
  'noTestSplit',
  'dataMismatch',
  'noGoodCheckpoint',
  'noRun',
  'stepHalfDone',
  'notResumed',
  'exampleInstead',
  'mnistNotMnist',
  'mnistSize',
  'mnistFetch',
  'mnistNotLoaded',
  'dataNotStored',
  'dataNotLoaded',
  'dataStoredDamaged',
  'checkpointDamaged',
  'notACheckpoint',
  'checkpointInvalid',
  'checkpointConfig',
  'checkpointTask',
  'checkpointDataPosition',
  'checkpointModel',
  'checkpointShape',
  'checkpointOptimizer',
  'checkpointProblem',
  'internal',
] as const satisfies readonly EngineNoticeId[];

/** A type error when an id of {@link EngineNotice} is missing from {@link ENGINE_NOTICE_IDS}. */
export const ALL_NOTICE_IDS_LISTED: [
  Exclude<EngineNoticeId, (typeof ENGINE_NOTICE_IDS)[number]>,
] extends [never]
  ? true
  : never = true;

/** Whether `value` has the shape of a notice: an object with a known id. */
export function isEngineNotice(value: unknown): value is EngineNotice {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && (ENGINE_NOTICE_IDS as readonly string[]).includes(id);
}
