/**
 * Start, cancel and follow one long job of a lab (a census, a curve, a phase map): a button, a
 * progress bar and one line on what is happening or went wrong. Presentational: the lab passes
 * the job's state from its store slice and its runtime's cancel.
 */
import type { ReactNode } from 'react';
import type { JobProgress } from '../../shell/jobs';

export interface JobBarProps {
  /** The job's name, written as data-job (tests and styles select it). */
  job: string;
  state: JobProgress;
  /** The start button's label ("Run census"). */
  label: string;
  start: () => void;
  cancel: () => void;
  /** What the progress counts ("probes", "steps", "trials"). */
  unit: string;
  /** Why the job cannot start (the schema's sentence), or null. */
  problem?: string | null;
  /** The line once done. */
  doneLine: ReactNode;
  /** The lab's class prefix: the box is `${prefix}-job`, the bar `${prefix}-progress`. */
  prefix: string;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en');

function statusLine(state: JobProgress, unit: string, doneLine: ReactNode): ReactNode {
  switch (state.status) {
    case 'running':
      return state.total > 0
        ? `Working: ${count(state.done)} of ${count(state.total)} ${unit}`
        : 'Starting…';
    case 'done':
      return (
        <>
          {doneLine} (page time {secs(state.elapsedMs)})
        </>
      );
    case 'cancelled':
      return 'Cancelled: what is shown is the last complete result.';
    case 'error':
      return 'It stopped:';
    default:
      return null;
  }
}

export function JobBar(props: JobBarProps) {
  const { job, state, label, start, cancel, unit, problem = null, doneLine, prefix } = props;
  const running = state.status === 'running';
  const fraction = state.total > 0 ? state.done / state.total : 0;
  const shown = running ? fraction : state.status === 'done' ? 1 : 0;
  const line = statusLine(state, unit, doneLine);
  return (
    <div className={`${prefix}-job`} data-job={job} data-status={state.status}>
      <div className="run-row">
        {running ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" disabled={problem !== null} onClick={start}>
            {label}
          </button>
        )}
        <div
          className={`${prefix}-progress`}
          role="progressbar"
          aria-label={`${label}: progress`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(100 * fraction)}
        >
          {/* Scaled, not resized: a progress tick repaints the bar alone, with no layout. */}
          <div style={{ transform: `scaleX(${shown.toFixed(3)})` }} />
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
      {problem && <p className="error">This set-up cannot run: {problem}</p>}
    </div>
  );
}
