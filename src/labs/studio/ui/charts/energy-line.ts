/**
 * Energy against time t (in steps), with the part up to the shown frame drawn strong and a marker
 * at the shown frame. Each energy function is its own segment (a change of n or β mid-run starts
 * one): its own line, a rule where it starts and its label; other changes (update mode,
 * temperature) are marked with a dashed rule. Framework-free d3: React (or
 * anything) owns the container, this owns the SVG inside it. Values arrive already scaled
 * (energy-scale.ts) with the axis label to show.
 */
import { axisBottom, axisLeft, format, line, scaleLinear } from 'd3';
import { createTimeFrame } from './time-frame';
import { LINE, OKABE_ITO } from '../../../../charts/palette';
import type { EnergySegment } from './energy-segments';

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
  /** One per energy function (energy-segments.ts); never joined to each other. */
  segments: EnergySegment[];
  /** [segment, point] of the current frame; null hides the marker. */
  current: [number, number] | null;
  yLabel?: string;
}

export interface EnergyLine {
  update(data: EnergyLineData): void;
  destroy(): void;
}

const MARGIN = { top: 20, right: 12, bottom: 30, left: 64 };

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
  const breaks = svg.append('g').attr('class', 'segment-breaks');
  const lines = svg.append('g').attr('class', 'segments');
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
    update({ segments, current, yLabel }) {
      const parts = segments.map((g) => ({
        ...g,
        points: g.points.filter((p) => Number.isFinite(p.energy)),
      }));
      const finite = parts.flatMap((g) => g.points);
      empty.attr('display', finite.length > 1 ? 'none' : null);
      yTitle.text(yLabel ?? 'E');
      const shown = current === null ? null : (segments[current[0]]?.points[current[1]] ?? null);
      svg.attr('data-segments', String(parts.filter((g) => g.points.length).length));
      const range = (g: EnergySegment) =>
        g.points.length
          ? `${g.label}: from ${tick(g.points[0].energy)} to ${tick(g.points[g.points.length - 1].energy)}`
          : `${g.label}: empty`;
      svg.attr(
        'aria-label',
        `${opts.title ?? 'Energy'} (${yLabel ?? 'E'}): ` +
          (finite.length
            ? (parts.length > 1 ? `${parts.length} segments, one per energy function; ` : '') +
              parts.map(range).join('; ') +
              (shown ? `, now ${tick(shown.energy)} at step ${shown.t.toFixed(2)}` : '')
            : 'empty'),
      );
      const tMax = finite.length ? Math.max(1, ...finite.map((p) => p.t)) : 1;
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
      const drawn = parts.map((g, k) => ({
        all: draw(g.points) ?? '',
        upTo:
          current === null || k > current[0]
            ? ''
            : (draw(k < current[0] ? g.points : g.points.filter((p) => p.t <= shown!.t)) ?? ''),
      }));
      lines
        .selectAll<SVGGElement, (typeof drawn)[number]>('g')
        .data(drawn)
        .join((enter) => {
          const g = enter.append('g').attr('class', 'segment');
          g.append('path')
            .attr('class', 'all')
            .attr('fill', 'none')
            .attr('stroke', colour)
            .attr('stroke-opacity', 0.3)
            .attr('stroke-width', 2);
          g.append('path')
            .attr('class', 'done')
            .attr('fill', 'none')
            .attr('stroke', colour)
            .attr('stroke-width', 2.5);
          return g;
        })
        .call((g) => g.select('path.all').attr('d', (d) => d.all))
        .call((g) => g.select('path.done').attr('d', (d) => d.upTo));
      // A rule and a label where each segment starts (the first one's label sits at t = 0).
      const heads = parts
        .map((g, k) => ({ k, label: g.label, t: g.points[0]?.t }))
        .filter((h) => h.t !== undefined && (parts.length > 1 || h.k > 0));
      const b = breaks
        .selectAll<SVGGElement, (typeof heads)[number]>('g')
        .data(heads)
        .join((enter) => {
          const g = enter.append('g').attr('class', 'segment-break');
          g.append('line')
            .attr('y1', MARGIN.top)
            .attr('y2', height - MARGIN.bottom)
            .attr('stroke', '#555')
            .attr('stroke-width', 1.5);
          g.append('text')
            .attr('class', 'segment-label')
            .attr('y', MARGIN.top - 6);
          return g;
        });
      b.select('line')
        .attr('display', (h) => (h.k === 0 ? 'none' : null))
        .attr('x1', (h) => x(h.t!))
        .attr('x2', (h) => x(h.t!));
      // Labels left to right, each after the one before (estimated width), the last kept inside.
      let end = -Infinity;
      const placed = heads.map((h) => {
        const w = h.label.length * 6.2 + 6;
        const at = Math.min(Math.max(x(h.t!) + 4, end + 6), width - MARGIN.right - w);
        end = at + w;
        return at;
      });
      b.select('text')
        .attr('x', (_, i) => placed[i])
        .text((h) => h.label);
      const visible = shown !== null && Number.isFinite(shown.energy);
      dot
        .raise()
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
