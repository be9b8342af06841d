/**
 * The memory graph to edit, each node coloured by the state's correlation with its memory now;
 * the selected node is also the run's start memory when chosen with “Start here”.
 */
import { useMemo } from 'react';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { useCdam } from './context';
import { GraphEditor } from './GraphEditor';
import { memoryThumbs } from './thumbs';
import { useRun } from './use-run';

export function GraphPanel() {
  const rt = useCdam();
  const run = useRun();
  const s = useDamStore((x) => x.cdam);
  const selected = useDamStore((x) => x.cdamSelected);
  const memories = useCacheSelect(rt.results, (r) => r.memories?.value ?? null);
  const thumbs = useMemo(() => memoryThumbs(memories), [memories]);
  const labels = useMemo(
    () => memories?.labels ?? Array.from({ length: s.graph.P }, (_, k) => `memory ${k}`),
    [memories, s.graph.P],
  );
  const values = run && run.P === s.graph.P ? run.last : undefined;
  return (
    <section className="panel cdam-graph-panel" aria-labelledby="cdam-graph-heading">
      <h2 id="cdam-graph-heading">
        The memory graph <Term id="cdam-graph" />
      </h2>
      <GraphEditor
        graph={s.graph}
        labels={labels}
        thumbs={thumbs}
        values={values}
        selected={selected}
        onSelect={(i) => useDamStore.getState().setCdamSelected(i)}
        onToggleEdge={(i, j) => rt.toggleEdge(i, j)}
        onDirected={(d) => rt.setDirected(d)}
      />
      {selected !== null && selected < s.graph.P && (
        <div className="button-row">
          <button
            type="button"
            className="cdam-start-here"
            disabled={selected === s.cue.start}
            onClick={() => rt.edit({ cue: { ...s.cue, start: selected } })}
          >
            Start the run at {labels[selected]}
          </button>
        </div>
      )}
    </section>
  );
}
