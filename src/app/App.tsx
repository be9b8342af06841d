/** Layout only: header, controls column and stage. Starts the worker and data on mount. */
import { useEffect } from 'react';
import { BackendBadge } from '../components/BackendBadge';
import { MemoryPanel } from '../components/panels/MemoryPanel';
import { ModelPanel } from '../components/panels/ModelPanel';
import { QueryPanel } from '../components/panels/QueryPanel';
import { StagePanel } from '../components/panels/StagePanel';
import { useDamStore } from '../store';
import { startApp } from './run-controller';

export function App() {
  const backend = useDamStore((s) => s.backend);
  const runStatus = useDamStore((s) => s.run.status);
  useEffect(startApp, []);

  return (
    <div
      className="app"
      data-backend={backend.info?.name ?? 'none'}
      data-ready={backend.status === 'ready' ? 'true' : 'false'}
      data-run-status={runStatus}
    >
      <header className="app-header">
        <h1>
          Dense Associative Memory <span className="muted">· retrieve a corrupted digit</span>
        </h1>
        <BackendBadge />
      </header>
      {backend.status === 'error' && (
        <p role="alert" className="error banner">
          {backend.error}
        </p>
      )}
      <main className="app-main">
        <div className="controls">
          <ModelPanel />
          <QueryPanel />
        </div>
        <div className="content">
          <MemoryPanel />
          <StagePanel />
        </div>
      </main>
    </div>
  );
}
