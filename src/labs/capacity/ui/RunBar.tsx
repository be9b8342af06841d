/**
 * Run, cancel and restart the set-up's grid, with a progress bar in trials and one line on what
 * is happening. A set-up the schema refuses is named before anything starts.
 */
import { useMemo } from 'react';
import { useDamStore } from '../../../store';
import { useCacheSelect } from '../../../shell/use-cache';
import { setupProblem } from '../app/setup';
import { useCapacity } from './context';

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function RunBar() {
  const rt = useCapacity();
  const run = useDamStore((s) => s.capacityRun);
  const grid = useDamStore((s) => s.capacity.grid);
  const shownGrid = useCacheSelect(rt.results, (r) => r.grid);
  const problem = useMemo(() => setupProblem(grid), [grid]);
  const running = run.status === 'running';
  const fraction = run.total > 0 ? run.done / run.total : 0;
  const stale = shownGrid !== null && shownGrid !== grid && !running;

  let line: string;
  if (running) {
    line = `Measuring: ${run.points} of ${run.totalPoints} points, ${run.done} of ${run.total} trials`;
  } else if (run.status === 'done' && run.source === 'file') {
    line = `Opened ${run.file ?? 'a result file'}: ${run.points} points.`;
  } else if (run.status === 'done') {
    const s = run.summary;
    line =
      `${run.points} points in ${secs(run.elapsedMs)}` +
      (s
        ? ` (${s.cached} from the cache; worker ${secs(s.ms)}; Gram matrices: ${s.gram.tfjs} on tfjs ${s.backend}, ${s.gram.core} on the core)`
        : '');
  } else if (run.status === 'cancelled') {
    line = `Cancelled after ${run.points} of ${run.totalPoints} points; Restart keeps them.`;
  } else if (run.status === 'error') {
    line = 'The run stopped.';
  } else {
    line = 'Choose a preset, or set up a grid and press Run.';
  }

  return (
    <section
      className="panel capacity-run"
      aria-label="Run the measurement"
      data-capacity-status={run.status}
    >
      <div className="run-row">
        {running ? (
          <button type="button" onClick={() => rt.cancel()}>
            Cancel
          </button>
        ) : (
          <button type="button" disabled={problem !== null} onClick={() => void rt.run()}>
            {run.status === 'cancelled' ? 'Restart' : 'Run'}
          </button>
        )}
        <div
          className="capacity-progress"
          role="progressbar"
          aria-label="Trials measured"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(100 * fraction)}
        >
          <div style={{ width: `${(100 * fraction).toFixed(1)}%` }} />
        </div>
      </div>
      <p className="note run-line" role="status">
        {line}
      </p>
      {run.status === 'error' && <p className="error">{run.error}</p>}
      {problem && <p className="error">This set-up cannot run: {problem}</p>}
      {stale && (
        <p className="note">The charts show the last run; Run to measure the changed set-up.</p>
      )}
    </section>
  );
}
