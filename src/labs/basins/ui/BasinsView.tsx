/**
 * The basins view: the basin map and the energy landscape side by side on the chosen plane, the
 * basin-size curves below. Its runtime starts the work when the view is shown (runtime.ts).
 */
import { BasinMapPanel } from './BasinMapPanel';
import { CurvesPanel } from './CurvesPanel';
import { LandscapePanel } from './LandscapePanel';

export function BasinsView() {
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
