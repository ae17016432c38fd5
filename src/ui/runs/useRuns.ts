/** The page's one run history, following the engine's client, exposed to React as state. */
import { useSyncExternalStore } from 'react';
import type { EngineClient } from '../engine-client';
import { IdbRunStore } from './run-store';
import { RunsController, type RunsState } from './runs-controller';

let controller: RunsController | null = null;

/**
 * The page's controller, started on first use: every state the engine's client reports
 * reaches it, and what is unsaved is written when the page is hidden or closed.
 */
export function runsOf(client: EngineClient): RunsController {
  if (!controller) {
    const c = new RunsController(IdbRunStore.open());
    client.subscribe(() => c.observe(client.getState()));
    window.addEventListener('pagehide', () => void c.flush());
    controller = c;
  }
  return controller;
}

export function useRuns(client: EngineClient): [RunsState, RunsController] {
  const c = runsOf(client);
  const state = useSyncExternalStore(c.subscribe, c.getState);
  return [state, c];
}
