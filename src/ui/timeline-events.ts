/** The timeline's order: a run's warnings and incidents in one list. */
import type { TimelineEvent } from '../protocol/timeline';

/** All events of a run in one list sorted by step (warnings before incidents on a tie). */
export function mergeTimeline(...lists: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  return lists
    .flat()
    .sort((a, b) => a.step - b.step || (a.kind === b.kind ? 0 : a.kind === 'warning' ? -1 : 1));
}
