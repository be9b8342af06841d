/**
 * Run the set-up in the worker (with cancel and its stages as progress), then play its frames
 * back: play / pause, one frame back or on, back to the start, the speed, and a scrubber.
 */
import { Slider } from '../../../../components/controls/Slider';
import { useDamStore } from '../../../../store';
import { useBodies } from '../context';
import { useFrame, useShown } from './use-hidden';

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function RunPanel() {
  const rt = useBodies();
  const job = useDamStore((s) => s.bodiesHiddenJob);
  const playing = useDamStore((s) => s.bodiesHiddenPlaying);
  const speed = useDamStore((s) => s.bodiesHiddenSpeed);
  const shown = useShown();
  const frame = useFrame(shown);
  const running = job.status === 'running';
  const frames = shown?.run.frames.length ?? 0;
  const at = shown?.run.frames[frame];
  let line: string | null = null;
  if (running) line = job.total > 0 ? `Working: stage ${job.done} of ${job.total}` : 'Starting…';
  else if (job.status === 'done' && shown)
    line = `Done: ${shown.setup.steps} steps of both dynamics in ${secs(shown.ms)} (worker).`;
  else if (job.status === 'cancelled') line = 'Cancelled: the run shown is the last complete one.';
  return (
    <section className="panel bodies-run" aria-labelledby="bodies-run-heading">
      <h2 id="bodies-run-heading">Run</h2>
      <div
        className="bodies-job"
        data-status={job.status}
        data-frame={frame}
        data-frames={frames}
        data-playing={playing}
      >
        <div className="button-row">
          {running ? (
            <button type="button" onClick={() => rt.hidden.cancel()}>
              Cancel
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void rt.hidden.run()}>
              Run
            </button>
          )}
        </div>
        {line && (
          <p className="note" role="status">
            {line}
          </p>
        )}
        {job.status === 'error' && <p className="error">It stopped: {job.error}</p>}
      </div>
      {frames > 0 && (
        <>
          <div className="button-row bodies-player">
            <button type="button" onClick={() => rt.hidden.reset()} aria-label="Back to the start">
              Start
            </button>
            <button type="button" onClick={() => rt.hidden.step(-1)} aria-label="One frame back">
              ◀
            </button>
            {playing ? (
              <button type="button" onClick={() => rt.hidden.pause()}>
                Pause
              </button>
            ) : (
              <button type="button" onClick={() => rt.hidden.play()}>
                Play
              </button>
            )}
            <button type="button" onClick={() => rt.hidden.step(1)} aria-label="One frame on">
              ▶
            </button>
          </div>
          <Slider
            label="Frame"
            min={0}
            max={frames - 1}
            step={1}
            value={frame}
            display={() => `${frame + 1}/${frames}, t = ${Number((at?.t ?? 0).toPrecision(3))}`}
            onChange={(k) => {
              rt.hidden.pause();
              useDamStore.getState().setBodiesHiddenFrame(k);
            }}
          />
          <Slider
            label="Speed"
            min={2}
            max={60}
            step={1}
            value={speed}
            display={(v) => `${v} frames/s`}
            onChange={(v) => useDamStore.getState().setBodiesHiddenSpeed(v)}
          />
        </>
      )}
    </section>
  );
}
