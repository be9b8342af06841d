/**
 * What both K_max charts share: the log-axis domain of K_max, the median dot (hollow when some
 * trial only reached a lower bound) on its interquartile bar, and the fitted line of a series.
 */
import { line } from 'd3';
import type { PlotPoint } from '../../app/views';
import type { G } from '../../../../charts/frame';

/**
 * A log-axis domain around the positive values, `pad`× wider on both sides; a span narrower than
 * `minRatio` is widened `widen`× more on both sides; `empty` when there is no value.
 */
export function logDomain(
  values: readonly number[],
  pad: number,
  opts: { minRatio: number; widen: number; empty: [number, number] } = {
    minRatio: 4,
    widen: 1.6,
    empty: [1, 10],
  },
): [number, number] {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  if (pos.length === 0) return opts.empty;
  const lo = Math.min(...pos) / pad;
  const hi = Math.max(...pos) * pad;
  return hi / lo < opts.minRatio ? [lo / opts.widen, hi * opts.widen] : [lo, hi];
}

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
