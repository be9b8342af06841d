/**
 * Overlaps with the top memories at the shown frame (bars, winner highlighted), the same memories
 * over time (lines), and for softmax the weights over memories with their effective number.
 */
import { thinIndices } from '../charts/energy-scale';
import { renderOverlapLines, type OverlapLines } from '../charts/overlap-lines';
import { renderValueBars, type BarRow, type ValueBars } from '../../../../charts/value-bars';
import type { LiveLane } from '../../app/live';
import { current } from '../../app/history';
import { effectiveCount, memoryName } from '../../app/verdict';
import { useChart } from '../../../../components/charts/useChart';
import { useLive } from './useLive';

/** Indices of the `k` largest values of |v| (or v), largest first. */
function topK(v: ArrayLike<number>, k: number, abs: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const val = abs ? Math.abs(v[i]) : v[i];
    let j = out.length;
    while (j > 0 && (abs ? Math.abs(v[out[j - 1]]) : v[out[j - 1]]) < val) j--;
    if (j < k) {
      out.splice(j, 0, i);
      if (out.length > k) out.pop();
    }
  }
  return out;
}

const name = (l: LiveLane, mu: number) => memoryName(mu, l.labels);

export function OverlapBars({
  lane,
  width,
  rows = 6,
}: {
  lane: number;
  width: number;
  rows?: number;
}) {
  const { box, chart } = useChart<ValueBars>(
    (el) =>
      renderValueBars(el, { width, rows, domain: [-1, 1], title: 'Overlap with the top memories' }),
    [width, rows],
  );
  useLive((live) => {
    const l = live.lanes[lane];
    if (!chart.current) return;
    if (!l) return chart.current.update([]);
    const f = current(l.history);
    const top = topK(f.overlaps, rows, true);
    const data: BarRow[] = top.map((mu, i) => ({
      label: name(l, mu),
      value: f.overlaps[mu],
      winner: i === 0,
    }));
    chart.current.update(data, `overlap m_μ, top ${top.length} of ${f.overlaps.length}`);
  });
  return <div ref={box} className="chart-box" />;
}

export function OverlapLinesChart({
  lane,
  width,
  height,
}: {
  lane: number;
  width: number;
  height: number;
}) {
  const { box, chart } = useChart<OverlapLines>(
    (el) => renderOverlapLines(el, { width, height }),
    [width, height],
  );
  useLive((live) => {
    const l = live.lanes[lane];
    if (!chart.current) return;
    if (!l) return chart.current.update([], null);
    const { frames, cursor } = l.history;
    const f = frames[cursor];
    const top = topK(f.overlaps, 4, true);
    const idx = thinIndices(cursor + 1, 300);
    chart.current.update(
      top.map((mu) => ({
        label: name(l, mu),
        points: idx.map((i) => ({ t: frames[i].t, m: frames[i].overlaps[mu] ?? 0 })),
      })),
      f.t,
    );
  });
  return <div ref={box} className="chart-box" />;
}

export function WeightBars({
  lane,
  width,
  rows = 6,
}: {
  lane: number;
  width: number;
  rows?: number;
}) {
  const { box, chart } = useChart<ValueBars>(
    (el) =>
      renderValueBars(el, { width, rows, domain: [0, 1], title: 'Softmax weights over memories' }),
    [width, rows],
  );
  useLive((live) => {
    const l = live.lanes[lane];
    if (!chart.current) return;
    const w = l ? current(l.history).weights : null;
    if (!l || !w) return chart.current.update([], 'weights: softmax only');
    const top = topK(w, rows, false);
    chart.current.update(
      top.map((mu, i) => ({ label: name(l, mu), value: w[mu], winner: i === 0 })),
      `effective number of memories exp(H) = ${effectiveCount(w).toFixed(2)}`,
    );
  });
  return <div ref={box} className="chart-box" />;
}
