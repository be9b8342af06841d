import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { installTestHook } from './shell/test-hook';
import { readUrlPrefs } from './shell/url-prefs';
import { restoreSetup } from './shell/persist/setup-sync';
import './styles/global.css';

if (readUrlPrefs().e2e) installTestHook();
void restoreSetup();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
