/**
 * The training lab: the runs learning side by side, their error curves and contributor
 * statistics, and the trained memory at work on a drawing. Its runtime loads the shipped runs
 * and starts the worker side when the lab is first shown (runtime.ts).
 */
import { LabContributorsPanel } from './LabContributorsPanel';
import { LabErrorPanel } from './LabErrorPanel';
import { LabRunsPanel } from './LabRunsPanel';
import { LabUsePanel } from './LabUsePanel';

export function LabView() {
  return (
    <div className="lab-view">
      <LabRunsPanel />
      <div className="lab-charts-row">
        <LabErrorPanel />
        <LabContributorsPanel />
      </div>
      <LabUsePanel />
    </div>
  );
}
