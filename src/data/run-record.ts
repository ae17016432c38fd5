/**
 * A run as the run history keeps it: what was trained (config, data set, seed, backend,
 * app version), how it went (start, end, stop reason, final and best metrics, incidents,
 * compute) and its curves, plus what the user adds (name, tags, note, star).
 *
 * The curves are kept bounded: every series is downsampled to at most
 * {@link STORED_BUCKETS} buckets of steps (each its first, lowest, highest and last point:
 * the M4 aggregation of {@link DownsampledSeries}), so a record's size stops growing with
 * the run's length: at most 4 × STORED_BUCKETS points per series (plus the first training
 * losses), however many steps were trained.
 *
 * Numbers that are not finite (a diverged loss) are kept as `null`, in storage and in the
 * JSON file alike (JSON has no NaN), and drawn as gaps.
 */
import { z } from '../config/zod';
import { DownsampledSeries, INITIAL_TRAIN_LOSSES } from '../protocol/history';
import { DERIVATIONS, type RunParent } from './lineage';
import { type EngineNotice, isEngineNotice } from '../protocol/notices';
import type { IncidentKind } from '../protocol/timeline';
import type { StudyLink } from './study/study-record';

/** Buckets of steps a stored series spans at most (each keeps ≤ 4 points). */
export const STORED_BUCKETS = 256;

/** A measured value: a finite number, or null for NaN/±∞ (and for "not measured"). */
export type Measured = number | null;

/** `v` as stored: null unless finite. */
export const measured = (v: number | null | undefined): Measured =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * The curves of a run, as parallel arrays by ascending step. `clock*` samples the run's
 * training wall time (ms) and learning rate at the steps the page heard of them, so a curve
 * can be drawn against wall time and the learning rate against step.
 */
export interface RunSeries {
  trainSteps: number[];
  trainLosses: Measured[];
  valSteps: number[];
  valLosses: Measured[];
  valAccuracies: Measured[];
  clockSteps: number[];
  /** Training wall time at each clock step, ms. */
  elapsedMs: number[];
  learningRates: Measured[];
}

/** A fault the run met and how it recovered (the timeline's incident, as recorded). */
export interface RunIncident {
  fault: string;
  step: number;
  resumedFrom: number | null;
  stepsRedone: number;
  /** ms from detection to training again. */
  timeLostMs: number;
  /** What was detected, as data the page words (src/protocol/notices.ts). */
  cause?: EngineNotice;
  /** The later fault that cut this incident's recovery short. */
  cutShortBy?: IncidentKind;
  /** The incident in English words, as records made before incidents were data hold it. */
  message?: string;
}

/** The one-off measurement on the held-out test split (see {@link RunRecord.test}). */
export interface TestEvaluation {
  /** Step (optimizer updates) of the weights that were tested. */
  step: number;
  loss: Measured;
  /** Null for a regression. */
  accuracy: Measured;
  examples: number;
  /** When, ms since 1970. */
  at: number;
}

/** What the run history records of a run (keyed by the engine's run id). */
export interface RunRecord {
  id: string;
  /** Editable; starts as the task and learning rate. */
  name: string;
  tags: string[];
  note: string;
  starred: boolean;
  /** The run's config, every field (LabConfig), as the engine built it. */
  config: Record<string, number | string>;
  /** The data set's identity. */
  data: {
    task: string;
    /** The generator, function or data set's name. */
    dataset: string;
    /** Content hash of the user's own data set; null for a built-in one. */
    contentHash: string | null;
  };
  seed: number;
  backend: string | null;
  /** The GPU adapter's vendor and architecture, when the backend reports one. */
  adapter: string | null;
  appVersion: string;
  /** ms since 1970. */
  startedAt: number;
  updatedAt: number;
  /** When the run stopped for good (a stopping criterion); null while it may go on. */
  endedAt: number | null;
  stopReason: string | null;
  /** Optimizer updates done. */
  step: number;
  final: { trainLoss: Measured; valLoss: Measured; valAccuracy: Measured };
  best: {
    valLoss: { value: number; step: number } | null;
    valAccuracy: { value: number; step: number } | null;
  };
  series: RunSeries;
  incidents: RunIncident[];
  compute: {
    /** Forward + backward FLOPs of one optimizer step. */
    flopsPerStep: number;
    /** flopsPerStep × steps (src/data/compute-cost.ts). */
    trainingFlops: number;
    /** Training wall time, ms. */
    wallMs: number;
    /** The model's trainable parameters (its summary's total); absent in older records. */
    parameters?: number;
  };
  /** Measured once on the test split, never trained or selected on; null until then. */
  test: TestEvaluation | null;
  /**
   * The runs this one came from, each with the kind of derivation and the parent's step
   * (lineage.ts): resumed from a checkpoint under a new id, branched, fine-tuned, or
   * reproduced. Absent (records written before lineage) or empty for a run of its own;
   * read it through {@link runParents}, which adds `reproducedFrom`.
   */
  parents?: RunParent[];
  /**
   * The run this one reproduces (same config, seed and data from scratch): the lineage's
   * `reproduce` edge, as records wrote it before `parents` (and as the audit record names
   * it). Absent or null for a run of its own.
   */
  reproducedFrom?: string | null;
  /** The study this run belongs to (study/study-record.ts); absent or null for a run of its own. */
  study?: StudyLink | null;
}

/** The fields the user edits; a recording never overwrites them. */
export type RunAnnotations = Pick<RunRecord, 'name' | 'tags' | 'note' | 'starred'>;

export function emptyRunSeries(): RunSeries {
  return {
    trainSteps: [],
    trainLosses: [],
    valSteps: [],
    valLosses: [],
    valAccuracies: [],
    clockSteps: [],
    elapsedMs: [],
    learningRates: [],
  };
}

