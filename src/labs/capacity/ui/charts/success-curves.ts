/**
 * P(success) against K (log axis; or α = K/N): per point the fraction of trials in which the
 * criterion held, its 95% Wilson band, a dashed rule at ½ and a tick where the curve crosses it
 * (k50). Framework-free d3 SVG.
 */
import { axisBottom, axisLeft, format, scaleLinear, scaleLog } from 'd3';
import type { CurveSeries } from '../../app/views';
import { drawBandCurve } from '../../../../charts/band-curve';
import { seriesColour } from './colours';
import {
  attachHover,
  axisTitles,
  createFrame,
  drawLegend,
  num,
  pct,
  type HoverMark,
  type LegendRow,
} from '../../../../charts/frame';

export interface CurvesData {
  curves: readonly CurveSeries[];
  /** x as α = K/N instead of K. */
  alpha: boolean;
  caption: string;
}

export interface CurvesChart {
  update(data: CurvesData): void;
  destroy(): void;
}

const EMPTY = 'P(success) against K: no points measured yet';

export function renderSuccessCurves(
  el: HTMLElement,
  opts: { width: number; height: number },
): CurvesChart {
  const f = createFrame(el, { ...opts, className: 'success-curves', empty: EMPTY });
  let marks: HoverMark[] = [];
  const stopHover = attachHover(el, f, () => marks);

  return {
    update({ curves, alpha, caption }) {
      f.axes.selectAll('*').remove();
      f.plot.selectAll('*').remove();
      const ax = (c: CurveSeries, K: number) => (alpha ? K / c.line.spec.data.N : K);
      const xs = curves.flatMap((c) => c.curve.map((p) => ax(c, p.K))).filter((v) => v > 0);
      const lo = xs.length ? Math.min(...xs) : 1;
      const hi = xs.length ? Math.max(...xs) : 100;
      const x = scaleLog()
        .domain(hi / lo < 4 ? [lo / 2, hi * 2] : [lo / 1.1, hi * 1.1])
        .range([f.x0, f.x1]);
      const y = scaleLinear().domain([0, 1]).range([f.y0, f.y1]);
      f.axes
        .append('g')
        .attr('transform', `translate(0,${f.y0})`)
        .call(axisBottom(x).ticks(6, alpha ? '~g' : '~s'));
      f.axes
        .append('g')
        .attr('transform', `translate(${f.x0},0)`)
        .call(axisLeft(y).ticks(5).tickFormat(format('.0%')));
      axisTitles(f, alpha ? 'load α = K/N (log)' : 'stored patterns K (log)', 'P(success)');
      f.plot
        .append('line')
        .attr('class', 'half-rule')
        .attr('x1', f.x0)
        .attr('x2', f.x1)
        .attr('y1', y(0.5))
        .attr('y2', y(0.5))
        .attr('stroke', '#666')
        .attr('stroke-dasharray', '4 3');
      marks = [];
      const rows: LegendRow[] = [];
      curves.forEach((c, i) => {
        const colour = seriesColour(i);
        const pts = c.curve.filter((p) => p.K > 0);
        const g = f.plot.append('g').attr('class', 'series').attr('data-series', c.name);
        const px = pts.map((p) => ({
          x: x(ax(c, p.K)),
          y: y(p.pSuccess),
          lo: y(p.lo),
          hi: y(p.hi),
        }));
        drawBandCurve(g, px, colour, 0.2);
        if (c.k50 !== null) {
          g.append('line')
            .attr('class', 'k50')
            .attr('x1', x(ax(c, c.k50)))
            .attr('x2', x(ax(c, c.k50)))
            .attr('y1', y(0.5) - 8)
            .attr('y2', y(0.5) + 8)
            .attr('stroke', colour)
            .attr('stroke-width', 3);
        }
        for (const p of pts) {
          marks.push({
            x: x(ax(c, p.K)),
            y: y(p.pSuccess),
            lines: [
              `${c.name}: K = ${p.K}${alpha ? ` (α = ${num(p.K / c.line.spec.data.N)})` : ''}`,
              `P(success) ${pct(p.pSuccess)}, 95% band ${pct(p.lo)}–${pct(p.hi)}`,
              `${p.trials} trials at this K`,
            ],
          });
        }
        rows.push({
          colour,
          mark: 'band',
          text:
            c.k50 === null
              ? `${c.name}: never below ½ up to K = ${num(pts[pts.length - 1]?.K ?? 0)}`
              : `${c.name}: ½ at K ≈ ${num(c.k50)}${alpha ? ` (α ≈ ${num(c.k50 / c.line.spec.data.N)})` : ''}`,
        });
      });
      f.finish(drawLegend(f, rows), curves.length ? caption : EMPTY);
    },
    destroy() {
      stopHover();
      f.destroy();
    },
  };
}
