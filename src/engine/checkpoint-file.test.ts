import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, taskDefaults } from '../config/schema';
import type { CheckpointProblemId } from '../protocol/checkpoint-problems';
import { type CheckpointRecord, MemoryCheckpointStore } from './checkpoint';
import { CheckpointRefusal } from './checkpoint-checks';
import { FORMAT_V2 } from './checkpoint-migrate-v1';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-file';
import { RunHistory } from './run-history';
import { MemoryDatasetStore } from './dataset-store';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

let record: CheckpointRecord;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const store = new MemoryCheckpointStore();
  const run = new TrainingRun({ ...DEFAULT_CONFIG, points: 100 }, TASKS.classify2d, store);
  await run.initialize();
  for (let i = 0; i < 5; i++) {
    // The loss and gradient norms read back, as run mode records them.
    const out = run.trainStepWithGradNorms();
    const values = await out.data();
    out.dispose();
    run.recordTrainLosses(run.step, values.subarray(0, 1));
    run.recordGradNorms(run.step, values.subarray(1));
  }
  await run.evaluate();
  record = (await store.load((await run.saveCheckpoint()).saved.id))!;
  run.dispose();
});

/**
 * The file's JSON as format @2 wrote it (its history in columns, with no points) and
 * `history` added to the history, as text again.
 */
function olderFile(history: Record<string, unknown>): string {
  return edited((j) => {
    j.record.format = FORMAT_V2;
    j.record.history = {
      trainSteps: [],
      trainLosses: [],
      valSteps: [],
      valLosses: [],
      valAccuracies: [],
      ...history,
    };
  });
}

/** The file's JSON, changed by `edit`, as text again. */
function edited(edit: (json: { kind: string; record: Record<string, unknown> }) => void): string {
  const json = JSON.parse(encodeCheckpoint(record));
  edit(json);
  return JSON.stringify(json);
}

