/**
 * A proportion against one variable with its confidence band: the band as a filled area under
 * the line (basin-size curves, the capacity lab's P(success) curves). Points are in pixels.
 */
import { area, line, type Selection } from 'd3';

export interface BandPoint {
  x: number;
  y: number;
  lo: number;
  hi: number;
}

type Parent = Selection<SVGGElement, unknown, null, undefined>;

export function drawBandCurve(
  parent: Parent,
  pts: readonly BandPoint[],
  colour: string,
  bandOpacity: number,
): void {
  parent
    .append('path')
    .attr('class', 'curve-band')
    .attr('fill', colour)
    .attr('fill-opacity', bandOpacity)
    .attr(
      'd',
      area<BandPoint>()
        .x((p) => p.x)
        .y0((p) => p.lo)
        .y1((p) => p.hi)(pts),
    );
  parent
    .append('path')
    .attr('class', 'curve-line')
    .attr('fill', 'none')
    .attr('stroke', colour)
    .attr('stroke-width', 2)
    .attr(
      'd',
      line<BandPoint>()
        .x((p) => p.x)
        .y((p) => p.y)(pts),
    );
}
