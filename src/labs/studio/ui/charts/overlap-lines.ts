/**
 * Overlaps of a few memories over time, one coloured line each (Okabe–Ito), with a legend and a
 * rule at the shown frame. Framework-free d3.
 */
import { axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { createTimeFrame } from './time-frame';
import { SERIES } from '../../../../charts/palette';

export interface OverlapSeries {
  label: string;
  /** (t, overlap) points in time order. */
  points: { t: number; m: number }[];
}

export interface OverlapLines {
  update(series: OverlapSeries[], nowT: number | null): void;
  destroy(): void;
}

const MARGIN = { top: 8, right: 112, bottom: 30, left: 36 };

export function renderOverlapLines(
  el: HTMLElement,
  opts: { width: number; height: number },
): OverlapLines {
  const { width, height } = opts;
  const { svg, x, xAxis } = createTimeFrame(el, {
    width,
    height,
    margin: MARGIN,
    className: 'overlap-lines',
  });
  const y = scaleLinear()
    .domain([-1, 1])
    .range([height - MARGIN.bottom, MARGIN.top]);
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(4));
  const now = svg.append('line').attr('stroke', '#98a2b3').attr('stroke-dasharray', '3 3');
  const paths = svg.append('g');
  const legend = svg
    .append('g')
    .attr('transform', `translate(${width - MARGIN.right + 8},${MARGIN.top + 6})`);

  return {
    update(series, nowT) {
      let tMax = 1;
      for (const s of series)
        if (s.points.length) tMax = Math.max(tMax, s.points[s.points.length - 1].t);
      x.domain([0, tMax]);
      xAxis.call(axisBottom(x).ticks(Math.min(5, Math.ceil(tMax) + 1)));
      const draw = line<{ t: number; m: number }>()
        .x((p) => x(p.t))
        .y((p) => y(p.m));
      paths
        .selectAll('path')
        .data(series)
        .join('path')
        .attr('fill', 'none')
        .attr('stroke-width', (_, i) => (i === 0 ? 2.5 : 1.5))
        .attr('stroke', (_, i) => SERIES[i % SERIES.length])
        .attr('d', (s) => draw(s.points) ?? '');
      const items = legend
        .selectAll<SVGGElement, OverlapSeries>('g')
        .data(series)
        .join((enter) => {
          const g = enter.append('g');
          g.append('rect').attr('width', 10).attr('height', 10).attr('y', -9);
          g.append('text').attr('x', 14);
          return g;
        })
        .attr('transform', (_, i) => `translate(0,${i * 16})`);
      items.select('rect').attr('fill', (_, i) => SERIES[i % SERIES.length]);
      items.select('text').text((s) => s.label);
      now
        .attr('display', nowT === null ? 'none' : null)
        .attr('x1', x(nowT ?? 0))
        .attr('x2', x(nowT ?? 0))
        .attr('y1', MARGIN.top)
        .attr('y2', height - MARGIN.bottom);
      svg.attr(
        'aria-label',
        `Overlap over time with ${series.map((s) => s.label).join(', ') || 'no memories'}`,
      );
    },
    destroy() {
      svg.remove();
    },
  };
}