describe('checkpoint files', () => {
  it('round-trips a record exactly, typed arrays included', () => {
    const back = decodeCheckpoint(encodeCheckpoint(record));
    expect(back.weights.map((w) => Array.from(w.values))).toEqual(
      record.weights.map((w) => Array.from(w.values)),
    );
    expect(back.weights[0].values).toBeInstanceOf(Float32Array);
    expect(back.data.order).toBeInstanceOf(Int32Array);
    expect(Array.from(back.data.order)).toEqual(Array.from(record.data.order));
    expect(back.config).toEqual(record.config);
    expect(back.history).toEqual(record.history);
  });

  it('refuses a truncated or damaged file', () => {
    const text = encodeCheckpoint(record);
    expect(() => decodeCheckpoint(text.slice(0, text.length / 2))).toThrow(/damaged or truncated/);
    expect(() => decodeCheckpoint('')).toThrow(/damaged or truncated/);
  });

  it('refuses a file that is not a checkpoint of this lab', () => {
    expect(() => decodeCheckpoint('{"hello":"world"}')).toThrow(
      /not a Training Run Lab checkpoint/,
    );
    expect(() => decodeCheckpoint('[1,2,3]')).toThrow(/not a Training Run Lab checkpoint/);
  });

  it('refuses another format version, missing parts and tensors that do not match their shape', () => {
    expect(() => decodeCheckpoint(edited((j) => (j.record.format = 'other@9')))).toThrow(/format/);
    expect(() => decodeCheckpoint(edited((j) => delete j.record.weights))).toThrow(/weights/);
    expect(() =>
      decodeCheckpoint(
        edited((j) => ((j.record.weights as { shape: number[] }[])[0].shape = [99, 99])),
      ),
    ).toThrow(/shape/);
  });

  it("reads an older file's loss scaler column into the log as lossScale and skippedSteps", () => {
    const column = { steps: [1, 2, 3], scales: [65536, 32768, 32768], skipped: [0, 1, 1] };
    const older = olderFile({
      scaler: column,
      log: { learningRate: { steps: [1, 2, 3], values: [0.1, 0.1, 0.1] } },
    });
    const back = decodeCheckpoint(older);
    expect(back.history).toMatchObject({
      learningRate: { steps: [1, 2, 3], values: [0.1, 0.1, 0.1] },
      lossScale: { steps: [1, 2, 3], values: [65536, 32768, 32768] },
      skippedSteps: { steps: [1, 2, 3], values: [0, 1, 1] },
    });
    expect(back.history).not.toHaveProperty('scaler');
    // A run restored from it holds them as named series, for the page and the next checkpoint.
    const history = new RunHistory();
    history.restore(back.history);
    expect(history.kept.lossScale).toEqual({
      steps: [1, 2, 3],
      values: [65536, 32768, 32768],
    });
    expect(history.snapshot().skippedSteps).toEqual({ steps: [1, 2, 3], values: [0, 1, 1] });
    // Columns of different lengths, or one that is no series, are refused by name.
    const short = olderFile({ scaler: { ...column, skipped: [0, 1] } });
    expect(() => decodeCheckpoint(short)).toThrow(/seriesLengths.*log\.skippedSteps\.steps/);
    const broken = olderFile({ scaler: 7 });
    expect(() => decodeCheckpoint(broken)).toThrow(/history\.scaler/);
  });

  it('keeps the loss scaler; refuses one that cannot be, naming it; reads a file without it', () => {
    expect(decodeCheckpoint(encodeCheckpoint(record)).scaler).toEqual(record.scaler);
    const bad = (scaler: unknown) => edited((j) => (j.record.scaler = scaler));
    expect(() => decodeCheckpoint(bad({ scale: -1, growthTracker: 0, skippedSteps: 0 }))).toThrow(
      /scaler\.scale/,
    );
    expect(() =>
      decodeCheckpoint(bad({ scale: 1024, growthTracker: 0.5, skippedSteps: 0 })),
    ).toThrow(/scaler\.growthTracker/);
    expect(decodeCheckpoint(edited((j) => delete j.record.scaler)).scaler).toBeUndefined();
  });

  it('refuses a checkpoint whose config is not valid', () => {
    expect(() =>
      decodeCheckpoint(
        edited((j) => ((j.record.config as { learningRate: number }).learningRate = -1)),
      ),
    ).toThrow(
      'The checkpoint’s configuration is not valid here: Learning rate — The learning rate must be greater than 0.',
    );
  });

  it('a checkpoint of another model shape is refused on restore, and the run is unchanged', async () => {
    const other = new TrainingRun(
      { ...DEFAULT_CONFIG, points: 100, units: 5 },
      TASKS.classify2d,
      new MemoryCheckpointStore(),
    );
    await other.initialize();
    await expect(other.restore(decodeCheckpoint(encodeCheckpoint(record)))).rejects.toThrow(
      /shape/,
    );
    expect(other.step).toBe(0);
    other.dispose();
  });
});

/** The good record, changed by `edit` (on a deep copy), as the text of a file. */
function damaged(edit: (r: CheckpointRecord) => void): string {
  const copy = structuredClone(record);
  edit(copy);
  return encodeCheckpoint(copy);
}

/** The problem id a refusal names, or 'accepted'. */
function problemOf(act: () => unknown): CheckpointProblemId | 'accepted' | string {
  try {
    act();
    return 'accepted';
  } catch (e) {
    return e instanceof CheckpointRefusal ? e.problem.id : `other error: ${(e as Error).message}`;
  }
}

const setIterations = (r: CheckpointRecord, step: number) => {
  r.optimizer[0].values = Int32Array.of(step);
};

/**
 * A family of damaged files built from one good file: each is refused when the file is read,
 * with the problem's id (the page words it), before anything of the current run changes.
 */
