/**
 * Boot: the shell from the lab registry (store slices, compute worker, data, persistence,
 * routes), then the app, and the service worker for offline use (shell/offline.ts). The e2e
 * test hook and the chart goldens (goldens/install.ts) load by dynamic import only with ?e2e=1,
 * so they never ship in the production bundle a visitor downloads.
 */
import './styles/base.css';
import './styles/charts.css';
import './styles/input.css';
import './styles/shell.css';
import './styles/layout.css';
import './styles/lessons.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LABS } from './labs/registry';
import { App } from './shell/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ShellContext } from './shell/context';
import { registerOffline } from './shell/offline';
import { createShell } from './shell/shell';

const shell = createShell(LABS);
void shell.start();
if (shell.prefs.e2e) {
  void import('./shell/test-hook').then((m) => m.installTestHook(shell));
  void import('./goldens/install').then((m) => m.installGoldens());
}
registerOffline();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ShellContext.Provider value={shell}>
        <App />
      </ShellContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);
