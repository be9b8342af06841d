/**
 * Counts per class: for each class a pair of horizontal bars, its distinct stable states (solid,
 * against the class with the most) and its basin share, the percentage of probes that ended in
 * one of its states (pale, against 100%), each value printed after its bar.
 */
import { scaleLinear } from 'd3';
import type { StateClass } from '../../../../core/census/types';
import { num, pct } from '../../../../charts/frame';
import {
  designWidth,
  emptyScene,
  legend,
  line,
  MUTED,
  RULE,
  rootAttrs,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene } from '../../../../charts/svg-scene';
import { CLASS_COLOURS, CLASS_LABELS } from './class-colours';

export interface ClassBarsRow {
  cls: StateClass;
  /** Distinct stable states of the class. */
  states: number;
  /** Probes that ended in one of them. */
  probes: number;
  /** Their share of the catalogued probes, 0–1. */
  share: number;
}

export interface ClassBarsData {
  rows: readonly ClassBarsRow[];
}

const NAME = 'class-bars';
const LEFT = 78;
/** About 6.1 units per character of the 11-unit font. */
const CHAR = 6.1;
const TOP = 6;
const GROUP = 32;
const PALE = 0.3;

const stateWord = (n: number) => `${num(n)} ${n === 1 ? 'state' : 'states'}`;
const shareWords = (share: number) => `${pct(share)} of probes`;

/** The text alternative: every class's count and share in words. */
export function classBarsLabel(rows: readonly ClassBarsRow[]): string {
  return (
    'Counts per class: ' +
    rows
      .map((r) => `${CLASS_LABELS[r.cls]} ${stateWord(r.states)}, ${shareWords(r.share)}`)
      .join('; ')
  );
}

export function classBarsScene(
  data: ClassBarsData,
  opts: { width: number; height?: number },
): Scene {
  const width = designWidth(opts.width);
  const rows = data.rows.filter((r) => Number.isFinite(r.states) && Number.isFinite(r.share));
  if (!rows.some((r) => r.states > 0 || r.probes > 0))
    return emptyScene(NAME, width, opts.height ?? 120, 'Counts per class: no data yet');
  const legendRows = 2;
  const legendH = legendRows * 16 + 12;
  const group = opts.height
    ? Math.max(26, Math.min(48, (opts.height - TOP - legendH) / rows.length))
    : GROUP;
  const bar = Math.min(14, (group - 10) / 2);
  // Room after the longest bar for the longest value.
  const chars = Math.max(
    ...rows.map((r) => Math.max(stateWord(r.states).length, shareWords(r.share).length)),
  );
  const x1 = width - Math.ceil(chars * CHAR) - 10;
  const xStates = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.states))])
    .range([LEFT, x1]);
  const xShare = scaleLinear().domain([0, 1]).range([LEFT, x1]).clamp(true);
  const bottom = TOP + rows.length * group;
  const groups = rows.map((r, i) => {
    const colour = CLASS_COLOURS[r.cls];
    const y = TOP + i * group + (group - 2 * bar - 2) / 2;
    const ws = xStates(r.states) - LEFT;
    const wp = xShare(r.share) - LEFT;
    return h('g', { class: 'class-row', 'data-class': r.cls }, [
      h(
        'text',
        { class: 'bar-label', x: LEFT - 8, y: y + bar + 4, 'text-anchor': 'end' },
        CLASS_LABELS[r.cls],
      ),
      h('rect', { class: 'bar bar-states', x: LEFT, y, width: ws, height: bar, fill: colour }),
      h('text', { class: 'bar-value', x: LEFT + ws + 4, y: y + bar - 2 }, stateWord(r.states)),
      h('rect', {
        class: 'bar bar-share',
        x: LEFT,
        y: y + bar + 2,
        width: wp,
        height: bar,
        fill: colour,
        'fill-opacity': PALE,
        stroke: colour,
      }),
      h(
        'text',
        { class: 'bar-value', x: LEFT + wp + 4, y: y + 2 * bar, ...MUTED },
        shareWords(r.share),
      ),
    ]);
  });
  const key = legend(
    [
      {
        swatch: [h('rect', { x: 0, y: -5, width: 22, height: 10, fill: 'currentColor' })],
        text: 'distinct stable states (bar against the largest class)',
      },
      {
        swatch: [
          h('rect', {
            x: 0,
            y: -5,
            width: 22,
            height: 10,
            fill: 'currentColor',
            'fill-opacity': PALE,
            stroke: 'currentColor',
          }),
        ],
        text: 'basin share: % of probes ending in the class (bar against 100%)',
      },
    ],
    12,
    bottom + 18,
    width,
  );
  const height = bottom + 12 + key.rows * 16 + 6;
  return {
    attrs: rootAttrs(NAME, width, height, classBarsLabel(rows)),
    children: [h('g', {}, groups), line(LEFT, TOP, LEFT, bottom, RULE), key.node],
  };
}

/** Draws the counts per class into `svg` (a full redraw). */
export function renderClassBars(
  svg: SVGSVGElement,
  data: ClassBarsData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, classBarsScene(data, opts));
}