const keyOf = (row: readonly unknown[]) => (row[0] === null ? NaN : (row[0] as number));

/**
 * A copy of `s` downsampled to at most `buckets` buckets of steps per series (the first
 * {@link INITIAL_TRAIN_LOSSES} training losses kept as they are); the low and high points of
 * the training and validation loss and of the learning rate survive. O(points).
 */
export function compactSeries(s: RunSeries, buckets = STORED_BUCKETS): RunSeries {
  const out: RunSeries = structuredClone(s);
  new DownsampledSeries(out.trainSteps, [out.trainLosses], keyOf, buckets, INITIAL_TRAIN_LOSSES);
  new DownsampledSeries(out.valSteps, [out.valLosses, out.valAccuracies], keyOf, buckets);
  new DownsampledSeries(out.clockSteps, [out.learningRates, out.elapsedMs], keyOf, buckets);
  return out;
}

/** The record's size in bytes as JSON (UTF-8): the measure of what storing it costs. */
export function recordBytes(r: RunRecord): number {
  return new TextEncoder().encode(JSON.stringify(r)).length;
}

// ---------------------------------------------------------------- schema

const measuredSchema = z.number().nullable();
const steps = z.array(z.number().int().nonnegative());

const seriesSchema = z
  .object({
    trainSteps: steps,
    trainLosses: z.array(measuredSchema),
    valSteps: steps,
    valLosses: z.array(measuredSchema),
    valAccuracies: z.array(measuredSchema),
    clockSteps: steps,
    elapsedMs: z.array(z.number().nonnegative()),
    learningRates: z.array(measuredSchema),
  })
  .superRefine((s, ctx) => {
    const same = (stepsKey: keyof RunSeries, keys: (keyof RunSeries)[]) => {
      for (const k of keys)
        if (s[k].length !== s[stepsKey].length)
          ctx.addIssue({
            code: 'custom',
            path: [k],
            message: `has ${s[k].length} values but ${stepsKey} has ${s[stepsKey].length}`,
          });
    };
    same('trainSteps', ['trainLosses']);
    same('valSteps', ['valLosses', 'valAccuracies']);
    same('clockSteps', ['elapsedMs', 'learningRates']);
  });

const bestSchema = z.object({ value: z.number(), step: z.number().int().nonnegative() }).nullable();

/** One run as stored and as written to a runs file. */
export const runRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  tags: z.array(z.string()),
  note: z.string(),
  starred: z.boolean(),
  config: z.record(z.string(), z.union([z.number(), z.string()])),
  data: z.object({
    task: z.string(),
    dataset: z.string(),
    contentHash: z.string().nullable(),
  }),
  seed: z.number(),
  backend: z.string().nullable(),
  adapter: z.string().nullable(),
  appVersion: z.string(),
  startedAt: z.number(),
  updatedAt: z.number(),
  endedAt: z.number().nullable(),
  stopReason: z.string().nullable(),
  step: z.number().int().nonnegative(),
  final: z.object({
    trainLoss: measuredSchema,
    valLoss: measuredSchema,
    valAccuracy: measuredSchema,
  }),
  best: z.object({ valLoss: bestSchema, valAccuracy: bestSchema }),
  series: seriesSchema,
  incidents: z.array(
    z.object({
      fault: z.string(),
      step: z.number(),
      resumedFrom: z.number().nullable(),
      stepsRedone: z.number(),
      timeLostMs: z.number(),
      // A notice is checked for a known id (its values are what the page words).
      cause: z.custom<EngineNotice>(isEngineNotice, { error: 'not a known notice' }).optional(),
      cutShortBy: z.enum(['workerCrash', 'deviceLost', 'pageReload', 'nanWeights']).optional(),
      message: z.string().optional(),
    }),
  ),
  compute: z.object({
    flopsPerStep: z.number().nonnegative(),
    trainingFlops: z.number().nonnegative(),
    wallMs: z.number().nonnegative(),
    parameters: z.number().int().nonnegative().optional(),
  }),
  test: z
    .object({
      step: z.number().int().nonnegative(),
      loss: measuredSchema,
      accuracy: measuredSchema,
      examples: z.number().int().nonnegative(),
      at: z.number(),
    })
    .nullable(),
  parents: z
    .array(
      z.object({
        runId: z.string().min(1),
        kind: z.enum(DERIVATIONS),
        step: z.number().int().nonnegative().optional(),
      }),
    )
    .optional(),
  reproducedFrom: z.string().min(1).nullable().optional(),
  study: z
    .object({
      studyId: z.string().min(1),
      index: z.number().int().nonnegative(),
      prunedAt: z.number().int().positive().optional(),
    })
    .nullable()
    .optional(),
}) satisfies z.ZodType<RunRecord>;

/**
 * A record's parents: its `parents`, and a `reproducedFrom` of a record written before them
 * as a `reproduce` edge (once). Never the run itself (a resume under the same id is no edge).
 */
export function runParents(r: Pick<RunRecord, 'id' | 'parents' | 'reproducedFrom'>): RunParent[] {
  return mergeParents(
    r.id,
    r.parents ?? [],
    r.reproducedFrom ? [{ runId: r.reproducedFrom, kind: 'reproduce' }] : [],
  );
}

/** `a` then the edges of `b` not in it (same parent and kind), leaving out the run `id` itself. */
export function mergeParents(
  id: string,
  a: readonly RunParent[],
  b: readonly RunParent[],
): RunParent[] {
  const out: RunParent[] = [];
  for (const p of [...a, ...b])
    if (p.runId !== id && !out.some((q) => q.runId === p.runId && q.kind === p.kind)) out.push(p);
  return out;
}
