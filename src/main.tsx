import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { texts } from './content';
import { App } from './ui/App';
import { LocaleProvider } from './ui/locale';
import { markOfflineReady } from './ui/offline-ready';
import { PanelBoundary } from './ui/PanelBoundary';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      {/* The last resort: an error outside every panel still leaves a message, not a blank page. */}
      <PanelBoundary name={texts().ui.panelPage}>
        <App />
      </PanelBoundary>
    </LocaleProvider>
  </StrictMode>,
);

// The offline service worker (scripts/pwa.mjs), in the production build only: in `npm run dev`
// this import is a no-op. A new version waits for every tab of the app to close, so a running
// experiment is never reloaded. Once the first one has stored the app, the page says so.
registerSW({ immediate: true, onOfflineReady: markOfflineReady });
