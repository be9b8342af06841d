/** The correlation m_μ(t) of the state with every memory at every step, memories in graph order. */
import { useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { graphOrder } from '../../../core/cdam/graph';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { renderHeatmap, type HeatmapData } from './charts/heatmap';
import { useCdam } from './context';
import { useRun } from './use-run';

export function HeatmapPanel() {
  const rt = useCdam();
  const run = useRun();
  const graph = useDamStore((s) => s.cdam.graph);
  const start = useDamStore((s) => s.cdam.cue.start);
  const labels = useCacheSelect(rt.results, (r) => r.memories?.value.labels);
  const order = useMemo(() => graphOrder(graph, start), [graph, start]);
  const data = useMemo<HeatmapData>(
    () =>
      run && run.P === graph.P
        ? { P: run.P, T: run.T, m: run.m, order, labels, now: run.T - 1 }
        : { P: 0, T: 0, m: [] },
    [run, order, labels, graph.P],
  );
  return (
    <section className="panel cdam-heatmap-panel" aria-labelledby="cdam-heatmap-heading">
      <h2 id="cdam-heatmap-heading">
        Correlation with every memory <Term id="cdam-correlation" />
      </h2>
      <SvgChart render={renderHeatmap} data={data} className="cdam-chart cdam-heatmap" />
      <p className="note">
        One row per memory, in graph order from the cue; one column per step. Red: the state looks
        like that memory; white: no relation; blue: its opposite.
      </p>
    </section>
  );
}