const REFUSED_ON_READ: [string, (r: CheckpointRecord) => void, CheckpointProblemId][] = [
  ['NaN in a weight', (r) => (r.weights[0].values[3] = NaN), 'nonFinite'],
  ['+Infinity in a weight', (r) => (r.weights[2].values[0] = Infinity), 'nonFinite'],
  ['−Infinity in a bias', (r) => (r.weights[1].values[0] = -Infinity), 'nonFinite'],
  ['NaN in an optimizer moment', (r) => (r.optimizer[1].values[0] = NaN), 'nonFinite'],
  [
    "Infinity in Adam's second moment v of the last parameter",
    (r) => (r.optimizer.at(-1)!.values[0] = Infinity),
    'nonFinite',
  ],
  [
    'NaN in the kept best weights',
    (r) =>
      (r.bestWeights = {
        step: 1,
        values: r.weights.map((w) => Float32Array.from(w.values).fill(NaN)),
      }),
    'nonFinite',
  ],
  [
    'best weights of another model',
    (r) => (r.bestWeights = { step: 1, values: [new Float32Array(3)] }),
    'bestWeightsShape',
  ],
  [
    'step 2^53 − 1',
    (r) => {
      r.step = Number.MAX_SAFE_INTEGER;
      setIterations(r, 2 ** 31 - 1);
    },
    'stepBeyondLimit',
  ],
  ['step one past the largest max steps', (r) => (r.step = 1_000_001), 'stepBeyondLimit'],
  [
    'epoch beyond the largest max epochs',
    (r) => (r.epoch = r.data.epoch = 100_001),
    'epochBeyondLimit',
  ],
  ['epoch that disagrees with the data position', (r) => (r.epoch += 1), 'epochMismatch'],
  ['no optimizer state at all', (r) => (r.optimizer = []), 'optimizerStateMissing'],
  [
    "Adam's moments missing",
    (r) => (r.optimizer = r.optimizer.filter((o) => !o.name.endsWith('/m'))),
    'optimizerStateMissing',
  ],
  [
    "Adam's second moments missing",
    (r) => (r.optimizer = r.optimizer.filter((o) => !o.name.endsWith('/v'))),
    'optimizerStateMissing',
  ],
  ['no step count', (r) => (r.optimizer = r.optimizer.slice(1)), 'optimizerStateMissing'],
  [
    'a moment of another shape',
    (r) => {
      r.optimizer[1].shape = [r.optimizer[1].values.length];
    },
    'optimizerStateShape',
  ],
  ['an iteration count that is not the step', (r) => setIterations(r, 4), 'optimizerIterations'],
  [
    'a data index past the data set',
    (r) => (r.data.order[7] = r.data.order.length),
    'orderOutOfRange',
  ],
  ['a negative data index', (r) => (r.data.order[0] = -1), 'orderOutOfRange'],
  ['a data index taken twice', (r) => (r.data.order[1] = r.data.order[0]), 'orderRepeated'],
  ['a training loss missing', (r) => r.history.trainLoss!.values.pop(), 'seriesLengths'],
  ['an extra validation accuracy', (r) => r.history.valAccuracy!.values.push(0.5), 'seriesLengths'],
  ['a validation step missing', (r) => r.history.valLoss!.steps.pop(), 'seriesLengths'],
  ['a gradient norm missing', (r) => r.history['layerGradNorm/0']!.values.pop(), 'seriesLengths'],
  ['a dead-unit share too many', (r) => r.history['deadUnits/0']!.values.push(0), 'seriesLengths'],
  [
    'a learning rate of the named series missing',
    (r) => r.history.learningRate!.values.pop(),
    'seriesLengths',
  ],
];

/** Files that read well but do not fit the model: refused on restore, the run unchanged. */
const REFUSED_ON_RESTORE: [string, (r: CheckpointRecord) => void, CheckpointProblemId][] = [
  ['a weight under another name', (r) => (r.weights[2].name = 'W · hidden 9'), 'tensorName'],
  [
    'two weights in swapped order',
    (r) => ([r.weights[0].name, r.weights[1].name] = [r.weights[1].name, r.weights[0].name]),
    'tensorName',
  ],
  [
    'optimizer state named after another parameter',
    (r) => (r.optimizer[1].name = 'b · hidden 1/m'),
    'optimizerStateMissing',
  ],
  [
    'a step that is not where the data position says',
    (r) => {
      r.step += 1;
      setIterations(r, r.step);
    },
    'stepPosition',
  ],
];

