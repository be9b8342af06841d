/**
 * What the charts share (moved down from the capacity lab so the census charts take the same
 * formats and text wrapping): an SVG of fixed design size that scales to its box, a plot area
 * with a clip path, a legend under the plot (so an exported PNG keeps it), number formats, and a
 * hover tooltip that shows the numbers of the mark nearest the pointer.
 */
import { pointer, select, type Selection } from 'd3';

export const MARGIN = { top: 14, right: 16, bottom: 40, left: 56 };
export const LEGEND_ROW = 16;

export type G = Selection<SVGGElement, unknown, null, undefined>;
type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export interface Frame {
  svg: Svg;
  /** Axes and labels (redrawn by each update). */
  axes: G;
  /** Marks, clipped to the plot area. */
  plot: G;
  legend: G;
  /** Design width in SVG units. */
  width: number;
  /** Plot area in SVG units. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Sets the height for `rows` legend rows and the text alternative. */
  finish(rows: number, label: string): void;
  destroy(): void;
}

let clipIds = 0;

/** The design width for a container: its own width, within [300, 720] SVG units. */
export const widthFor = (el: HTMLElement, fallback: number): number =>
  Math.round(Math.min(720, Math.max(300, el.clientWidth || fallback)));

export function createFrame(
  el: HTMLElement,
  opts: { width: number; height: number; className: string; empty: string },
): Frame {
  const { width, height } = opts;
  const svg = select(el)
    .append('svg')
    .attr('class', `capacity-chart ${opts.className}`)
    .attr('role', 'img')
    .attr('aria-label', opts.empty);
  const clip = `capacity-clip-${++clipIds}`;
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const y0 = height - MARGIN.bottom;
  const y1 = MARGIN.top;
  svg
    .append('defs')
    .append('clipPath')
    .attr('id', clip)
    .append('rect')
    .attr('x', x0)
    .attr('y', y1)
    .attr('width', x1 - x0)
    .attr('height', y0 - y1);
  const axes = svg.append('g').attr('class', 'axes');
  const plot = svg.append('g').attr('clip-path', `url(#${clip})`);
  const legend = svg.append('g').attr('class', 'legend');
  const finish = (rows: number, label: string) => {
    const h = height + (rows > 0 ? rows * LEGEND_ROW + 6 : 0);
    svg.attr('viewBox', `0 0 ${width} ${h}`).attr('width', width).attr('height', h);
    svg.attr('aria-label', label);
  };
  finish(0, opts.empty);
  return { svg, axes, plot, legend, width, x0, x1, y0, y1, finish, destroy: () => svg.remove() };
}

/** Axis titles at the bottom and the left of the plot. */
export function axisTitles(f: Frame, x: string, y: string): void {
  f.axes
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (f.x0 + f.x1) / 2)
    .attr('y', f.y0 + 32)
    .attr('text-anchor', 'middle')
    .text(x);
  f.axes
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(14,${(f.y0 + f.y1) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(y);
}

export interface LegendRow {
  colour: string;
  text: string;
  /** Swatch: a solid line with a dot, a dashed line, or a band. */
  mark: 'dot' | 'dash' | 'band';
  dash?: string;
}

/** Splits text at spaces into lines of at most `max` characters (a longer word stands alone). */
export function wrapText(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The legend under the plot, each entry wrapped to the width; returns the rows used. */
export function drawLegend(f: Frame, rows: readonly LegendRow[]): number {
  f.legend.selectAll('*').remove();
  const top = f.y0 + MARGIN.bottom + 4;
  // About 6 SVG units per character of the 11-unit legend font.
  const max = Math.max(24, Math.floor((f.width - f.x0 + 40 - 28) / 6.1));
  let at = 0;
  rows.forEach((r) => {
    const y = top + at * LEGEND_ROW;
    const lines = wrapText(r.text, max);
    at += lines.length;
    const g = f.legend.append('g').attr('transform', `translate(${f.x0 - 40},${y})`);
    if (r.mark === 'band') {
      g.append('rect')
        .attr('x', 0)
        .attr('y', -5)
        .attr('width', 22)
        .attr('height', 10)
        .attr('fill', r.colour)
        .attr('fill-opacity', 0.25);
    }
    g.append('line')
      .attr('x1', 0)
      .attr('x2', 22)
      .attr('y1', 0)
      .attr('y2', 0)
      .attr('stroke', r.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', r.mark === 'dash' ? (r.dash ?? '5 3') : null);
    if (r.mark === 'dot') g.append('circle').attr('cx', 11).attr('r', 3).attr('fill', r.colour);
    lines.forEach((text, k) =>
      g
        .append('text')
        .attr('class', 'legend-text')
        .attr('x', 28)
        .attr('y', 4 + k * LEGEND_ROW)
        .text(text),
    );
  });
  return at;
}

/** 3 significant figures, whole numbers as they are, large ones grouped (12 400). */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1e6) return x.toExponential(2).replace('e+', 'e');
  if (Number.isInteger(x)) return x.toLocaleString('en-US').replace(/,/g, ' ');
  return Number(x.toPrecision(3)).toString();
}

export const pct = (p: number): string => `${(100 * p).toFixed(p > 0 && p < 0.01 ? 1 : 0)}%`;

export interface HoverMark {
  /** Position in SVG units. */
  x: number;
  y: number;
  lines: string[];
}

/**
 * Shows the nearest mark's numbers in a tooltip while the pointer is within 28 SVG units of it;
 * `marks` is read at each move (the chart replaces it on update).
 */
export function attachHover(el: HTMLElement, f: Frame, marks: () => readonly HoverMark[]) {
  const tip = document.createElement('div');
  tip.className = 'capacity-tip';
  tip.hidden = true;
  tip.setAttribute('role', 'presentation');
  el.appendChild(tip);
  const node = f.svg.node()!;
  const hide = () => {
    tip.hidden = true;
  };
  f.svg.on('pointermove', (event: PointerEvent) => {
    const [px, py] = pointer(event, node);
    let best: HoverMark | null = null;
    let bestD = 28 * 28;
    for (const m of marks()) {
      const d = (m.x - px) ** 2 + (m.y - py) ** 2;
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    if (!best) return hide();
    tip.textContent = '';
    for (const line of best.lines) {
      const row = document.createElement('div');
      row.textContent = line;
      tip.appendChild(row);
    }
    const box = el.getBoundingClientRect();
    const left = event.clientX - box.left + 12;
    tip.style.left = `${Math.min(left, Math.max(0, box.width - 200))}px`;
    tip.style.top = `${event.clientY - box.top + 12}px`;
    tip.hidden = false;
  });
  f.svg.on('pointerleave', hide);
  return () => tip.remove();
}
