/** The timeline's order: a run's warnings and incidents in one list. */
import type { TimelineEvent } from '../protocol/timeline';

/** All events of a run in one list sorted by step (warnings before incidents on a tie). */
export function mergeTimeline(...lists: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  return lists
    .flat()
    .sort((a, b) => a.step - b.step || (a.kind === b.kind ? 0 : a.kind === 'warning' ? -1 : 1));
}

/**
 * A run's incidents from two sources (the journal, the page), each once, in step order: an
 * incident of `extra` that `journal` already holds (the same fault, step, cause and outcome) is not
 * repeated.
 */
export function mergeIncidents<T extends TimelineEvent & { kind: 'incident' }>(
  journal: readonly T[],
  extra: readonly T[],
): T[] {
  const key = (e: T) =>
    `${e.incident}|${e.step}|${e.resumedFrom}|${JSON.stringify([e.cause, e.cutShortBy, e.message])}`;
  const seen = new Set(journal.map(key));
  return [...journal, ...extra.filter((e) => !seen.has(key(e)))].sort((a, b) => a.step - b.step);
}
