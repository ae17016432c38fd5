/**
 * The cost assumptions chosen in the "Cost of this run" panel, shared with the model card
 * export (which states them) without going through the page's state: a tiny store read with
 * React's useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { CostAssumptions } from '../../data/compute-cost';

export interface ChosenAssumptions extends CostAssumptions {
  /** The device's name, or "custom". */
  device: string;
}

let current: ChosenAssumptions | null = null;
const listeners = new Set<() => void>();

/** Publishes the panel's valid assumptions (null while a field is invalid). */
export function setCostAssumptions(next: ChosenAssumptions | null): void {
  current = next;
  for (const l of listeners) l();
}

/** The assumptions last published, re-rendering when they change. */
export function useCostAssumptions(): ChosenAssumptions | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
