/**
 * The data of the "Your own data" task: the user's data sets, loaded from the store by
 * content id, or the built-in example; split into training and validation by the run's seed.
 */
import { parseCsv } from '../../../data/csv';
import { IRIS_CSV } from '../../../data/iris';
import { defaultChoice, type OwnData, storedDataProblem, toOwnData } from '../../../data/own-data';
import { meanAndSpread } from '../../../data/number-checks';
import type { DataSource, DatasetKind, TargetScale } from '../../../protocol/messages';
import type { DatasetStore } from '../../dataset-store';
import { refuse } from '../../notice-error';
import type { Rng } from '../../rng';
import { splitRows } from '../split';
import type { DataSplit, Examples } from '../types';

/** What the task trains on while no data set has been loaded (config `dataId` = ''). */
export const EXAMPLE_NAME = 'Example: Fisher’s iris flowers';

/** Data sets kept in memory; a few, since each can hold up to 20,000 × 50 numbers. */
const CACHE_SIZE = 4;
const cache = new Map<string, OwnData>();

function remember(data: OwnData): OwnData {
  cache.delete(data.id);
  cache.set(data.id, data);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return data;
}

let example: OwnData | null = null;

/** The example: iris, read by the same parser and checks as a user's file. */
export function exampleData(): OwnData {
  if (!example) {
    const parsed = parseCsv(IRIS_CSV);
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    const r = toOwnData(parsed.table, defaultChoice(parsed.table), EXAMPLE_NAME);
    if (!r.ok) throw new Error(r.errors.join(' '));
    example = { ...r.data, id: '' };
  }
  return example;
}

/**
 * Makes sure the data set `id` is in memory, reading it from the store if need be. Throws
 * when the store does not hold it, or holds one that fails the checks of a stored set
 * ({@link storedDataProblem}); the store is left as it is.
 */
export async function loadOwnData(id: string, store: DatasetStore): Promise<void> {
  if (id === '' || cache.has(id)) return;
  const data = await store.loadDataset(id);
  if (!data) {
    refuse({ id: 'dataNotStored', dataId: id });
  }
  // A set stored by an older version may hold numbers the checks now refuse (1e39 became
  // Infinity): it stays in storage, and the caller falls back to the example.
  const problem = storedDataProblem(data);
  if (problem) refuse({ id: 'dataStoredDamaged', dataId: id, problem });
  remember(data);
}

/** The data set `id` ('' for the example), once {@link loadOwnData} has loaded it. */
export function requireOwnData(id: string): OwnData {
  if (id === '') return exampleData();
  const data = cache.get(id);
  if (!data) refuse({ id: 'dataNotLoaded', dataId: id });
  return data;
}

/**
 * How the page draws the data: on the plane (two inputs, classes), as a curve (one input, a
 * number to predict), or as a table of columns.
 */
export function kindOf(data: OwnData): DatasetKind {
  const d = data.features.length;
  if (data.kind === 'classification' && d === 2) return 'points2d';
  if (data.kind === 'regression' && d === 1) return 'curve1d';
  return 'table';
}

/**
 * The smallest and largest finite value of column `j` of `n` × `d` values, padded by 10%
 * (by 1, or a tenth of the value, when they are all equal; [−1, 1] when none is finite).
 */
function paddedRange(v: Float32Array, d: number, j: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = j; i < v.length; i += d) {
    if (!Number.isFinite(v[i])) continue;
    lo = Math.min(lo, v[i]);
    hi = Math.max(hi, v[i]);
  }
  if (lo > hi) return [-1, 1];
  const pad = 0.1 * (hi - lo || Math.abs(lo) || 1);
  return [lo - pad, hi + pad];
}

export function sourceOf(data: OwnData): DataSource {
  return {
    id: data.id,
    name: data.name,
    features: data.features,
    target: data.target,
    kind: data.kind,
    rows: data.n,
  };
}

/** Shuffles the rows with `rng` and holds out `validationSplit` of them for validation. */
export function splitOwnData(data: OwnData, validationSplit: number, rng: Rng): DataSplit {
  const d = data.features.length;
  const all: Examples = { x: data.x, y: data.y, n: data.n };
  const { train, validation } = splitRows(all, d, validationSplit, rng);
  const kind = kindOf(data);
  const targetScale = data.kind === 'regression' ? scaleOf(train.y as Float32Array) : undefined;
  // The plotted plane or curve, in the data's own units.
  const extent: [number, number, number, number] =
    kind === 'points2d'
      ? [...paddedRange(data.x, 2, 0), ...paddedRange(data.x, 2, 1)]
      : kind === 'curve1d'
        ? [...paddedRange(data.x, 1, 0), ...paddedRange(data.y as Float32Array, 1, 0)]
        : [0, 1, 0, 1];
  return {
    kind,
    inputSize: d,
    classes: data.classNames.length,
    train,
    validation,
    extent,
    source: { ...sourceOf(data), ...(targetScale && { targetScale }) },
    ...(targetScale && { targetScale }),
  };
}

/**
 * Mean and standard deviation of a regression's training targets, in 64-bit floats (σ = 1
 * when they are all equal, so that the loss stays the plain squared error).
 */
export function scaleOf(y: Float32Array): TargetScale {
  const { mean, std } = meanAndSpread(y);
  return { mean, std: std > 0 && Number.isFinite(std) ? std : 1 };
}

/**
 * Mean and standard deviation of each column of `n` × `d` values (σ = 1 for a constant
 * column, which then only loses its mean).
 */
export function columnStats(v: Float32Array, d: number): { mean: number[]; std: number[] } {
  const n = v.length / d;
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += v[i * d + j] / n;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) sq[j] += (v[i * d + j] - mean[j]) ** 2 / n;
  return { mean, std: sq.map((s) => Math.sqrt(s) || 1) };
}
