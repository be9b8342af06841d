/**
 * The stability ratio (min |e_i| / max |e_i|, 0–1) of the distinct stable states, a histogram per
 * class on one shared 0–1 axis (each row scaled to its own fullest bin), and the classifying
 * threshold as a labelled vertical line across the rows.
 */
import { quantile, scaleLinear } from 'd3';
import { STATE_CLASSES, type StateClass } from '../../../../core/census/types';
import { num } from '../../../../charts/frame';
import {
  axisTitle,
  bottomAxis,
  designWidth,
  emptyScene,
  line,
  RULE,
  rootAttrs,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene } from '../../../../charts/svg-scene';
import { CLASS_COLOURS, CLASS_LABELS, classHeading } from './class-colours';

export interface SrDistributionData {
  byClass: readonly { cls: StateClass; sr: Float64Array }[];
  /** States with an SR below it are called spurious. */
  threshold?: number;
}

const NAME = 'sr-distribution';
const LEFT = 96;
const RIGHT = 16;
const TOP = 22;
const BOTTOM = 40;
const ROW = 40;

/** Counts of `values` in `bins` equal bins of [0, 1] (1 in the last; outside values clamped). */
export function srBins(values: readonly number[], bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  for (const v of values) out[Math.min(bins - 1, Math.max(0, Math.floor(v * bins)))]++;
  return out;
}

const states = (n: number) => `${n} ${n === 1 ? 'state' : 'states'}`;

function describe(rows: [StateClass, number[]][], threshold: number | undefined): string {
  const parts = rows.map(([cls, v]) => {
    const sorted = [...v].sort((a, b) => a - b);
    const med = quantile(sorted, 0.5) ?? 0;
    const spread =
      sorted.length > 1 ? ` (${num(sorted[0])} to ${num(sorted[sorted.length - 1])})` : '';
    return `${CLASS_LABELS[cls]} ${states(v.length)}, median ${num(med)}${spread}`;
  });
  let text = `Stability ratio by class, 0 to 1: ${parts.join('; ')}.`;
  if (threshold !== undefined) {
    const below = rows.map(
      ([cls, v]) => `${v.filter((x) => x < threshold).length} of ${v.length} ${CLASS_LABELS[cls]}`,
    );
    text += ` Threshold ${num(threshold)}: below it lie ${below.join(', ')}.`;
  }
  return text;
}

export function srDistributionScene(
  data: SrDistributionData,
  opts: { width: number; height?: number },
): Scene {
  const width = designWidth(opts.width);
  const rows = STATE_CLASSES.flatMap((cls): [StateClass, number[]][] => {
    const v = data.byClass
      .filter((b) => b.cls === cls)
      .flatMap((b) => Array.from(b.sr).filter((x) => Number.isFinite(x)));
    return v.length ? [[cls, v]] : [];
  });
  if (!rows.length)
    return emptyScene(NAME, width, opts.height ?? 120, 'Stability ratio by class: no data yet');
  const threshold = Number.isFinite(data.threshold) ? data.threshold : undefined;
  const row = opts.height
    ? Math.max(26, Math.min(90, (opts.height - TOP - BOTTOM) / rows.length))
    : ROW;
  const bins = width < 480 ? 10 : 20;
  const x = scaleLinear()
    .domain([0, 1])
    .range([LEFT + 4, width - RIGHT]);
  const y0 = TOP + rows.length * row;
  const binW = (x(1) - x(0)) / bins;
  const hists = rows.map(([cls, v], i) => {
    const counts = srBins(v, bins);
    const most = Math.max(...counts);
    const base = TOP + (i + 1) * row - 3;
    const colour = CLASS_COLOURS[cls];
    const bars = counts.flatMap((n, b) => {
      if (n === 0) return [];
      const hgt = ((row - 10) * n) / most;
      const range = `${num(b / bins)}–${num((b + 1) / bins)}`;
      return [
        h(
          'rect',
          {
            class: 'sr-bin',
            x: x(b / bins) + 0.5,
            y: base - hgt,
            width: binW - 1,
            height: hgt,
            fill: colour,
          },
          [h('title', {}, `${CLASS_LABELS[cls]}: ${states(n)} with SR ${range}`)],
        ),
      ];
    });
    const mid = TOP + i * row + row / 2;
    return h('g', { class: 'sr-row', 'data-class': cls }, [
      line(LEFT, base, width - RIGHT, base, { ...RULE, 'stroke-opacity': 0.3 }),
      ...classHeading(cls, v.length, LEFT, mid),
      ...bars,
    ]);
  });
  const children = [
    ...hists,
    bottomAxis(x, y0, width < 480 ? 5 : 10),
    axisTitle('stability ratio min |eᵢ| / max |eᵢ|', (LEFT + width - RIGHT) / 2, y0 + 32),
  ];
  if (threshold !== undefined) {
    const tx = x(Math.min(1, Math.max(0, threshold)));
    const anchor = tx > width - 90 ? 'end' : tx < LEFT + 60 ? 'start' : 'middle';
    children.push(
      h('g', { class: 'threshold' }, [
        line(tx, TOP - 6, tx, y0, {
          stroke: 'currentColor',
          'stroke-width': 1.5,
          'stroke-dasharray': '5 3',
        }),
        h('text', { x: tx, y: TOP - 9, 'text-anchor': anchor }, `threshold ${num(threshold)}`),
      ]),
    );
  }
  return { attrs: rootAttrs(NAME, width, y0 + BOTTOM, describe(rows, threshold)), children };
}

/** Draws the stability-ratio histograms into `svg` (a full redraw). */
export function renderSrDistribution(
  svg: SVGSVGElement,
  data: SrDistributionData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, srDistributionScene(data, opts));
}
