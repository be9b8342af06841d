/** The retrieval itself: cue → animated state → stored digit, the energy trace and the verdict. */
import { useMemo } from 'react';
import { showFrame } from '../../app/run-controller';
import { useDamStore } from '../../store';
import { EnergyChart } from '../charts/EnergyChart';
import { PatternImage } from '../charts/PatternImage';
import { useCuePreview } from './useCuePreview';
import { VerdictText } from './VerdictText';

const IMAGE = 160;

export function StagePanel() {
  const run = useDamStore((s) => s.run);
  const preview = useCuePreview();
  const result = run.result;
  const frame = result ? result.frames[Math.min(run.frame, result.frames.length - 1)] : null;
  const points = useMemo(
    () => (result ? result.frames.map((f) => ({ t: f.t, energy: f.energy })) : []),
    [result],
  );
  const cue = result ? result.frames[0].state : (preview?.cue ?? null);

  return (
    <section className="panel stage" aria-labelledby="stage-heading">
      <h2 id="stage-heading">Retrieval</h2>
      <div className="stage-row">
        <figure>
          <PatternImage state={cue} size={IMAGE} label="Corrupted cue" />
          <figcaption>Cue</figcaption>
        </figure>
        <span className="arrow" aria-hidden="true">
          →
        </span>
        <figure>
          <PatternImage
            state={frame?.state ?? cue}
            size={IMAGE}
            label={frame ? `State at step ${frame.t.toFixed(2)}` : 'State (not run yet)'}
          />
          <figcaption>State{frame ? ` · t = ${frame.t.toFixed(2)}` : ''}</figcaption>
        </figure>
        <span className="arrow" aria-hidden="true">
          ≟
        </span>
        <figure>
          <PatternImage
            state={preview?.target ?? null}
            size={IMAGE}
            label="Stored digit the cue came from"
          />
          <figcaption>Stored digit</figcaption>
        </figure>
      </div>
      <div className="stage-row lower">
        <div className="energy">
          <h3>Energy E(ξ)</h3>
          <EnergyChart
            points={points}
            current={result ? Math.min(run.frame, points.length - 1) : null}
            width={470}
            height={190}
          />
          {result && (
            <input
              type="range"
              className="scrub"
              aria-label="Show frame"
              min={0}
              max={result.frames.length - 1}
              value={run.frame}
              onChange={(e) => showFrame(Number(e.currentTarget.value))}
            />
          )}
        </div>
        <div className="outcome" aria-live="polite">
          {run.status === 'error' && (
            <p role="alert" className="error">
              {run.error}
            </p>
          )}
          {run.status === 'idle' && <p className="muted">Press “Run retrieval”.</p>}
          {run.status === 'running' && (
            <p className="verdict pending">{result ? 'Descending the energy…' : 'Computing…'}</p>
          )}
          {result && run.status === 'done' && <VerdictText result={result} />}
          {result && (
            <dl className="stats">
              <dt>Steps</dt>
              <dd>{result.steps}</dd>
              <dt>Converged</dt>
              <dd>{result.converged ? 'yes' : 'no (step limit)'}</dd>
              <dt>Energy</dt>
              <dd>
                {fmt(result.initialEnergy)} →{' '}
                {fmt(result.energies[result.energies.length - 1] ?? result.initialEnergy)}
              </dd>
              <dt>Compute</dt>
              <dd>{result.elapsedMs.toFixed(0)} ms</dd>
            </dl>
          )}
        </div>
      </div>
    </section>
  );
}

function fmt(e: number): string {
  return Math.abs(e) >= 1e5 ? e.toExponential(3) : e.toFixed(2);
}
