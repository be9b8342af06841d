/**
 * "Use the trained memory": pick the run (its snapshot is the one the scrubber shows), classify
 * the drawing live, generate a digit for a label, or complete half of the drawing.
 */
import { useShallow } from 'zustand/react/shallow';
import { useDamStore } from '../../../store';
import { selectShownRuns } from '../app/slice';
import { LabClassify } from './LabClassify';
import { LabEvolvePanel } from './LabEvolvePanel';
import { describeLabModel, useLabModel } from './useLabModel';

export function LabUsePanel() {
  const runs = useDamStore(useShallow((s) => selectShownRuns(s.lab)));
  const setLab = useDamStore((s) => s.setLab);
  const lab = useLabModel();
  const usable = runs.filter((r) => r.config);

  return (
    <section className="panel lab-use" aria-labelledby="lab-use-heading">
      <div className="lab-panel-head">
        <h2 id="lab-use-heading">Use the trained memory</h2>
        <label className="control inline">
          <span className="control-label">Model</span>
          <select
            aria-label="Model"
            value={lab?.run.key ?? ''}
            disabled={!usable.length}
            onChange={(e) => setLab({ useRun: e.currentTarget.value })}
          >
            {usable.length === 0 && <option value="">none loaded</option>}
            {usable.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="note">
        {lab
          ? `Using ${describeLabModel(lab)} (the memories its grid shows; move the epoch scrubber to use another snapshot).`
          : 'No run has memories yet.'}
      </p>
      <div className="lab-use-row">
        <LabClassify lab={lab} />
        <LabEvolvePanel lab={lab} />
      </div>
    </section>
  );
}
