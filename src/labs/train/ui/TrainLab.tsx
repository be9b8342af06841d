/** The training lab's columns (the shell renders them with the runtime provided: ./context.ts). */
import { LabDrawPanel } from './LabDrawPanel';
import { LabSetupPanel } from './LabSetupPanel';
import './train.css';

export function TrainControls() {
  return (
    <>
      <LabSetupPanel />
      <LabDrawPanel />
    </>
  );
}

export { LabView as TrainContent } from './LabView';
