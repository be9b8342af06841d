/**
 * The state now: as an image when the memories are images (else as a strip of its first values),
 * the memory it correlates with most, and the mode read from its correlations with the rule that
 * reads it (core/cdam/modes.ts).
 */
import { useMemo } from 'react';
import { PatternImage } from '../../../components/charts/PatternImage';
import { graphDistances } from '../../../core/cdam/graph';
import { MODE_NAMES, MODE_RULE, readMode } from '../../../core/cdam/modes';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { useCdam } from './context';
import { useRun } from './use-run';

/** min–max scaled to [−1, 1] for the pattern image (which shows −1 white, +1 black). */
function shown(x: Float64Array): Float32Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const span = hi - lo || 1;
  return Float32Array.from(x, (v) => (2 * (v - lo)) / span - 1);
}

export function StatePanel() {
  const rt = useCdam();
  const run = useRun();
  const graph = useDamStore((s) => s.cdam.graph);
  const memories = useCacheSelect(rt.results, (r) => r.memories?.value ?? null);
  const D = useMemo(() => graphDistances(graph), [graph]);
  const reading = run && run.P === graph.P ? readMode(run.last, D) : null;
  const side = memories?.side ?? null;
  const label = (k: number) => memories?.labels[k] ?? `memory ${k}`;
  const image = useMemo(
    () => (run && side && run.x.length === side * side ? shown(run.x) : null),
    [run, side],
  );
  return (
    <section className="panel cdam-state" aria-labelledby="cdam-state-heading">
      <h2 id="cdam-state-heading">The state</h2>
      <div className="cdam-state-row">
        {side ? (
          <PatternImage state={image} size={112} side={side} label="the state now" />
        ) : (
          <p className="note">Random patterns have no picture: the heat map shows the state.</p>
        )}
        <div className="cdam-mode" data-mode={reading?.mode ?? ''} aria-live="polite">
          {reading ? (
            <>
              <p className="cdam-mode-name">
                Mode: <strong>{MODE_NAMES[reading.mode]}</strong> <Term id="cdam-modes" />
              </p>
              <p className="note">
                Most like {label(reading.peak)} (m = {run!.last[reading.peak].toFixed(2)})
                {reading.active.length > 1 && `; ${reading.active.length} memories active`}
                {reading.active.length > 1 &&
                  reading.reach > 0 &&
                  `, up to ${reading.reach} hops away`}
                .
              </p>
            </>
          ) : (
            <p className="note">No run yet.</p>
          )}
        </div>
      </div>
      <details className="cdam-rule">
        <summary>How the mode is read</summary>
        <p className="note">{MODE_RULE}</p>
      </details>
    </section>
  );
}
