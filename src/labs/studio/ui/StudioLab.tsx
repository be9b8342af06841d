/** The studio's columns and header buttons, bound to its runtime (through StudioContext). */
import { useDamStore } from '../../../store';
import { ModelPanel } from '../../../components/panels/ModelPanel';
import type { StudioRuntime } from '../app/runtime';
import { BankPanel } from './bank/BankPanel';
import { ComparePanel } from './ComparePanel';
import { StudioContext } from './context';
import { CuePanel } from './CuePanel';
import { DrawPanel } from './DrawPanel';
import { DynamicsPanel } from './DynamicsPanel';
import { ExportPanel } from './ExportPanel';
import { StagePanel } from './StagePanel';
import './studio.css';
import './bank.css';

export function StudioControls({ runtime }: { runtime: StudioRuntime }) {
  const compare = useDamStore((s) => s.studio.compare);
  return (
    <StudioContext.Provider value={runtime}>
      <ModelPanel compare={compare} />
      <DynamicsPanel />
      <CuePanel />
      <DrawPanel />
    </StudioContext.Provider>
  );
}

export function StudioContent({ runtime }: { runtime: StudioRuntime }) {
  const compare = useDamStore((s) => s.studio.compare);
  const status = useDamStore((s) => s.run.status);
  return (
    <StudioContext.Provider value={runtime}>
      <div className="studio" data-run-status={status}>
        {compare ? <ComparePanel /> : <StagePanel />}
        <BankPanel />
      </div>
    </StudioContext.Provider>
  );
}

export function StudioHeaderActions({ runtime }: { runtime: StudioRuntime }) {
  const compare = useDamStore((s) => s.studio.compare);
  const setStudio = useDamStore((s) => s.setStudio);
  return (
    <StudioContext.Provider value={runtime}>
      <ExportPanel />
      <button type="button" aria-pressed={compare} onClick={() => setStudio({ compare: !compare })}>
        {compare ? 'Single model' : 'Compare models'}
      </button>
    </StudioContext.Provider>
  );
}
