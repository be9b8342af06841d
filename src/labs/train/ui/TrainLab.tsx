/**
 * The training lab's columns (the shell renders them with the runtime provided: ./context.ts):
 * one task at a time (the Krotov–Hopfield runs side by side), or tasks in sequence (what each
 * run forgets). The mode switch sits on top of the controls.
 */
import { Segmented } from '../../../components/controls/Segmented';
import { useDamStore } from '../../../store';
import { LabDrawPanel } from './LabDrawPanel';
import { LabSetupPanel } from './LabSetupPanel';
import { LabView } from './LabView';
import { SeqControls } from './SeqControls';
import { SeqView } from './SeqView';
import './train.css';
import './seq.css';

function ModeSwitch() {
  const mode = useDamStore((s) => s.seq.mode);
  return (
    <section className="panel lab-mode" aria-label="Training mode">
      <Segmented
        label="Mode"
        options={[
          { value: 'single', label: 'One task' },
          { value: 'sequential', label: 'Tasks in sequence' },
        ]}
        value={mode}
        onChange={(m) => useDamStore.getState().setSeq({ mode: m })}
      />
    </section>
  );
}

export function TrainControls() {
  const mode = useDamStore((s) => s.seq.mode);
  return (
    <>
      <ModeSwitch />
      {mode === 'sequential' ? (
        <SeqControls />
      ) : (
        <>
          <LabSetupPanel />
          <LabDrawPanel />
        </>
      )}
    </>
  );
}

export function TrainContent() {
  const mode = useDamStore((s) => s.seq.mode);
  return mode === 'sequential' ? <SeqView /> : <LabView />;
}
