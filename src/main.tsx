import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { installTestHook } from './app/test-hook';
import { readUrlPrefs } from './app/url-prefs';
import { restoreSetup } from './app/setup-sync';
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
