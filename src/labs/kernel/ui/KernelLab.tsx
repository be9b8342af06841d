/**
 * The kernel lab's columns (the shell renders them with the runtime provided: ./context.ts):
 * presets, the set-up and training on the left; the sphere, the curves, the similarity maps,
 * the basins, contours and metastable table, the note and the exports on the right. The
 * student view keeps the presets and the train button and hides the set-up's fine print.
 */
import { useDamStore } from '../../../store';
import { BasinsPanel } from './BasinsPanel';
import { ContoursPanel } from './ContoursPanel';
import { CurvesPanel } from './CurvesPanel';
import { ExportPanel } from './ExportPanel';
import { MetastablePanel } from './MetastablePanel';
import { NotePanel } from './NotePanel';
import { PresetPanel } from './PresetPanel';
import { RetrievalPanel } from './RetrievalPanel';
import { SetupPanel } from './SetupPanel';
import { SimilarityPanel } from './SimilarityPanel';
import { SpherePanel } from './SpherePanel';
import { TrainPanel } from './TrainPanel';
import './kernel.css';

export function KernelControls() {
  const student = useDamStore((s) => s.ui.student);
  return (
    <>
      <PresetPanel />
      <TrainPanel />
      {!student && <SetupPanel />}
      {!student && <RetrievalPanel />}
    </>
  );
}

export function KernelContent() {
  const mnist = useDamStore((s) => s.kernel.memories.source === 'mnist');
  return (
    <div className="kernel-content">
      <SpherePanel />
      <CurvesPanel />
      <SimilarityPanel />
      <BasinsPanel />
      <ContoursPanel />
      {mnist ? (
        <MetastablePanel />
      ) : (
        <p className="note">
          The metastable table needs MNIST memories: pick the “MNIST metastable table” preset.
        </p>
      )}
      <NotePanel />
      <ExportPanel />
    </div>
  );
}
