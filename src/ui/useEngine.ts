/** The page's one engine worker, exposed to React as a subscribable state. */
import { useSyncExternalStore } from 'react';
import type { LabConfig } from '../config/schema';
import type { BackendName } from '../protocol/messages';
import { EngineClient, type EngineState } from './engine-client';

let client: EngineClient | null = null;

/** Starts the worker on first use; it lives as long as the page. */
export function useEngine(
  initialConfig: LabConfig,
  backend?: BackendName,
): [EngineState, EngineClient] {
  client ??= new EngineClient(initialConfig, backend);
  const state = useSyncExternalStore(client.subscribe, client.getState);
  return [state, client];
}
