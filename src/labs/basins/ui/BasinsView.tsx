/**
 * The basins view: the basin map and the energy landscape side by side on the chosen plane, the
 * basin-size curves below. Opening it starts the basin controller; closing it cancels its work.
 */
import { useEffect } from 'react';
import { openBasins } from '../app/controller';
import { BasinMapPanel } from './BasinMapPanel';
import { CurvesPanel } from './CurvesPanel';
import { LandscapePanel } from './LandscapePanel';

export function BasinsView() {
  useEffect(openBasins, []);
  return (
    <div className="basins-view">
      <div className="basins-row">
        <BasinMapPanel />
        <LandscapePanel />
      </div>
      <CurvesPanel />
    </div>
  );
}
