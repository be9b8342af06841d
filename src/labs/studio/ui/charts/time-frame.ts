/**
 * The frame shared by charts drawn against time in steps: an SVG of a fixed size, a linear x scale
 * inside the margins, an x-axis group at the bottom, and the "step (sweeps)" label.
 */
import { scaleLinear, select, type ScaleLinear, type Selection } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TimeFrame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  x: ScaleLinear<number, number>;
  xAxis: Selection<SVGGElement, unknown, null, undefined>;
}

export function createTimeFrame(
  el: HTMLElement,
  opts: { width: number; height: number; margin: Margin; className: string },
): TimeFrame {
  const { width, height, margin } = opts;
  const svg = select(el)
    .append('svg')
    .attr('class', opts.className)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img');
  const x = scaleLinear().range([margin.left, width - margin.right]);
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 2)
    .attr('text-anchor', 'middle')
    .text('step (sweeps)');
  return { svg, x, xAxis };
}
