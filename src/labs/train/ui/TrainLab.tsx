/** The training lab's columns, bound to its runtime (through TrainContext). */
import type { TrainRuntime } from '../app/runtime';
import { TrainContext } from './context';
import { LabDrawPanel } from './LabDrawPanel';
import { LabSetupPanel } from './LabSetupPanel';
import { LabView } from './LabView';
import './train.css';

export function TrainControls({ runtime }: { runtime: TrainRuntime }) {
  return (
    <TrainContext.Provider value={runtime}>
      <LabSetupPanel />
      <LabDrawPanel />
    </TrainContext.Provider>
  );
}

export function TrainContent({ runtime }: { runtime: TrainRuntime }) {
  return (
    <TrainContext.Provider value={runtime}>
      <LabView />
    </TrainContext.Provider>
  );
}
