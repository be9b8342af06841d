/**
 * The census lab's columns (the shell renders them with the runtime provided: ./context.ts).
 * The student view keeps the task presets and hides the set-up's fine print.
 */
import { useDamStore } from '../../../store';
import { ClassifiersPanel } from './ClassifiersPanel';
import { ExportBar } from './ExportBar';
import { Gallery } from './Gallery';
import { PhasePanel } from './PhasePanel';
import { EnergyStripPanel, PickedState } from './PickedState';
import { PresetPanel } from './PresetPanel';
import { StabilityPanel } from './StabilityPanel';
import { Summary } from './Summary';
import { TaskPanel } from './TaskPanel';
import './census.css';

export function CensusControls() {
  const student = useDamStore((s) => s.ui.student);
  return (
    <>
      <PresetPanel />
      {!student && <TaskPanel />}
    </>
  );
}

export function CensusContent() {
  return (
    <div className="census-content">
      <Summary />
      <Gallery />
      <PickedState />
      <EnergyStripPanel />
      <StabilityPanel />
      <ClassifiersPanel />
      <PhasePanel />
      <ExportBar />
    </div>
  );
}
