/**
 * Energy E(ξ_t) against time t (in sweeps), with a marker at the frame being shown.
 * Framework-free d3: React (or anything) owns the container, this owns the SVG inside it.
 */
import { axisBottom, axisLeft, format, line, scaleLinear, select } from 'd3';

export interface EnergyPoint {
  t: number;
  energy: number;
}

export interface EnergyLineOptions {
  width: number;
  height: number;
}

export interface EnergyLineData {
  points: EnergyPoint[];
  /** Index into points of the current frame; null hides the marker. */
  current: number | null;
}

export interface EnergyLine {
  update(data: EnergyLineData): void;
  destroy(): void;
}

const MARGIN = { top: 12, right: 16, bottom: 34, left: 72 };

/** Compact tick labels: plain for everyday magnitudes, exponent notation for DAM-sized ones. */
function tick(v: number): string {
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e5 || a < 1e-2) ? format('.2~e')(v) : format(',.4~')(v);
}

export function renderEnergyLine(el: HTMLElement, opts: EnergyLineOptions): EnergyLine {
  const { width, height } = opts;
  const svg = select(el)
    .append('svg')
    .attr('class', 'energy-line')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img');
  const x = scaleLinear().range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().range([height - MARGIN.bottom, MARGIN.top]);
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - MARGIN.bottom})`);
  const yAxis = svg.append('g').attr('transform', `translate(${MARGIN.left},0)`);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (MARGIN.left + width - MARGIN.right) / 2)
    .attr('y', height - 4)
    .attr('text-anchor', 'middle')
    .text('step (sweeps)');
  const path = svg.append('path').attr('class', 'energy-path').attr('fill', 'none');
  const done = svg.append('path').attr('class', 'energy-path-done').attr('fill', 'none');
  const dot = svg.append('circle').attr('class', 'energy-dot').attr('r', 5);
  const empty = svg
    .append('text')
    .attr('class', 'empty')
    .attr('x', width / 2)
    .attr('y', height / 2)
    .attr('text-anchor', 'middle')
    .text('Press Run to see the energy fall');

  return {
    update({ points, current }) {
      const finite = points.filter((p) => Number.isFinite(p.energy));
      empty.attr('display', finite.length ? 'none' : null);
      svg.attr(
        'aria-label',
        finite.length
          ? `Energy from ${tick(finite[0].energy)} to ${tick(finite[finite.length - 1].energy)}`
          : 'Energy chart, empty',
      );
      const tMax = finite.length ? Math.max(1, finite[finite.length - 1].t) : 1;
      x.domain([0, tMax]);
      const [lo, hi] = finite.length
        ? [Math.min(...finite.map((p) => p.energy)), Math.max(...finite.map((p) => p.energy))]
        : [0, 1];
      const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
      y.domain([lo - pad, hi + pad]).nice();
      xAxis.call(axisBottom(x).ticks(Math.min(8, Math.ceil(tMax) + 1)));
      yAxis.call(
        axisLeft(y)
          .ticks(5)
          .tickFormat((v) => tick(Number(v))),
      );
      const draw = line<EnergyPoint>()
        .x((p) => x(p.t))
        .y((p) => y(p.energy));
      path.attr('d', draw(finite) ?? '');
      const shown = current === null ? null : points[current];
      const upTo = shown ? finite.filter((p) => p.t <= shown.t) : [];
      done.attr('d', draw(upTo) ?? '');
      const visible = shown !== null && Number.isFinite(shown.energy);
      dot
        .attr('display', visible ? null : 'none')
        .attr('cx', visible ? x(shown.t) : 0)
        .attr('cy', visible ? y(shown.energy) : 0);
    },
    destroy() {
      svg.remove();
    },
  };
}
