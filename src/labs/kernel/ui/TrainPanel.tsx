/**
 * Train U-Hop+ and follow it: the job bar (Train, or Cancel while it runs, with the progress),
 * Pause / Resume beside it while it runs, and the epoch scrubber over the finished training's
 * recorded iterations (the sphere and the curves follow it).
 */
import { JobBar } from '../../../components/panels/JobBar';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { trainProblem } from '../app/setup';
import { useKernel } from './context';

export function TrainPanel() {
  const rt = useKernel();
  const job = useDamStore((s) => s.kernelJobs.train);
  const paused = useDamStore((s) => s.kernelPaused);
  const scrub = useDamStore((s) => s.kernelScrub);
  const setup = useDamStore((s) => s.kernel);
  const train = useCacheSelect(rt.results, (r) => r.train);
  const last = train ? train.history.length - 1 : 0;
  const at = scrub ?? last;
  const running = job.status === 'running';
  return (
    <section className="panel kernel-train" aria-labelledby="kernel-train-heading">
      <h2 id="kernel-train-heading">Train</h2>
      <JobBar
        job="train"
        state={job}
        label="Train U-Hop+"
        unit="iterations"
        start={() => void rt.train()}
        cancel={() => rt.cancel('train')}
        problem={trainProblem(setup)}
        doneLine={
          train
            ? `Trained ${train.history.length - 1} iterations in ${(train.ms / 1000).toFixed(1)} s on ${train.backend}`
            : 'Trained'
        }
        prefix="kernel"
      />
      {running && (
        <div className="button-row">
          {paused ? (
            <button type="button" className="kernel-resume" onClick={() => void rt.resume()}>
              Resume
            </button>
          ) : (
            <button type="button" className="kernel-pause" onClick={() => void rt.pause()}>
              Pause
            </button>
          )}
          {paused && <span className="note">Paused after the current iteration.</span>}
        </div>
      )}
      {train && !running && (
        <div className="control kernel-scrubber">
          <span className="control-label">
            <label htmlFor="kernel-scrub">Iteration shown</label>
            <Term id="kernel-scrubber" />
          </span>
          <input
            id="kernel-scrub"
            type="range"
            min={0}
            max={last}
            step={1}
            value={at}
            aria-valuetext={`iteration ${train.history[at]?.iteration ?? at} of ${last}`}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              useDamStore.getState().setKernelScrub(v === last ? null : v);
            }}
          />
          <output htmlFor="kernel-scrub" className="control-value">
            {train.history[at]?.iteration ?? at}
          </output>
        </div>
      )}
    </section>
  );
}
