/**
 * log K_max against the minimum pairwise Hamming distance d_H (the Bielmeier–Friedland figure):
 * per series (power n, feature correlation ρ) the median with its interquartile bar and the
 * least-squares line of ln K_max on d_H with its slope. Framework-free d3 SVG.
 */
import { axisBottom, axisLeft, scaleLinear, scaleLog } from 'd3';
import type { PlotSeries } from '../../app/views';
import { seriesColour } from './colours';
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

export interface SeparationData {
  series: readonly PlotSeries[];
  caption: string;
}

export interface SeparationChart {
  update(data: SeparationData): void;
  destroy(): void;
}

const EMPTY = 'log K_max against d_H: no points measured yet';

export function renderKmaxSeparation(
  el: HTMLElement,
  opts: { width: number; height: number },
): SeparationChart {
  const f = createFrame(el, { ...opts, className: 'kmax-separation', empty: EMPTY });
  let marks: HoverMark[] = [];
  const stopHover = attachHover(el, f, () => marks);

  return {
    update({ series, caption }) {
      f.axes.selectAll('*').remove();
      f.plot.selectAll('*').remove();
      const pts = series.flatMap((s) => s.points);
      const xs = pts.map((p) => p.x);
      const xMin = xs.length ? Math.min(...xs) : 0;
      const span = Math.max(4, (xs.length ? Math.max(...xs) : 0) - xMin);
      const x = scaleLinear()
        .domain([xMin - 0.05 * span, xMin + 1.05 * span])
        .range([f.x0, f.x1]);
      const ys = pts.flatMap((p) => [p.q1, p.q3, p.median]);
      const y = scaleLog()
        .domain(logDomain(ys, 1.6, { minRatio: 10, widen: 2, empty: [1, 100] }))
        .range([f.y0, f.y1]);
      f.axes.append('g').attr('transform', `translate(0,${f.y0})`).call(axisBottom(x).ticks(6));
      f.axes.append('g').attr('transform', `translate(${f.x0},0)`).call(axisLeft(y).ticks(5, '~s'));
      axisTitles(f, 'minimum pairwise Hamming distance d_H', 'K_max (log)');
      marks = [];
      const rows: LegendRow[] = [];
      series.forEach((s, i) => {
        const colour = seriesColour(i);
        const g = f.plot.append('g').attr('class', 'series').attr('data-series', s.name);
        const fit = s.fit;
        if (fit) {
          const ends: [number, number] = [s.points[0].x, s.points[s.points.length - 1].x];
          const atD = (d: number) => Math.exp(fit.intercept + fit.slope * d);
          drawFit(g, ends, x, y, atD, { colour, dash: i % 2 ? '5 3' : null, opacity: 1 });
        }
        for (const p of s.points) {
          if (p.median <= 0) continue;
          const pool = p.line.pool;
          marks.push({
            ...drawMedian(g, p, x(p.x), y, colour),
            lines: [
              `${s.name}, d_H = ${p.x}`,
              `K_max median ${num(p.median)} (IQR ${num(p.q1)}–${num(p.q3)})`,
              `mean |feature corr.| ${p.line.stats.meanAbsCorr.toFixed(3)}`,
              pool.gaveUp
                ? `generator gave up at ${Math.min(...pool.reached)} patterns`
                : `pool ${Math.min(...pool.reached)} patterns`,
            ],
          });
        }
        rows.push({
          colour,
          mark: 'dot',
          text: s.fit
            ? `${s.name}: ln K_max slope ${s.fit.slope.toFixed(3)} per bit (${s.fit.r2 === null ? 'flat' : `r² ${s.fit.r2.toFixed(2)}`})`
            : s.name,
        });
      });
      f.finish(drawLegend(f, rows), pts.length ? caption : EMPTY);
    },
    destroy() {
      stopHover();
      f.destroy();
    },
  };
}
