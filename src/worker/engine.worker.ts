/// <reference lib="webworker" />
/**
 * The engine's worker: receives {@link EngineCommand}s from the page and posts
 * {@link EngineEvent}s back. All tensors live here; the page never sees one.
 */
import { LabSession } from '../engine/session';
import type { EngineCommand, EngineEvent } from '../protocol/messages';
import { IdbCheckpointStore } from './checkpoint-store';
import { WebRunLocks } from './run-locks';

declare const self: DedicatedWorkerGlobalScope;

// One IndexedDB database holds the checkpoints, the runs' journals and the user's data sets.
const store = IdbCheckpointStore.open();
const session = new LabSession(
  (event: EngineEvent, transfer?: Transferable[]) => self.postMessage(event, transfer ?? []),
  store,
  store,
  // Each tab's engine trains only the runs whose Web Lock it holds.
  new WebRunLocks(),
);

self.onmessage = (e: MessageEvent<EngineCommand>) => session.handle(e.data);

// Signs of life, so the page can tell a worker that died silently.
setInterval(() => self.postMessage({ type: 'heartbeat' } satisfies EngineEvent), 1000);
