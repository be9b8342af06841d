/**
 * The marks both K_max charts draw per point and per series: the median dot (hollow when some
 * trial only reached a lower bound) on its interquartile bar, and the fitted line of a series.
 */
import { line } from 'd3';
import type { PlotPoint } from '../../app/views';
import type { G } from './frame';

type Scale = ((v: number) => number) & { domain(): number[] };

/** Draws p at pixel column cx; returns the dot's centre (for the hover marks). */
export function drawMedian(g: G, p: PlotPoint, cx: number, y: Scale, colour: string) {
  const floor = y.domain()[0];
  g.append('line')
    .attr('class', 'iqr')
    .attr('x1', cx)
    .attr('x2', cx)
    .attr('y1', y(Math.max(p.q1, floor)))
    .attr('y2', y(Math.max(p.q3, floor)))
    .attr('stroke', colour)
    .attr('stroke-width', 2);
  g.append('circle')
    .attr('class', p.censored > 0 ? 'median censored' : 'median')
    .attr('cx', cx)
    .attr('cy', y(p.median))
    .attr('r', 4)
    .attr('fill', p.censored > 0 ? '#fff' : colour)
    .attr('stroke', colour)
    .attr('stroke-width', 1.5);
  return { x: cx, y: y(p.median) };
}

/** The fitted line of a series between its first and last x (fit: x ↦ K_max). */
export function drawFit(
  g: G,
  ends: [number, number],
  px: (v: number) => number,
  py: (v: number) => number,
  fit: (x: number) => number,
  style: { colour: string; dash: string | null; opacity: number },
): void {
  g.append('path')
    .attr('class', 'fit-line')
    .attr('fill', 'none')
    .attr('stroke', style.colour)
    .attr('stroke-width', 1.5)
    .attr('stroke-opacity', style.opacity)
    .attr('stroke-dasharray', style.dash)
    .attr(
      'd',
      line<number>()
        .x((v) => px(v))
        .y((v) => py(fit(v)))(ends),
    );
}
