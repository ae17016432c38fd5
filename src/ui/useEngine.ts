/** The page's one engine worker, exposed to React as state. */
import { startTransition, useEffect, useState } from 'react';
import type { LabConfig } from '../config/schema';
import type { BackendRequest } from '../protocol/calibration';
import { EngineClient, type EngineState } from './engine-client';

let client: EngineClient | null = null;

/**
 * Starts the worker on first use; it lives as long as the page. Engine updates render as
 * transitions, which React splits into short slices, so redrawing the curves while training
 * never blocks the page (useSyncExternalStore would render them in one long task).
 */
export function useEngine(
  initialConfig: LabConfig,
  backend?: BackendRequest,
): [EngineState, EngineClient] {
  client ??= new EngineClient(initialConfig, backend);
  const engine = client;
  const [state, setState] = useState(engine.getState);
  useEffect(
    () => engine.subscribe(() => startTransition(() => setState(engine.getState()))),
    [engine],
  );
  return [state, engine];
}
