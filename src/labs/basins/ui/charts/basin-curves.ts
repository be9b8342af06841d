/**
 * Basin-size curves: P(retrieve memory k) against the fraction of flipped bits, one line per model
 * with its 95% confidence band, a dashed rule at 50% (where the basin radius is read) and a tick
 * at each model's radius. Framework-free d3 SVG; the caller owns the container.
 */
import { axisBottom, axisLeft, format, scaleLinear, select } from 'd3';
import type { CurveSet } from '../../app/basin-math';
import { drawBandCurve } from '../../../../charts/band-curve';
import { SERIES } from '../../../../charts/palette';

export interface BasinCurvesData {
  sets: readonly CurveSet[];
  /** Which memory's curves to draw. */
  memory: number;
}

export interface BasinCurvesChart {
  update(data: BasinCurvesData): void;
  destroy(): void;
}

const MARGIN = { top: 12, right: 14, bottom: 40, left: 48 };

export const curveColour = (i: number): string => SERIES[i % SERIES.length];

export function renderBasinCurves(
  el: HTMLElement,
  opts: { width: number; height: number },
): BasinCurvesChart {
  const { width, height } = opts;
  const svg = select(el)
    .append('svg')
    .attr('class', 'basin-curves')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', 'Basin-size curves: none computed yet');
  const x = scaleLinear()
    .domain([0, 0.5])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - MARGIN.bottom, MARGIN.top]);
  svg
    .append('g')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(axisBottom(x).ticks(5).tickFormat(format('.0%')));
  svg
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(axisLeft(y).ticks(5).tickFormat(format('.0%')));
  svg
    .append('text')
    .attr('x', (MARGIN.left + width - MARGIN.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-label')
    .text('fraction of bits flipped');
  svg
    .append('text')
    .attr('transform', `translate(12,${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-label')
    .text('P(retrieve)');
  svg
    .append('line')
    .attr('x1', x(0))
    .attr('x2', x(0.5))
    .attr('y1', y(0.5))
    .attr('y2', y(0.5))
    .attr('stroke', '#666')
    .attr('stroke-dasharray', '4 3');
  const plot = svg.append('g');

  return {
    update({ sets, memory }) {
      const rows = sets
        .map((set, i) => ({ set, i, c: set.curves.find((c) => c.memory === memory) }))
        .filter((r) => r.c);
      plot.selectAll('*').remove();
      for (const { set, i, c } of rows) {
        const colour = curveColour(i);
        const pts = set.flips.map((f, j) => ({ f, p: c!.p[j], lo: c!.lo[j], hi: c!.hi[j] }));
        const px = pts.map((d) => ({ x: x(d.f), y: y(d.p), lo: y(d.lo), hi: y(d.hi) }));
        drawBandCurve(plot, px, colour, 0.22);
        plot
          .selectAll(null)
          .data(pts)
          .join('circle')
          .attr('cx', (d) => x(d.f))
          .attr('cy', (d) => y(d.p))
          .attr('r', 2.5)
          .attr('fill', colour);
        if (c!.radius !== null) {
          plot
            .append('line')
            .attr('x1', x(c!.radius))
            .attr('x2', x(c!.radius))
            .attr('y1', y(0.5) - 7)
            .attr('y2', y(0.5) + 7)
            .attr('stroke', colour)
            .attr('stroke-width', 3);
        }
      }
      svg.attr(
        'aria-label',
        rows.length
          ? `Basin-size curves of memory ${memory} for ${rows.map((r) => r.set.model).join(', ')}`
          : 'Basin-size curves: none computed yet',
      );
    },
    destroy() {
      svg.remove();
    },
  };
}