describe('damaged checkpoint files', () => {
  it('the good file they are built from is accepted and restores', async () => {
    expect(problemOf(() => decodeCheckpoint(encodeCheckpoint(record)))).toBe('accepted');
    expect(record.history.trainLoss!.values.length).toBeGreaterThan(0);
    expect(record.history['layerGradNorm/0']!.values.length).toBeGreaterThan(0);
    expect(record.history['deadUnits/0']!.values.length).toBeGreaterThan(0);
    const run = new TrainingRun(record.config, TASKS.classify2d, new MemoryCheckpointStore());
    await run.restore(decodeCheckpoint(encodeCheckpoint(record)));
    expect(run.step).toBe(record.step);
    run.dispose();
  });

  it.each(REFUSED_ON_READ)('refuses a file with %s when it is read', (_name, edit, problem) => {
    expect(problemOf(() => decodeCheckpoint(damaged(edit)))).toBe(problem);
  });

  it.each(REFUSED_ON_RESTORE)(
    'refuses a file with %s on restore, and the run is unchanged',
    async (_name, edit, problem) => {
      const file = decodeCheckpoint(damaged(edit));
      const run = new TrainingRun(
        { ...DEFAULT_CONFIG, points: 100, seed: 7 },
        TASKS.classify2d,
        new MemoryCheckpointStore(),
      );
      await run.initialize();
      run.trainStep().dispose();
      const before = (await run.saveCheckpoint()).saved;
      const error = await run.restore(file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CheckpointRefusal);
      expect((error as CheckpointRefusal).problem.id).toBe(problem);
      expect(run.step).toBe(1);
      expect((await run.saveCheckpoint()).saved.step).toBe(before.step);
      run.dispose();
    },
  );

  it('a record in storage with NaN weights is refused on restore too', async () => {
    const run = new TrainingRun(record.config, TASKS.classify2d, new MemoryCheckpointStore());
    const bad = structuredClone(record);
    bad.weights[0].values[0] = NaN;
    await expect(run.restore(bad)).rejects.toBeInstanceOf(CheckpointRefusal);
    run.dispose();
  });
});

describe('good checkpoints pass the checks', () => {
  const cases: [string, LabConfig][] = [
    ...(['adam', 'sgd', 'momentum', 'rmsprop'] as const).map((optimizer): [string, LabConfig] => [
      `classify2d with ${optimizer}`,
      { ...DEFAULT_CONFIG, points: 100, optimizer },
    ]),
    ['regress1d', taskDefaults('regress1d')],
    ['names, MLP', { ...taskDefaults('names'), batchSize: 16 }],
    ['names, transformer', { ...taskDefaults('names'), model: 'transformer', batchSize: 8 }],
    ['table (iris)', taskDefaults('table')],
  ];
  it.each(cases)(
    '%s, at step 0 and after 3 steps, as a file and restored',
    async (_name, config) => {
      const task = TASKS[config.task];
      await task.prepare?.(config, new MemoryDatasetStore());
      for (const steps of [0, 3]) {
        const store = new MemoryCheckpointStore();
        const run = new TrainingRun(config, task, store);
        await run.initialize();
        for (let i = 0; i < steps; i++) run.trainStep().dispose();
        const saved = (await store.load((await run.saveCheckpoint()).saved.id))!;
        const again = new TrainingRun(config, task, new MemoryCheckpointStore());
        await again.restore(decodeCheckpoint(encodeCheckpoint(saved)));
        expect(again.step).toBe(steps);
        run.dispose();
        again.dispose();
      }
    },
    60_000,
  );
});
