/**
 * Energy against time t (in steps), with the part up to the shown frame drawn strong and a marker
 * at the shown frame; model changes are marked with a dashed rule. Framework-free d3: React (or
 * anything) owns the container, this owns the SVG inside it. Values arrive already scaled
 * (energy-scale.ts) with the axis label to show.
 */
import { axisBottom, axisLeft, format, line, scaleLinear } from 'd3';
import { createTimeFrame } from './time-frame';
import { LINE, OKABE_ITO } from '../../../../charts/palette';

export interface EnergyPoint {
  t: number;
  energy: number;
  /** A model or dynamics change happened at this point. */
  mark?: boolean;
}

export interface EnergyLineOptions {
  width: number;
  height: number;
  /** Accessible name prefix, e.g. "Energy of model 2". */
  title?: string;
  colour?: string;
}

export interface EnergyLineData {
  points: EnergyPoint[];
  /** Index into points of the current frame; null hides the marker. */
  current: number | null;
  yLabel?: string;
}

export interface EnergyLine {
  update(data: EnergyLineData): void;
  destroy(): void;
}

const MARGIN = { top: 10, right: 12, bottom: 30, left: 64 };

/** Compact tick labels: plain for everyday magnitudes, exponent notation otherwise. */
function tick(v: number): string {
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e5 || a < 1e-2) ? format('.2~e')(v) : format(',.4~')(v);
}

export function renderEnergyLine(el: HTMLElement, opts: EnergyLineOptions): EnergyLine {
  const { width, height } = opts;
  const colour = opts.colour ?? LINE;
  const { svg, x, xAxis } = createTimeFrame(el, {
    width,
    height,
    margin: MARGIN,
    className: 'energy-line',
  });
  const y = scaleLinear().range([height - MARGIN.bottom, MARGIN.top]);
  const yAxis = svg.append('g').attr('transform', `translate(${MARGIN.left},0)`);
  const yTitle = svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(11,${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle');
  const marks = svg.append('g').attr('class', 'marks');
  const path = svg
    .append('path')
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-opacity', 0.3)
    .attr('stroke-width', 2);
  const done = svg
    .append('path')
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-width', 2.5);
  const dot = svg
    .append('circle')
    .attr('r', 5)
    .attr('fill', OKABE_ITO.orange)
    .attr('stroke', '#fff')
    .attr('stroke-width', 2);
  const empty = svg
    .append('text')
    .attr('class', 'empty')
    .attr('x', width / 2)
    .attr('y', height / 2)
    .attr('text-anchor', 'middle')
    .text('Press Play to see the energy fall');

  return {
    update({ points, current, yLabel }) {
      const finite = points.filter((p) => Number.isFinite(p.energy));
      empty.attr('display', finite.length > 1 ? 'none' : null);
      yTitle.text(yLabel ?? 'E');
      const shown = current === null ? null : points[current];
      svg.attr(
        'aria-label',
        `${opts.title ?? 'Energy'} (${yLabel ?? 'E'}): ` +
          (finite.length
            ? `from ${tick(finite[0].energy)} to ${tick(finite[finite.length - 1].energy)}` +
              (shown ? `, now ${tick(shown.energy)} at step ${shown.t.toFixed(2)}` : '')
            : 'empty'),
      );
      const tMax = finite.length ? Math.max(1, finite[finite.length - 1].t) : 1;
      x.domain([0, tMax]);
      let lo = Infinity;
      let hi = -Infinity;
      for (const p of finite) {
        lo = Math.min(lo, p.energy);
        hi = Math.max(hi, p.energy);
      }
      if (!finite.length) [lo, hi] = [0, 1];
      const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
      y.domain([lo - pad, hi + pad]).nice();
      xAxis.call(axisBottom(x).ticks(Math.min(6, Math.ceil(tMax) + 1)));
      yAxis.call(
        axisLeft(y)
          .ticks(4)
          .tickFormat((v) => tick(Number(v))),
      );
      const draw = line<EnergyPoint>()
        .x((p) => x(p.t))
        .y((p) => y(p.energy));
      path.attr('d', draw(finite) ?? '');
      const upTo = shown ? finite.filter((p) => p.t <= shown.t) : [];
      done.attr('d', draw(upTo) ?? '');
      const visible = shown !== null && Number.isFinite(shown.energy);
      dot
        .attr('display', visible ? null : 'none')
        .attr('cx', visible ? x(shown.t) : 0)
        .attr('cy', visible ? y(shown.energy) : 0);
      marks
        .selectAll('line')
        .data(finite.filter((p) => p.mark))
        .join('line')
        .attr('x1', (p) => x(p.t))
        .attr('x2', (p) => x(p.t))
        .attr('y1', MARGIN.top)
        .attr('y2', height - MARGIN.bottom)
        .attr('stroke', OKABE_ITO.vermillion)
        .attr('stroke-dasharray', '4 3');
    },
    destroy() {
      svg.remove();
    },
  };
}
