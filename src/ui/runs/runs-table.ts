/** Filtering and sorting the run history's table (pure; the Runs view renders the result). */
import type { RunRecord } from '../../data/run-record';

export const SORT_KEYS = [
  'name',
  'data',
  'learningRate',
  'steps',
  'bestValLoss',
  'bestValAccuracy',
  'test',
  'started',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The value a column sorts by; null sorts last in either direction. */
function sortValue(r: RunRecord, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return r.name.toLowerCase();
    case 'data':
      return r.data.dataset.toLowerCase();
    case 'learningRate':
      return typeof r.config.learningRate === 'number' ? r.config.learningRate : null;
    case 'steps':
      return r.step;
    case 'bestValLoss':
      return r.best.valLoss?.value ?? null;
    case 'bestValAccuracy':
      return r.best.valAccuracy?.value ?? null;
    case 'test':
      return r.test?.loss ?? null;
    case 'started':
      return r.startedAt;
  }
}

/** `runs` ordered by `key`, ascending or descending (stable; runs without a value last). */
export function sortRuns(
  runs: readonly RunRecord[],
  key: SortKey,
  descending: boolean,
): RunRecord[] {
  return runs
    .map((r, i) => ({ r, i, v: sortValue(r, key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return (descending ? -c : c) || a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * The runs whose name, tags, note, data set, task or optimizer contain every word of
 * `query` (case ignored); only starred ones if `starredOnly`.
 */
export function filterRuns(
  runs: readonly RunRecord[],
  query: string,
  starredOnly: boolean,
): RunRecord[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return runs.filter((r) => {
    if (starredOnly && !r.starred) return false;
    const text = [
      r.name,
      r.note,
      r.data.dataset,
      r.data.task,
      String(r.config.optimizer),
      ...r.tags,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Tags typed as "a, b,  c": trimmed, without empties and repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
