/**
 * A study's results as its views draw them: the recorded runs (../run-record.ts) joined with
 * the study's expansion (./expand.ts) by `record.study.index`, the metric each run is judged
 * by, the best run of a sweep, the axes of a sweep's scatter and parallel-coordinates plots,
 * and an ablation's per-component statistics (./ablation.ts). Pure functions of plain data.
 */
import type { FieldKey, LabConfig } from '../../config/schema';
import { FIELD_BY_KEY } from '../../config/schema';
import type { RunRecord } from '../run-record';
import { type AblationEffect, type BySeed, mean, sampleStd, summarizeAblation } from './ablation';
import type { AblationDefinition, SweepDefinition } from './definition';
import { isLogUniform } from './definition';
import { expandStudy, type RunSettings, type StudyRun } from './expand';
import type { StudyRecord } from './study-record';

/** The metric a study's runs are compared by: the final validation loss or accuracy. */
export type StudyMetric = 'valLoss' | 'valAccuracy';

/** Whether a lower value of `metric` is better (a loss) or a higher one (an accuracy). */
export const lowerIsBetter = (metric: StudyMetric): boolean => metric === 'valLoss';

/** A run's value of `metric` at its end (`record.final`); null when not measured or not finite. */
export function metricOf(record: RunRecord, metric: StudyMetric): number | null {
  const v = record.final[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** One planned run of a study with its recorded run, when it has one. */
export interface StudyRow {
  /** The run's index in the expansion (`StudyRun.index`, `StudyLink.index`). */
  index: number;
  settings: RunSettings;
  /** The ablation component ('base' for the base), when an ablation. */
  variant?: string;
  /** The planned config (the expansion's), which "Open" takes into the sidebar. */
  config: LabConfig;
  /** The recorded run (the most recently updated, should one index have several). */
  record: RunRecord;
  /** {@link metricOf} the record. */
  metric: number | null;
}

/** A study's runs split into those recorded and those still to run. */
export interface StudyJoin {
  rows: StudyRow[];
  /** Planned runs without a record yet, in index order. */
  pending: StudyRun[];
  /** Records that name this study with an index the expansion does not have. */
  unmatched: RunRecord[];
}

/**
 * Joins the records of `study` (those whose `study.studyId` is its id) with its expansion by
 * index. Records of other studies, or of no study, are left out.
 */
export function joinStudyRuns(
  study: Pick<StudyRecord, 'id' | 'definition'>,
  records: readonly RunRecord[],
  metric: StudyMetric,
): StudyJoin {
  const latest = new Map<number, RunRecord>();
  const unmatched: RunRecord[] = [];
  const planned = new Map(expandStudy(study.definition).runs.map((r) => [r.index, r]));
  for (const r of records) {
    if (r.study?.studyId !== study.id) continue;
    if (!planned.has(r.study.index)) {
      unmatched.push(r);
      continue;
    }
    const seen = latest.get(r.study.index);
    if (!seen || r.updatedAt > seen.updatedAt) latest.set(r.study.index, r);
  }
  const rows: StudyRow[] = [];
  const pending: StudyRun[] = [];
  for (const run of planned.values()) {
    const record = latest.get(run.index);
    if (!record) {
      pending.push(run);
      continue;
    }
    rows.push({
      index: run.index,
      settings: run.settings,
      ...(run.variant ? { variant: run.variant } : {}),
      config: run.config,
      record,
      metric: metricOf(record, metric),
    });
  }
  return { rows, pending, unmatched };
}

/**
 * The best row by `metric` (lowest loss, highest accuracy); rows without a value are never
 * best; a tie goes to the lower index. Null when no row has a value.
 */
export function bestRow(rows: readonly StudyRow[], metric: StudyMetric): StudyRow | null {
  const sign = lowerIsBetter(metric) ? 1 : -1;
  let best: StudyRow | null = null;
  for (const row of rows) {
    if (row.metric === null) continue;
    if (
      !best ||
      sign * row.metric < sign * (best.metric as number) ||
      (row.metric === best.metric && row.index < best.index)
    )
      best = row;
  }
  return best;
}

// ---------------------------------------------------------------- sweeps

/**
 * The best run of a sweep: {@link bestRow}, and with successive halving among the runs that
 * trained the most steps only (a trial stopped at an early rung was judged there and lost; its
 * loss after fewer steps is not comparable with the survivors').
 */
export function sweepBest(
  d: SweepDefinition,
  rows: readonly StudyRow[],
  metric: StudyMetric,
): StudyRow | null {
  if (!d.earlyTermination) return bestRow(rows, metric);
  const most = Math.max(...rows.map((r) => r.record.step));
  return bestRow(
    rows.filter((r) => r.record.step === most),
    metric,
  );
}

/** A swept parameter as the views draw it. */
export interface SweepAxis {
  key: FieldKey;
  /** Drawn on a log axis: a log-uniform parameter ({@link isLogUniform}) whose values are all > 0. */
  log: boolean;
  /** A choice (select field): drawn by its values' order, not as a number. */
  choices: string[] | null;
}

/** The axes of a sweep's plots, one per swept parameter, in the definition's order. */
export function sweepAxes(d: SweepDefinition): SweepAxis[] {
  return Object.entries(d.parameters).map(([key, p]) => {
    const field = FIELD_BY_KEY[key as FieldKey];
    const choices =
      field?.kind === 'select'
        ? (p.values ?? field.options.map((o) => o.value)).map((v) => String(v))
        : null;
    const numbers = p.values ? p.values.map(Number) : [p.min ?? NaN, p.max ?? NaN];
    return {
      key: key as FieldKey,
      log: choices === null && isLogUniform(key, p) && numbers.every((v) => v > 0),
      choices,
    };
  });
}

/** Sort keys of a sweep's table: the run's index, the metric, or a swept field. */
export type SweepSortKey = 'index' | 'metric' | FieldKey;

/** A row's value for sorting and plotting: a swept field's value from the run's config. */
export function axisValue(row: StudyRow, key: FieldKey): string | number {
  return row.settings[key] ?? row.config[key];
}

/**
 * The rows sorted by `key` (numbers numerically, choices as text; rows without a metric
 * last whatever the direction), ties by index.
 */
export function sortRows(
  rows: readonly StudyRow[],
  key: SweepSortKey,
  direction: 'asc' | 'desc',
): StudyRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (r: StudyRow): string | number | null =>
    key === 'index' ? r.index : key === 'metric' ? r.metric : axisValue(r, key);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.index - b.index : va === null ? 1 : -1;
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb));
    return sign * c || a.index - b.index;
  });
}

