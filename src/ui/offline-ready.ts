/**
 * Whether the service worker (scripts/pwa.mjs) has just stored the app for offline use: set
 * once, by its registration in src/main.tsx, when the first service worker has installed (it
 * has precached the app); read by the page's notice through React's useSyncExternalStore.
 */

let ready = false;
const listeners = new Set<() => void>();

/** Marks the app as stored for offline use and tells the page. */
export function markOfflineReady(): void {
  if (ready) return;
  ready = true;
  for (const listener of listeners) listener();
}

/** Subscribes to the change (useSyncExternalStore's `subscribe`); returns the unsubscribe. */
export function subscribeOfflineReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current value (useSyncExternalStore's `getSnapshot`). */
export function isOfflineReady(): boolean {
  return ready;
}
