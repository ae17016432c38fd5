/**
 * Synthetic studies with recorded runs, one of each kind, for the result views' tests and
 * their preview page: each run's validation loss follows a known law (a bowl over the log
 * learning rate; fixed component effects plus seed noise; L = E + A·N^(−α) + B·D^(−β)), so
 * a test can check that the views recover it. Nothing here is measured.
 */
import type { RunRecord } from '../run-record';
import { emptyRunSeries } from '../run-record';
import { parseStudy, type StudyDefinition } from './definition';
import { expandStudy, type StudyRun } from './expand';
import { createQueue } from './queue';
import { mulberry32 } from './rng';
import type { StudyRecord } from './study-record';

/** A study with its recorded runs. */
export interface StudyFixture {
  study: StudyRecord;
  runs: RunRecord[];
}

const T0 = Date.UTC(2026, 0, 1);

/** The StudyRecord of a definition (which must be valid). @throws Error on an invalid one. */
export function fixtureStudy(id: string, name: string, input: unknown): StudyRecord {
  const r = parseStudy(input);
  if (!r.ok) throw new Error(`invalid fixture study: ${JSON.stringify(r.issues)}`);
  const definition: StudyDefinition = r.study;
  const configs = expandStudy(definition).runs.map((run) => run.config);
  return { id, name, definition, queue: createQueue(id, configs), createdAt: T0, updatedAt: T0 };
}

/** The outcome a fixture run records. */
export interface FixtureOutcome {
  valLoss: number;
  valAccuracy?: number | null;
  /** Forward + backward FLOPs of one step (default 6 × 1,000 parameters × the batch). */
  flopsPerStep?: number;
  /** Training wall time, ms (default 20 ms a step). */
  wallMs?: number;
}

/** The run record of a study's planned run, finished at its planned length with `outcome`. */
export function fixtureRecord(studyId: string, run: StudyRun, outcome: FixtureOutcome): RunRecord {
  const c = run.config as unknown as Record<string, number | string>;
  const steps = Number(c.maxSteps);
  const flopsPerStep = outcome.flopsPerStep ?? 6 * 1000 * Number(c.batchSize);
  const valAccuracy = outcome.valAccuracy ?? null;
  return {
    id: `${studyId}-run-${run.index}`,
    name: `${String(c.task)} ${run.index}`,
    tags: [],
    note: '',
    starred: false,
    config: { ...c },
    data: { task: String(c.task), dataset: String(c.dataset), contentHash: null },
    seed: Number(c.seed),
    backend: 'webgpu',
    adapter: null,
    appVersion: '0.1.0',
    startedAt: T0 + run.index * 60_000,
    updatedAt: T0 + run.index * 60_000 + 30_000,
    endedAt: T0 + run.index * 60_000 + 30_000,
    stopReason: 'maxSteps',
    step: steps,
    final: { trainLoss: outcome.valLoss * 0.9, valLoss: outcome.valLoss, valAccuracy },
    best: {
      valLoss: { value: outcome.valLoss, step: steps },
      valAccuracy: valAccuracy === null ? null : { value: valAccuracy, step: steps },
    },
    series: emptyRunSeries(),
    incidents: [],
    compute: {
      flopsPerStep,
      trainingFlops: flopsPerStep * steps,
      wallMs: outcome.wallMs ?? 20 * steps,
    },
    test: null,
    study: { studyId, index: run.index },
  };
}

function recordsOf(study: StudyRecord, outcome: (run: StudyRun) => FixtureOutcome): RunRecord[] {
  return expandStudy(study.definition).runs.map((run) =>
    fixtureRecord(study.id, run, outcome(run)),
  );
}

/**
 * A grid over learningRate (5 values) × batchSize (2): val loss 0.25 + 0.15·(log₁₀ η + 2)²
 * + 0.02 at batch 64, so η = 0.01 at batch 32 is best (0.25).
 */
export function sweepFixture(): StudyFixture {
  const study = fixtureStudy('sweep-fixture', 'Learning rate × batch size', {
    kind: 'sweep',
    method: 'grid',
    base: { task: 'classify2d', dataset: 'spiral' },
    parameters: {
      learningRate: { values: [0.001, 0.003, 0.01, 0.03, 0.1] },
      batchSize: { values: [32, 64] },
    },
    runs: 10,
    stepsPerRun: 200,
  });
  const runs = recordsOf(study, (run) => {
    const lr = Number(run.settings.learningRate);
    const valLoss =
      0.25 + 0.15 * (Math.log10(lr) + 2) ** 2 + (Number(run.settings.batchSize) === 64 ? 0.02 : 0);
    return { valLoss, valAccuracy: Math.max(0.5, 1 - valLoss / 2) };
  });
  return { study, runs };
}

/**
 * An ablation of three components over seeds 1–3: momentum off adds 0.08 to the val loss,
 * weight decay off 0.004, no hidden layer 0.15; each run adds noise uniform in ±0.01.
 */
export const ABLATION_EFFECTS: Readonly<Record<string, number>> = {
  base: 0,
  'no momentum': 0.08,
  'no weight decay': 0.004,
  'one hidden layer fewer': 0.15,
};

export function ablationFixture(): StudyFixture {
  const study = fixtureStudy('ablation-fixture', 'What matters on the spiral', {
    kind: 'ablation',
    base: {
      task: 'classify2d',
      dataset: 'spiral',
      optimizer: 'momentum',
      weightDecay: 0.0005,
      hiddenLayers: 2,
    },
    components: [
      { name: 'no momentum', changes: { optimizer: 'sgd' } },
      { name: 'no weight decay', changes: { weightDecay: 0 } },
      { name: 'one hidden layer fewer', changes: { hiddenLayers: 1 } },
    ],
    seeds: [1, 2, 3],
    stepsPerRun: 300,
  });
  const noise = mulberry32(7);
  const runs = recordsOf(study, (run) => ({
    valLoss: 0.3 + ABLATION_EFFECTS[run.variant ?? 'base'] + (noise() - 0.5) * 0.02,
  }));
  return { study, runs };
}

/** The law the scaling fixture's losses follow: L = E + A·N^(−α) + B·D^(−β). */
export const SCALING_LAW = { E: 1.9, A: 6, alpha: 0.35, B: 40, beta: 0.4 } as const;

/**
 * A scaling study on the names model: units 8…128 (5 sizes) × run lengths 100…800 steps (4),
 * each run's FLOPs per step 6·N·batch for N = the units' stand-in parameter count 40·units.
 */
export function scalingFixture(): StudyFixture {
  const study = fixtureStudy('scaling-fixture', 'Names: model size × data', {
    kind: 'scaling',
    base: { task: 'names', model: 'mlp' },
    modelSizes: { field: 'units', values: [8, 16, 32, 64, 128] },
    dataSizes: { field: 'maxSteps', values: [100, 200, 400, 800] },
    stepsPerRun: 100,
  });
  const { E, A, alpha, B, beta } = SCALING_LAW;
  const runs = recordsOf(study, (run) => {
    const c = run.config as unknown as Record<string, number>;
    const n = 40 * Number(run.settings.units);
    const d = Number(run.settings.maxSteps) * c.batchSize * (c.accumulation ?? 1);
    return {
      valLoss: E + A * n ** -alpha + B * d ** -beta,
      flopsPerStep: 6 * n * c.batchSize * (c.accumulation ?? 1),
    };
  });
  return { study, runs };
}