/**
 * A row's position on an axis, normalised to [0, 1]: a number between the axis's smallest
 * and largest value among `rows` (on a log scale for a log axis; 0.5 when all are equal), a
 * choice by its place in the list. The parallel-coordinates view draws every axis on [0, 1].
 */
export function normalisedPositions(rows: readonly StudyRow[], axis: SweepAxis): number[] {
  if (axis.choices) {
    const n = axis.choices.length;
    return rows.map((r) => {
      const i = axis.choices!.indexOf(String(axisValue(r, axis.key)));
      return n <= 1 ? 0.5 : Math.max(0, i) / (n - 1);
    });
  }
  const f = (v: number) => (axis.log ? Math.log(v) : v);
  const xs = rows.map((r) => f(Number(axisValue(r, axis.key))));
  return normalise(xs);
}

/** Values mapped linearly onto [0, 1] between their minimum and maximum (0.5 if all equal). */
export function normalise(xs: readonly number[]): number[] {
  const finite = xs.filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return xs.map((x) => (!Number.isFinite(x) ? NaN : hi > lo ? (x - lo) / (hi - lo) : 0.5));
}

// ---------------------------------------------------------------- ablations

/** An ablation variant's metric over its seeds. */
export interface VariantSpread {
  variant: string;
  bySeed: BySeed;
  mean: number | null;
  /** Sample standard deviation over the seeds; null below 2 seeds. */
  std: number | null;
}

/** The ablation's results: the base's spread, and each component's effect against it. */
export interface AblationResults {
  base: VariantSpread;
  /** Each component in the definition's order, with its effect once it shares 2 seeds with the base. */
  components: (VariantSpread & { effect: AblationEffect | null })[];
}

function spread(variant: string, bySeed: BySeed): VariantSpread {
  const xs = Object.values(bySeed);
  return {
    variant,
    bySeed,
    mean: xs.length ? mean(xs) : null,
    std: xs.length >= 2 ? sampleStd(xs) : null,
  };
}

/**
 * The ablation statistics of a study's rows: each variant's metric by seed (the record's
 * seed; a run without a metric is left out), and {@link summarizeAblation}'s effect of each
 * component against the base over the seeds both have (null while fewer than 2).
 */
export function ablationResults(d: AblationDefinition, rows: readonly StudyRow[]): AblationResults {
  const bySeed = new Map<string, Record<number, number>>();
  for (const row of rows) {
    if (row.metric === null || !row.variant) continue;
    const m = bySeed.get(row.variant) ?? {};
    m[row.record.seed] = row.metric;
    bySeed.set(row.variant, m);
  }
  const base = bySeed.get('base') ?? {};
  return {
    base: spread('base', base),
    components: d.components.map(({ name }) => {
      const values = bySeed.get(name) ?? {};
      const shared = Object.keys(values).filter((s) => s in base).length;
      return {
        ...spread(name, values),
        effect: shared >= 2 ? summarizeAblation(base, { [name]: values })[0] : null,
      };
    }),
  };
}
