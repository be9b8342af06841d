/**
 * Start, cancel and follow one long job of the lab (the census, the classifiers, the phase map):
 * a button, a progress bar and one line on what is happening or went wrong.
 */
import type { ReactNode } from 'react';
import { useDamStore } from '../../../store';
import type { JobName } from '../app/slice';
import { useCensus } from './context';

export interface JobBarProps {
  job: JobName;
  /** The start button's label ("Run census"). */
  label: string;
  start: () => void;
  /** What the progress counts ("probes", "steps", "trials"). */
  unit: string;
  /** Why the job cannot start (the schema's sentence), or null. */
  problem: string | null;
  /** The line once done. */
  doneLine: ReactNode;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function JobBar({ job, label, start, unit, problem, doneLine }: JobBarProps) {
  const rt = useCensus();
  const state = useDamStore((s) => s.censusJobs[job]);
  const running = state.status === 'running';
  const fraction = state.total > 0 ? state.done / state.total : 0;
  let line: ReactNode;
  if (running)
    line =
      state.total > 0
        ? `Working: ${state.done.toLocaleString('en')} of ${state.total.toLocaleString('en')} ${unit}`
        : 'Starting…';
  else if (state.status === 'done')
    line = (
      <>
        {doneLine} (page time {secs(state.elapsedMs)})
      </>
    );
  else if (state.status === 'cancelled')
    line = 'Cancelled: the results shown are the last complete ones.';
  else if (state.status === 'error') line = 'It stopped:';
  else line = null;
  return (
    <div className="census-job" data-job={job} data-status={state.status}>
      <div className="run-row">
        {running ? (
          <button type="button" onClick={() => rt.cancel(job)}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" disabled={problem !== null} onClick={start}>
            {label}
          </button>
        )}
        <div
          className="census-progress"
          role="progressbar"
          aria-label={`${label}: progress`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(100 * fraction)}
        >
          <div
            style={{
              width: `${(100 * (running ? fraction : state.status === 'done' ? 1 : 0)).toFixed(1)}%`,
            }}
          />
        </div>
      </div>
      {line && (
        <p className="note" role="status">
          {line}
        </p>
      )}
      {state.status === 'error' && <p className="error">{state.error}</p>}
      {problem && <p className="error">This set-up cannot run: {problem}</p>}
    </div>
  );
}
