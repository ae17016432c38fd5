/**
 * The engine's notices (src/protocol/notices.ts) in words: a fault it noticed, why a backend
 * was not used, why a command, a file or a stored data set was refused. The engine sends an
 * id and values; each function here words one id.
 */
import type { FieldIssue, FieldKey } from '../../config/schema';
import type { CheckpointProblem } from '../../protocol/checkpoint-problems';
import type {
  CheckpointSchemaIssue,
  EngineNotice,
  EngineNoticeId,
  NoticeOf,
  StoredDataProblem,
} from '../../protocol/notices';
import type { TextNumbers } from '../numbers';

/** What a notice's words may use: numbers in the language, and the other parts' sentences. */
export interface NoticeHelp {
  n: TextNumbers;
  /** A nested notice (a cause), in the same language. */
  say: (notice: EngineNotice) => string;
  /** A field's label and the sidebar's sentence for its issue. */
  field: (key: FieldKey, issue: FieldIssue) => { label: string; text: string };
  /** A refused checkpoint's sentence (src/content/<lang>/checkpoint.ts). */
  problem: (problem: CheckpointProblem) => string;
  /** A stored data set's problem, with what happens to the set (src/data/own-data.ts). */
  storedData: (dataId: string, problem: StoredDataProblem) => string;
  /** "The run uses the example data instead." */
  exampleInstead: string;
}

/** One sentence (or two) per notice id; `resumed` words an incident's outcome. */
export interface NoticeTexts {
  say: { [K in EngineNoticeId]: (notice: NoticeOf<K>, h: NoticeHelp) => string };
  /** After an incident's cause: the run was not resumed… */
  notResumed: string;
  /** …or was resumed from the checkpoint at `{step}`. */
  resumedFrom: string;
  /** A tensor's shape, as "2 × 16". */
  shape: (shape: readonly number[]) => string;
}

const schemaIssue: Record<CheckpointSchemaIssue, (expected: string) => string> = {
  format: (expected) => `it is not a checkpoint of this version (expected format “${expected}”)`,
  noWeights: () => 'it holds no weights',
  tensorValues: () => 'a tensor has fewer or more values than its shape says',
  notSeries: () => 'a metric series is not a series of steps',
  value: () => 'a value is missing or of the wrong type',
};

const withDetail = (detail: string) => (detail ? `: ${detail}` : '');

export const notices: NoticeTexts = {
  say: {
    deviceLost: ({ destroyed, detail }) =>
      `The GPU device was lost (${destroyed ? 'destroyed' : 'driver or hardware fault'}${withDetail(detail)}).`,
    nonFiniteLoss: ({ loss, value, step }, { n }) =>
      `The ${loss} loss became ${n.metric(value ?? Number.NaN)} at step ${step}: the weights hold NaN or Inf.`,
    workerFailed: ({ detail }) => `The engine worker failed: ${detail || 'uncaught error'}.`,
    workerSilent: ({ seconds }, { n }) =>
      `The engine worker stopped responding (no sign of life for ${n.seconds(seconds * 1000)}).`,
    pageReloaded: ({ step }) => `The page was reloaded at step ${step}.`,
    pageClosed: ({ step }) => `The page was closed or reloaded at step ${step}.`,
    noWebGpu: () => 'WebGPU is not available in this browser',
    noOffscreenCanvas: () =>
      'WebGL is not available in a worker in this browser (no OffscreenCanvas)',
    noGpuAdapter: () => 'WebGPU is not available: the browser offers no GPU adapter',
    backendFailed: ({ backend, detail }) =>
      `The ${backend} backend failed to start${withDetail(detail)}`,
    wasmNoConv: () =>
      'The wasm backend cannot train convolutions (tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel), so the CNN trains on the cpu backend',
    noBackend: ({ reasons }, { say }) =>
      `No tfjs backend could start: ${reasons.map(say).join('; ')}.`,
    readOnly: () =>
      'This run is another tab’s, shown read-only: press Reset to train a new run here.',
    lrFindWhileRunning: () =>
      'The learning-rate finder starts from where the run is: pause the run first.',
    trainedElsewhere: () =>
      'Another tab is training this run, so it is not continued here: open it read-only, or start a new run.',
    checkpointGone: () => 'That checkpoint is no longer stored.',
    noTestSplit: () => 'This task holds no test split.',
    dataMismatch: () => 'The data set does not match its id.',
    noGoodCheckpoint: () => 'The run has no good checkpoint to resume from.',
    noRun: () => 'The engine has no run yet.',
    stepHalfDone: () => 'A step is half done: finish it with Next phase.',
    notResumed: ({ cause }, { say }) =>
      `The run could not be resumed (${say(cause)}); a new run was started.`,
    exampleInstead: ({ cause }, { say, exampleInstead }) => `${say(cause)} ${exampleInstead}`,
    mnistNotMnist: () => 'This is not an MNIST digits file.',
    mnistSize: ({ bytes, expected }) =>
      `The MNIST digits file has ${bytes} bytes; expected ${expected}.`,
    mnistFetch: ({ path, status }) => `Could not load the MNIST digits (${path}: ${status}).`,
    mnistNotLoaded: () => 'The MNIST digits are not loaded yet.',
    dataNotStored: ({ dataId }) =>
      `The data set ${dataId} is not stored in this browser: load its CSV file again, or draw the points.`,
    dataNotLoaded: ({ dataId }) => `The data set ${dataId} has not been loaded.`,
    dataStoredDamaged: ({ dataId, problem }, { storedData }) => storedData(dataId, problem),
    checkpointDamaged: ({ part, detail }) =>
      `The file is damaged or truncated: ${
        part === 'json'
          ? detail
          : part === 'arrayEncoding'
            ? 'an array is not encoded as expected'
            : 'an array has a length that is not a whole number of values'
      }.`,
    notACheckpoint: () => 'This is not a Training Run Lab checkpoint file.',
    checkpointInvalid: ({ issue, path, expected }) =>
      `The checkpoint cannot be used: ${schemaIssue[issue](expected)}${path ? ` (at ${path})` : ''}.`,
    checkpointConfig: ({ field: key, issue, path }, { field }) => {
      const f = key && issue ? field(key, issue) : null;
      return `The checkpoint’s configuration is not valid here: ${f ? `${f.label} — ${f.text}` : `the value at ${path || 'its top'} is not valid.`}`;
    },
    checkpointTask: ({ task, expected }) =>
      `The checkpoint is for the task “${task}”, not “${expected}”.`,
    checkpointDataPosition: ({ examples, cursor, expectedExamples, batches }) =>
      `The checkpoint’s data position (${examples} examples, batch ${cursor}) does not fit this data set (${expectedExamples} examples, ${batches} batches).`,
    checkpointModel: () => 'The checkpoint is for a different model.',
    checkpointShape: ({ param, shape, expected }) =>
      `Parameter ${param} has shape ${notices.shape(shape)} in the checkpoint but ${notices.shape(expected)} in the model.`,
    checkpointOptimizer: ({ optimizer, expected }) =>
      `The checkpoint’s optimizer state is for ${optimizer}, but this run trains with ${expected}.`,
    checkpointProblem: ({ problem: p }, { problem }) => problem(p),
    internal: ({ detail }) => `The engine stopped with an error: ${detail}`,
  },
  notResumed: 'Not resumed.',
  resumedFrom: 'Resumed from the checkpoint at step {step}.',
  shape: (shape) => (shape.length ? shape.join(' × ') : 'scalar'),
};
