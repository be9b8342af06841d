/**
 * The capacity lab's columns (the shell renders them with the runtime provided: ./context.ts).
 * The student view keeps the presets and hides the grid editor.
 */
import { useDamStore } from '../../../store';
import { PresetPanel } from './PresetPanel';
import { SeriesPanel } from './SeriesPanel';
import { SetupPanel } from './SetupPanel';
import './capacity.css';

export function CapacityControls() {
  const student = useDamStore((s) => s.ui.student);
  return (
    <>
      <PresetPanel />
      {!student && <SetupPanel />}
      {!student && <SeriesPanel />}
    </>
  );
}

export { CapacityView as CapacityContent } from './CapacityView';
