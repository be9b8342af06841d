/**
 * The frame the random-feature curves share: Y on a log₂ axis (ticks at powers of two, "2^12"),
 * and a y axis that is either log₁₀ (the energy error, ticks "1e-3") or linear (the Hamming
 * distance). Values are placed as their logs on linear scales, so the scene stays pure d3 and a
 * straight line on the chart is a power law.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { MARGIN, num } from '../../../../charts/frame';
import {
  axisTitle,
  designWidth,
  line,
  MUTED,
  RULE,
  tickCount,
} from '../../../../charts/scene-frame';
import { h, type SceneNode } from '../../../../charts/svg-scene';

export interface LogXFrame {
  width: number;
  /** Maps log₂ Y to pixels. */
  x: ScaleLinear<number, number>;
  /** Maps the plotted value (log₁₀ v on a log axis, v on a linear one) to pixels. */
  y: ScaleLinear<number, number>;
  logY: boolean;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  axes: SceneNode[];
}

/** "2^12" for 12, "2^12.5" for a half step (the ticks are whole exponents). */
export const powerOfTwo = (e: number): string => `2^${num(e)}`;

/** "1e-3" for −3; "3e-2" style for in-between ticks is never asked (ticks are whole exponents). */
export const powerOfTen = (e: number): string => (e === 0 ? '1' : `1e${e}`);

/** Whole numbers in [lo, hi], thinned to at most `count`. */
export function wholeTicks(lo: number, hi: number, count: number): number[] {
  const a = Math.ceil(lo - 1e-9) + 0; // + 0 turns −0 into 0
  const b = Math.floor(hi + 1e-9);
  if (b < a) return [];
  const step = Math.max(1, Math.ceil((b - a + 1) / Math.max(1, count)));
  const out: number[] = [];
  for (let t = a; t <= b; t += step) out.push(t);
  return out;
}

/**
 * Log₁₀ ticks for [lo, hi]: the whole decades, and 2·10^k and 5·10^k as well when fewer than two
 * decades fall inside (a narrow range would otherwise carry one label or none).
 */
export function logTicks(lo: number, hi: number, count: number): number[] {
  const whole = wholeTicks(lo, hi, count);
  if (whole.length >= 2) return whole;
  const out: number[] = [];
  for (let k = Math.floor(lo) - 1; k <= Math.ceil(hi); k++)
    for (const m of [1, 2, 5]) {
      const t = k + Math.log10(m);
      if (t >= lo - 1e-9 && t <= hi + 1e-9) out.push(t);
    }
  return out;
}

/** "1e-3", or "2e-3" / "5e-3" for the in-between ticks of logTicks. */
export function logTickLabel(t: number): string {
  const k = Math.floor(t + 1e-9);
  const m = Math.round(10 ** (t - k));
  return m === 1 ? powerOfTen(k) : `${m}e${k}`;
}

export function logXFrame(o: {
  width: number;
  height: number;
  /** log₂ Y extent. */
  x: [number, number];
  /** Plotted value extent (already log₁₀ for a log axis). */
  y: [number, number];
  logY: boolean;
  xTitle: string;
  yTitle: string;
}): LogXFrame {
  const width = designWidth(o.width);
  const height = Math.max(160, Number.isFinite(o.height) ? o.height : 160);
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const y0 = height - MARGIN.bottom;
  const y1 = MARGIN.top;
  const pad = (d: [number, number], p: number): [number, number] =>
    d[1] - d[0] < 1e-9 ? [d[0] - 0.5, d[1] + 0.5] : [d[0] - p, d[1] + p];
  const x = scaleLinear().domain(pad(o.x, 0.25)).range([x0, x1]);
  const y = scaleLinear()
    .domain(pad(o.y, o.logY ? 0.15 : 0))
    .range([y0, y1]);
  if (!o.logY) y.nice(tickCount((y0 - y1) * 1.4));
  const [dx0, dx1] = x.domain();
  const [dy0, dy1] = y.domain();
  const xt = wholeTicks(dx0, dx1, tickCount(x1 - x0));
  const yt = o.logY ? logTicks(dy0, dy1, tickCount((y0 - y1) * 1.4)) : y.ticks(5);
  const yFmt = o.logY ? logTickLabel : num;
  const axes = [
    h('g', { class: 'axis x-axis' }, [
      line(x0, y0, x1, y0, RULE),
      ...xt.flatMap((t) => [
        line(x(t), y0, x(t), y0 + 4, RULE),
        h('text', { x: x(t), y: y0 + 15, 'text-anchor': 'middle', ...MUTED }, powerOfTwo(t)),
      ]),
    ]),
    h('g', { class: 'axis y-axis' }, [
      line(x0, y0, x0, y1, RULE),
      ...yt.flatMap((t) => [
        line(x0 - 4, y(t), x0, y(t), RULE),
        h('text', { x: x0 - 6, y: y(t) + 4, 'text-anchor': 'end', ...MUTED }, yFmt(t)),
      ]),
    ]),
    axisTitle(o.xTitle, (x0 + x1) / 2, y0 + 32),
    axisTitle(o.yTitle, (y0 + y1) / 2, Math.max(12, x0 - 42), true),
  ];
  return { width, x, y, logY: o.logY, x0, x1, y0, y1, axes };
}
