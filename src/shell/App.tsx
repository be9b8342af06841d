/**
 * The studio layout: header (title, share, export, lab / basins / compare switches, help, backend), a scrolling
 * controls column (model, dynamics, cue, drawing) and a scrolling content column: the stage (one
 * model, or 2–4 compared) with the memory bank below it, where its thumbnails have room.
 * Starts the worker and data on mount and installs the keyboard shortcuts.
 */
import { useEffect, useState } from 'react';
import { BackendBadge } from './ui/BackendBadge';
import { BasinControls } from '../labs/basins/ui/BasinControls';
import { BasinsView } from '../labs/basins/ui/BasinsView';
import { BankPanel } from '../labs/studio/ui/bank/BankPanel';
import { LabDrawPanel } from '../labs/train/ui/LabDrawPanel';
import { LabSetupPanel } from '../labs/train/ui/LabSetupPanel';
import { LabView } from '../labs/train/ui/LabView';
import { ExportPanel } from '../labs/studio/ui/ExportPanel';
import { ShareButton } from './ui/ShareButton';
import { NoticeBar } from './ui/NoticeBar';
import { ComparePanel } from '../labs/studio/ui/ComparePanel';
import { CuePanel } from '../labs/studio/ui/CuePanel';
import { DrawPanel } from '../labs/studio/ui/DrawPanel';
import { DynamicsPanel } from '../labs/studio/ui/DynamicsPanel';
import { HelpOverlay } from './ui/HelpOverlay';
import { ModelPanel } from '../components/panels/ModelPanel';
import { StagePanel } from '../labs/studio/ui/StagePanel';
import { useDamStore } from '../store';
import { startApp } from '../labs/studio/app/controller';
import { installShortcuts } from './shortcuts';

export function App() {
  const backend = useDamStore((s) => s.backend);
  const runStatus = useDamStore((s) => s.run.status);
  const compare = useDamStore((s) => s.ui.view === 'compare');
  const basins = useDamStore((s) => s.ui.view === 'basins');
  const lab = useDamStore((s) => s.ui.view === 'lab');
  const setUi = useDamStore((s) => s.setUi);
  const [help, setHelp] = useState(false);
  useEffect(startApp, []);
  useEffect(() => installShortcuts((open) => setHelp((h) => open ?? !h)), []);

  return (
    <div
      className="app"
      data-backend={backend.info?.name ?? 'none'}
      data-ready={backend.status === 'ready' ? 'true' : 'false'}
      data-run-status={runStatus}
    >
      <header className="app-header">
        <h1>
          Dense Associative Memory{' '}
          <span className="muted">
            · {lab ? 'training lab' : basins ? 'basins' : 'retrieval studio'}
          </span>
        </h1>
        <div className="header-actions">
          <ShareButton />
          {!basins && !lab && <ExportPanel />}
          <button
            type="button"
            aria-pressed={lab}
            title="Training lab: Krotov–Hopfield classifiers, feature vs prototype regimes"
            onClick={() => setUi({ view: lab ? 'single' : 'lab' })}
          >
            {lab ? 'Studio' : 'Lab'}
          </button>
          <button
            type="button"
            aria-pressed={basins}
            onClick={() => setUi({ view: basins ? 'single' : 'basins' })}
          >
            {basins ? 'Studio' : 'Basins'}
          </button>
          <button
            type="button"
            aria-pressed={compare}
            onClick={() => setUi({ view: compare ? 'single' : 'compare' })}
          >
            {compare ? 'Single model' : 'Compare models'}
          </button>
          <button
            type="button"
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
            onClick={() => setHelp(true)}
          >
            ?
          </button>
        </div>
        <BackendBadge />
      </header>
      {backend.status === 'error' && (
        <p role="alert" className="error banner">
          {backend.error}
        </p>
      )}
      <NoticeBar />
      <main className="app-main">
        {lab ? (
          <>
            <div className="controls" aria-label="Controls">
              <LabSetupPanel />
              <LabDrawPanel />
            </div>
            <div className="content">
              <LabView />
            </div>
          </>
        ) : basins ? (
          <>
            <div className="controls" aria-label="Controls">
              <BasinControls />
              <ModelPanel />
            </div>
            <div className="content">
              <BasinsView />
            </div>
          </>
        ) : (
          <>
            <div className="controls" aria-label="Controls">
              <ModelPanel />
              <DynamicsPanel />
              <CuePanel />
              <DrawPanel />
            </div>
            <div className="content">
              {compare ? <ComparePanel /> : <StagePanel />}
              <BankPanel />
            </div>
          </>
        )}
      </main>
      <HelpOverlay open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
