/**
 * The studio's columns and header buttons (the shell renders them with the runtime provided:
 * ./context.ts).
 */
import { useDamStore } from '../../../store';
import { ModelPanel } from '../../../components/panels/ModelPanel';
import { BankPanel } from './bank/BankPanel';
import { ComparePanel } from './ComparePanel';
import { CuePanel } from './CuePanel';
import { DrawPanel } from './DrawPanel';
import { DynamicsPanel } from './DynamicsPanel';
import { ExportPanel } from './ExportPanel';
import { StagePanel } from './StagePanel';
import './studio.css';
import './bank.css';

export function StudioControls() {
  const compare = useDamStore((s) => s.studio.compare);
  return (
    <>
      <ModelPanel compare={compare} />
      <DynamicsPanel />
      <CuePanel />
      <DrawPanel />
    </>
  );
}

export function StudioContent() {
  const compare = useDamStore((s) => s.studio.compare);
  const status = useDamStore((s) => s.run.status);
  return (
    <div className="studio" data-run-status={status}>
      {compare ? <ComparePanel /> : <StagePanel />}
      <BankPanel />
    </div>
  );
}

export function StudioHeaderActions() {
  const compare = useDamStore((s) => s.studio.compare);
  const setStudio = useDamStore((s) => s.setStudio);
  return (
    <>
      <ExportPanel />
      <button type="button" aria-pressed={compare} onClick={() => setStudio({ compare: !compare })}>
        {compare ? 'Single model' : 'Compare models'}
      </button>
    </>
  );
}
