/**
 * One run of the lab: its name in its colour, what it shows (epoch, temperature, errors there),
 * the epoch counter with a progress bar for the epoch in training, and the memory grid.
 */
import { runColour, runTextColour } from './charts/kh-colors';
import { recordAt } from './charts/kh-error-curves';
import { useDamStore } from '../../../store';
import type { LabRun } from '../app/slice';
import { LabMemoryGrid } from './LabMemoryGrid';
import { useSnapshots } from './context';

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

const STATUS: Record<LabRun['status'], string> = {
  loading: 'loading…',
  ready: 'trained',
  queued: 'waiting for the worker',
  training: 'training',
  paused: 'paused',
  done: 'done',
  cancelled: 'cancelled',
  error: 'failed',
};

export function LabRunCard({
  run,
  index,
  showLabels,
}: {
  run: LabRun;
  index: number;
  showLabels: boolean;
}) {
  // Re-render when the snapshots change: the epoch shown may move while training.
  const snaps = useSnapshots();
  const scrub = useDamStore((s) => s.lab.scrub);
  const colour = runColour(index);
  const shown = run.config ? snaps.shownMemories(run.key, scrub) : null;
  const record = shown ? recordAt(run.history, shown.epoch) : null;
  const training = run.status === 'training' || run.status === 'paused';
  const status =
    run.status === 'error'
      ? STATUS.error
      : run.source === 'live'
        ? `Epoch ${run.epoch} of ${run.target} · ${STATUS[run.status]}`
        : run.status === 'ready'
          ? `shipped, ${run.epoch} epochs`
          : STATUS[run.status];
  const fraction = training ? run.fraction : run.epoch >= run.target ? 1 : 0;

  return (
    <article
      className="lab-run"
      style={{ borderTopColor: colour }}
      aria-labelledby={`lab-run-${run.key}`}
      data-status={run.status}
      data-epoch={run.epoch}
    >
      <header className="lab-run-head">
        <h3 id={`lab-run-${run.key}`} style={{ color: runTextColour(index) }}>
          {run.name}
        </h3>
        <span className="lab-run-status" title={run.origin || undefined}>
          {status}
        </span>
      </header>
      {run.status === 'error' && (
        <p className="error" role="alert">
          {run.error}
        </p>
      )}
      {run.status === 'loading' && <p className="note">Loading the trained run…</p>}
      {run.config && (
        <>
          {run.source === 'live' && (
            <div className="lab-progress-row">
              <div
                className="lab-progress"
                role="progressbar"
                aria-label={`${run.name}: progress of epoch ${Math.min(run.epoch + 1, run.target)}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(100 * fraction)}
              >
                <div style={{ width: `${100 * fraction}%`, background: colour }} />
              </div>
              <span className="muted">{Math.round(100 * fraction)}%</span>
            </div>
          )}
          <LabMemoryGrid
            runKey={run.key}
            name={run.name}
            config={run.config}
            showLabels={showLabels}
          />
          <p className="lab-run-caption">
            {shown
              ? shown.fraction > 0
                ? `Live memories during epoch ${shown.epoch + 1}`
                : `Memories after epoch ${shown.epoch}`
              : run.status === 'loading'
                ? 'Loading…'
                : run.status === 'queued' || run.status === 'training'
                  ? 'Waiting for the first memories…'
                  : 'No memories yet'}
            {shown && run.config ? ` · T = ${Math.round(shown.T)}` : ''}
            {record
              ? ` · test error ${pct(record.testError)}, train ${pct(record.trainError)}`
              : ''}
          </p>
        </>
      )}
    </article>
  );
}
