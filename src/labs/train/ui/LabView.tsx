/**
 * The training lab: the runs learning side by side, their error curves and contributor
 * statistics, and the trained memory at work on a drawing. Opening it starts the lab controller
 * (worker and shipped runs on first use).
 */
import { useEffect } from 'react';
import { openLab } from '../app/controller';
import { LabContributorsPanel } from './LabContributorsPanel';
import { LabErrorPanel } from './LabErrorPanel';
import { LabRunsPanel } from './LabRunsPanel';
import { LabUsePanel } from './LabUsePanel';

export function LabView() {
  useEffect(openLab, []);
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
