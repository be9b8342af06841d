/** Start, cancel and follow one job of the view: a button, a progress bar, one line of status. */
import type { ReactNode } from 'react';
import { useDamStore } from '../../../../store';
import type { RfJobName } from '../../app/rf-state';
import { useRf } from './use-rf';

export interface RfJobBarProps {
  job: RfJobName;
  label: string;
  start: () => void;
  unit: string;
  doneLine: ReactNode;
}

export function RfJobBar({ job, label, start, unit, doneLine }: RfJobBarProps) {
  const rt = useRf();
  const state = useDamStore((s) => s.featuresJobs[job]);
  const running = state.status === 'running';
  const fraction = state.total > 0 ? state.done / state.total : 0;
  let line: ReactNode = null;
  if (running)
    line = state.total > 0 ? `Working: ${state.done} of ${state.total} ${unit}` : 'Starting…';
  else if (state.status === 'done')
    line = (
      <>
        {doneLine} (page time {(state.elapsedMs / 1000).toFixed(1)} s)
      </>
    );
  else if (state.status === 'cancelled')
    line = 'Cancelled: what is shown is the last complete result.';
  return (
    <div className="rf-job" data-job={job} data-status={state.status}>
      <div className="run-row">
        {running ? (
          <button type="button" onClick={() => rt.cancel(job)}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" onClick={start}>
            {label}
          </button>
        )}
        <div
          className="rf-progress"
          role="progressbar"
          aria-label={`${label}: progress`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(100 * fraction)}
        >
          {/* Scaled, not resized: a progress tick repaints the bar alone, with no layout. */}
          <div
            style={{
              transform: `scaleX(${(running ? fraction : state.status === 'done' ? 1 : 0).toFixed(3)})`,
            }}
          />
        </div>
      </div>
      {line && (
        <p className="note" role="status">
          {line}
        </p>
      )}
      {state.status === 'error' && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
