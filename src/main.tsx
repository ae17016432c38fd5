import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { texts } from './content';
import { App } from './ui/App';
import { PanelBoundary } from './ui/PanelBoundary';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last resort: an error outside every panel still leaves a message, not a blank page. */}
    <PanelBoundary name={texts().ui.panelPage}>
      <App />
    </PanelBoundary>
  </StrictMode>,
);
