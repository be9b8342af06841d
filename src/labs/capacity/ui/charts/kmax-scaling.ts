/**
 * K_max against N on log–log axes: per series the median with its interquartile bar (hollow:
 * some trials only reached a lower bound), the least-squares line through the medians with its
 * slope, and the theory lines (dashed, grey), each labelled with its source in the legend.
 * Framework-free d3 SVG; the caller owns the container.
 */
import { axisBottom, axisLeft, line, scaleLog } from 'd3';
import type { TheoryLine } from '../../../../core/capacity/theory';
import type { PlotSeries } from '../../app/views';
import { seriesColour, theoryDash } from './colours';
import { drawFit, drawMedian, logDomain } from './median-marks';
import {
  attachHover,
  axisTitles,
  createFrame,
  drawLegend,
  num,
  type HoverMark,
  type LegendRow,
} from '../../../../charts/frame';

export interface ScalingData {
  series: readonly PlotSeries[];
  theory: readonly TheoryLine[];
  /** The text alternative (app/captions.ts). */
  caption: string;
}

export interface ScalingChart {
  update(data: ScalingData): void;
  destroy(): void;
}

const EMPTY = 'K_max against N: no points measured yet';

export function renderKmaxScaling(
  el: HTMLElement,
  opts: { width: number; height: number },
): ScalingChart {
  const f = createFrame(el, { ...opts, className: 'kmax-scaling', empty: EMPTY });
  let marks: HoverMark[] = [];
  const stopHover = attachHover(el, f, () => marks);

  return {
    update({ series, theory, caption }) {
      f.axes.selectAll('*').remove();
      f.plot.selectAll('*').remove();
      const pts = series.flatMap((s) => s.points);
      const x = scaleLog()
        .domain(logDomain(pts.length ? pts.map((p) => p.x) : [32, 128], 1.15))
        .range([f.x0, f.x1]);
      const y = scaleLog()
        .domain(
          logDomain(
            pts.flatMap((p) => [p.q1, p.q3, p.median]),
            1.6,
          ),
        )
        .range([f.y0, f.y1]);
      f.axes
        .append('g')
        .attr('transform', `translate(0,${f.y0})`)
        .call(axisBottom(x).ticks(5, '~s'));
      f.axes.append('g').attr('transform', `translate(${f.x0},0)`).call(axisLeft(y).ticks(5, '~s'));
      axisTitles(f, 'pattern length N (log)', 'K_max (log)');
      const [nLo, nHi] = x.domain();
      const grid = Array.from({ length: 41 }, (_, i) => nLo * (nHi / nLo) ** (i / 40));
      theory.forEach((t, i) => {
        const pts2 = grid
          .map((N) => ({ N, v: t.value(N) }))
          .filter((p) => p.v > 0 && Number.isFinite(p.v));
        f.plot
          .append('path')
          .attr('class', 'theory-line')
          .attr('data-theory', t.id)
          .attr('fill', 'none')
          .attr('stroke', '#555')
          .attr('stroke-width', 1.5)
          .attr('stroke-dasharray', theoryDash(i))
          .attr(
            'd',
            line<{ N: number; v: number }>()
              .x((p) => x(p.N))
              .y((p) => y(p.v))(pts2),
          );
      });
      marks = [];
      const rows: LegendRow[] = [];
      series.forEach((s, i) => {
        const colour = seriesColour(i);
        const g = f.plot.append('g').attr('class', 'series').attr('data-series', s.name);
        const fit = s.fit;
        if (fit) {
          const ends: [number, number] = [s.points[0].x, s.points[s.points.length - 1].x];
          const atN = (N: number) => Math.exp(fit.intercept) * N ** fit.slope;
          drawFit(g, ends, x, y, atN, { colour, dash: null, opacity: 0.7 });
        }
        for (const p of s.points) {
          if (p.median <= 0) continue;
          marks.push({
            ...drawMedian(g, p, x(p.x), y, colour),
            lines: [
              `${s.name}, N = ${p.x}`,
              `K_max median ${num(p.median)} (IQR ${num(p.q1)}–${num(p.q3)})`,
              `${p.line.spec.trials} trials${p.censored ? `, ${p.censored} lower bounds` : ''}`,
              ...theory.map((t) => `${t.label}: ${num(t.value(p.x))}`),
            ],
          });
        }
        rows.push({
          colour,
          mark: 'dot',
          text: s.fit
            ? `${s.name}: slope ${s.fit.slope.toFixed(2)} (${s.fit.r2 === null ? 'flat' : `r² ${s.fit.r2.toFixed(2)}`})`
            : s.name,
        });
      });
      theory.forEach((t, i) =>
        rows.push({
          colour: '#555',
          mark: 'dash',
          dash: theoryDash(i),
          text: `${t.label} — ${t.source}`,
        }),
      );
      f.finish(drawLegend(f, rows), pts.length ? caption : EMPTY);
    },
    destroy() {
      stopHover();
      f.destroy();
    },
  };
}
