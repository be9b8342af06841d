/**
 * "Watch it learn": the runs shown side by side (the shipped pair n = 3 and n = 30, all four
 * shipped runs, or the live group), each as a memory grid with its epoch counter, the diverging
 * colour legend, the favoured-label toggle and the epoch scrubber.
 */
import { Segmented } from '../../../components/controls/Segmented';
import { Term } from '../../../shell/ui/Term';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { divergingGradient } from './charts/kh-colors';
import { useDamStore } from '../../../store';
import { selectShownRuns } from '../app/slice';
import { SHIPPED_RUNS } from '../app/shipped';
import { LabRunCard } from './LabRunCard';
import { LabScrubber } from './LabScrubber';

const GRADIENT = divergingGradient();

export function LabRunsPanel() {
  const runs = useDamStore(useShallow((s) => selectShownRuns(s.lab)));
  const group = useDamStore((s) => s.lab.group);
  const shippedAll = useDamStore((s) => s.lab.shippedAll);
  const hasLive = useDamStore((s) => s.lab.runs.some((r) => r.source === 'live'));
  const setLab = useDamStore((s) => s.setLab);
  const [showLabels, setShowLabels] = useState(false);

  return (
    <section className="panel lab-runs-panel" aria-labelledby="lab-runs-heading">
      <div className="lab-panel-head">
        <h2 id="lab-runs-heading">
          <Term id="epoch">Watch it learn</Term>
        </h2>
        {hasLive && (
          <Segmented
            label="Runs shown"
            options={[
              { value: 'shipped', label: 'Shipped runs' },
              { value: 'live', label: 'Live runs' },
            ]}
            value={group}
            onChange={(g) => setLab({ group: g, scrub: null })}
          />
        )}
        {group === 'shipped' && (
          <label className="row-checks">
            <input
              type="checkbox"
              checked={shippedAll}
              onChange={(e) => setLab({ shippedAll: e.currentTarget.checked, scrub: null })}
            />
            All {SHIPPED_RUNS.length} shipped runs (n = {SHIPPED_RUNS.map((r) => r.n).join(', ')})
          </label>
        )}
      </div>
      <div className="lab-legend-row">
        <div className="lab-colorbar" aria-label="Colour scale of memory values">
          <span>−1</span>
          <span className="lab-colorbar-ramp" style={{ background: GRADIENT }} aria-hidden="true" />
          <span>+1</span>
          <span className="muted">(purple −1 · white 0 · orange +1)</span>
        </div>
        <label className="row-checks">
          <input
            type="checkbox"
            checked={showLabels}
            onChange={(e) => setShowLabels(e.currentTarget.checked)}
          />
          Show the label each memory favours
        </label>
      </div>
      <LabScrubber runs={runs} />
      {runs.length === 0 ? (
        <p className="note">No runs yet.</p>
      ) : (
        <div className={`lab-run-grid runs-${runs.length}`}>
          {runs.map((run, i) => (
            <LabRunCard key={run.key} run={run} index={i} showLabels={showLabels} />
          ))}
        </div>
      )}
    </section>
  );
}
