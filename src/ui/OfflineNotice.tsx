/** The note that the lab is now stored in this browser and works offline (until dismissed). */
import { useState, useSyncExternalStore } from 'react';
import { useTexts } from './locale';
import { isOfflineReady, subscribeOfflineReady } from './offline-ready';

export function OfflineNotice() {
  const t = useTexts().ui;
  const ready = useSyncExternalStore(subscribeOfflineReady, isOfflineReady);
  const [dismissed, setDismissed] = useState(false);
  if (!ready || dismissed) return null;
  return (
    <p className="notice" role="status" data-testid="offline-ready">
      {t.offlineReady}{' '}
      <button type="button" className="inline" onClick={() => setDismissed(true)}>
        {t.offlineReadyDismiss}
      </button>
    </p>
  );
}
