/**
 * The energies of the distinct stable states, one strip per class: x is the state's energy, the
 * mark's area grows with log(1 + hits) (the probes that ended there), the class's own symbol,
 * a fixed jitter across the strip (from the state's index, so redraws never move a mark), the
 * picked state ringed. A click on a mark picks its state. Past MAX_MARKS states of a class the
 * smaller basins are plain dots in one path, so 20,000 states still draw in one short task.
 */
import { scaleLinear } from 'd3';
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
  tickCount,
} from '../../../../charts/scene-frame';
import { build, h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { CLASS_COLOURS, CLASS_LABELS, classHeading, classSymbol } from './class-colours';

export interface EnergyPoint {
  cls: StateClass;
  energy: number;
  /** Probes that ended in the state. */
  hits: number;
  /** The state's index in the census (what onPick gets back). */
  index: number;
}

export interface EnergyStripData {
  points: readonly EnergyPoint[];
  /** Index of the picked state, ringed. */
  picked?: number;
}

export interface EnergyStripOptions {
  width: number;
  height?: number;
  onPick?: (index: number) => void;
}

const NAME = 'energy-strip';
const LEFT = 96;
const RIGHT = 16;
const TOP = 8;
const BOTTOM = 40;
const ROW = 34;
/** Marks of their own per class (the largest basins); the rest are small dots, not pickable. */
export const MAX_MARKS = 150;

/** A fixed spread in [0, 1) from an index (the golden-ratio sequence). */
export const jitter = (index: number): number => {
  const v = (Math.abs(index) * 0.6180339887498949) % 1;
  return Number.isFinite(v) ? v : 0.5;
};

const stateWords = (p: EnergyPoint) =>
  `${CLASS_LABELS[p.cls]} state ${p.index}: energy ${num(p.energy)}, ` +
  `${num(p.hits)} ${p.hits === 1 ? 'probe' : 'probes'}`;

function describe(rows: [StateClass, EnergyPoint[]][], picked: EnergyPoint | undefined): string {
  const parts = rows.map(([cls, pts]) => {
    const es = pts.map((p) => p.energy);
    const lo = Math.min(...es);
    const hi = Math.max(...es);
    const range = lo === hi ? `energy ${num(lo)}` : `energy ${num(lo)} to ${num(hi)}`;
    return `${CLASS_LABELS[cls]} ${pts.length} ${pts.length === 1 ? 'state' : 'states'}, ${range}`;
  });
  return (
    `Energies of the stable states by class: ${parts.join('; ')}. ` +
    'A mark’s area grows with the log of the probes that ended in its state' +
    (rows.some(([, pts]) => pts.length > MAX_MARKS)
      ? `; past the ${MAX_MARKS} largest basins of a class the states are small dots. `
      : '. ') +
    (picked ? ` Picked: ${stateWords(picked)}.` : '')
  );
}

interface BaseScene {
  scene: Scene;
  rows: [StateClass, EnergyPoint[]][];
  points: EnergyPoint[];
  at: Map<number, { x: number; y: number; r: number }>;
}

/** The picked state's ring on top of the strips, and the label that names it. */
function withRing(base: BaseScene | Scene, pickedIndex: number | undefined): Scene {
  if (!('at' in base)) return base;
  const { scene, rows, points, at } = base;
  const picked =
    pickedIndex === undefined ? undefined : points.find((p) => p.index === pickedIndex);
  const ring = picked && at.get(picked.index);
  const children = [...scene.children];
  if (ring)
    children.push(
      h('circle', {
        class: 'picked-ring',
        cx: ring.x,
        cy: ring.y,
        r: ring.r + 4,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
        'pointer-events': 'none',
      }),
    );
  return { attrs: { ...scene.attrs, 'aria-label': describe(rows, picked) }, children };
}

export function energyStripScene(data: EnergyStripData, opts: EnergyStripOptions): Scene {
  return withRing(baseScene(data, opts), data.picked);
}

function baseScene(data: EnergyStripData, opts: EnergyStripOptions): BaseScene | Scene {
  const width = designWidth(opts.width);
  const points = data.points.filter((p) => Number.isFinite(p.energy));
  const rows = STATE_CLASSES.map(
    (cls) => [cls, points.filter((p) => p.cls === cls)] as [StateClass, EnergyPoint[]],
  ).filter(([, pts]) => pts.length > 0);
  if (!rows.length)
    return emptyScene(
      NAME,
      width,
      opts.height ?? 120,
      'Energies of the stable states: no data yet',
    );
  const row = opts.height
    ? Math.max(24, Math.min(80, (opts.height - TOP - BOTTOM) / rows.length))
    : ROW;
  const y0 = TOP + rows.length * row;
  const es = points.map((p) => p.energy);
  let lo = Math.min(...es);
  let hi = Math.max(...es);
  if (hi - lo < 1e-9) {
    const pad = Math.max(1, Math.abs(lo) * 0.05);
    lo -= pad;
    hi += pad;
  }
  const x = scaleLinear()
    .domain([lo, hi])
    .nice(tickCount(width - LEFT - RIGHT))
    .range([LEFT + 8, width - RIGHT - 8]);
  const maxArea = Math.min(width < 480 ? 110 : 180, (row * 0.55) ** 2);
  const hMax = Math.log1p(Math.max(1, ...points.map((p) => p.hits)));
  const area = (hits: number) => Math.max(9, (maxArea * Math.log1p(Math.max(0, hits))) / hMax);
  const spread = Math.max(0, row - 2 * Math.sqrt(maxArea / Math.PI) - 6);

  const at = new Map<number, { x: number; y: number; r: number }>();
  const strips = rows.map(([cls, pts], i) => {
    const mid = TOP + i * row + row / 2;
    const colour = CLASS_COLOURS[cls];
    const sorted = [...pts].sort((a, b) => b.hits - a.hits);
    // The largest basins as marks of their own; the rest as dots in one path (a census can
    // hold 20,000 states: one node per state would make every redraw a long task).
    const rest = sorted.slice(MAX_MARKS);
    const dots = rest.map((p) => {
      const py = mid + (jitter(p.index) - 0.5) * spread;
      const px = x(p.energy);
      at.set(p.index, { x: px, y: py, r: 2 });
      return `M${px.toFixed(1)},${py.toFixed(1)}h0`;
    });
    const marks = sorted.slice(0, MAX_MARKS).map((p): SceneNode => {
      const a = area(p.hits);
      const px = x(p.energy);
      const py = mid + (jitter(p.index) - 0.5) * spread;
      at.set(p.index, { x: px, y: py, r: Math.sqrt(a / Math.PI) });
      const pick = opts.onPick;
      const kids = [
        h('path', {
          d: classSymbol(cls, a),
          fill: colour,
          'fill-opacity': 0.7,
          stroke: colour,
        }),
        h('title', {}, stateWords(p)),
      ];
      if (pick)
        kids.unshift(
          h('circle', { r: Math.max(9, Math.sqrt(a / Math.PI) + 3), fill: 'transparent' }),
        );
      return {
        ...h(
          'g',
          {
            class: 'state-mark',
            'data-index': p.index,
            transform: `translate(${px.toFixed(2)},${py.toFixed(2)})`,
            style: pick ? 'cursor: pointer' : undefined,
          },
          kids,
        ),
        onClick: pick ? () => pick(p.index) : undefined,
      };
    });
    return h('g', { class: 'strip', 'data-class': cls }, [
      line(LEFT, TOP + (i + 1) * row, width - RIGHT, TOP + (i + 1) * row, {
        ...RULE,
        'stroke-opacity': 0.15,
      }),
      ...classHeading(cls, pts.length, LEFT, mid),
      ...(dots.length
        ? [
            h('path', {
              class: 'small-basins',
              d: dots.join(''),
              stroke: colour,
              'stroke-opacity': 0.5,
              'stroke-width': 3,
              'stroke-linecap': 'round',
              fill: 'none',
            }),
          ]
        : []),
      ...marks,
    ]);
  });
  const children = [
    ...strips,
    bottomAxis(x, y0, tickCount(width - LEFT - RIGHT)),
    axisTitle('energy of the state (lower is deeper)', (LEFT + width - RIGHT) / 2, y0 + 32),
  ];
  return {
    scene: { attrs: rootAttrs(NAME, width, y0 + BOTTOM, describe(rows, undefined)), children },
    rows,
    points,
    at,
  };
}

/** What each svg shows: the strips for which points and size, and its ring element. */
interface Painted {
  key: readonly unknown[];
  base: BaseScene | Scene;
  ring: Element | null;
}
const painted = new WeakMap<SVGSVGElement, Painted>();

/**
 * Draws the energy strips into `svg`; a click on a mark calls onPick. When only the picked state
 * changed, the ring alone is replaced (thousands of dots are not built and drawn again).
 */
export function renderEnergyStrip(
  svg: SVGSVGElement,
  data: EnergyStripData,
  opts: EnergyStripOptions,
): void {
  const key = [data.points, opts.width, opts.height, opts.onPick];
  const was = painted.get(svg);
  const same = was !== undefined && key.every((k, i) => k === was.key[i]);
  const base = same ? was.base : baseScene(data, opts);
  const scene = withRing(base, data.picked);
  const last = scene.children[scene.children.length - 1];
  const ringNode = last?.attrs.class === 'picked-ring' ? last : null;
  if (same) {
    if (was.ring) svg.removeChild(was.ring);
    const ring = ringNode ? svg.appendChild(build(svg.ownerDocument, ringNode)) : null;
    svg.setAttribute('aria-label', String(scene.attrs['aria-label']));
    painted.set(svg, { key, base, ring });
    return;
  }
  paintScene(svg, scene);
  painted.set(svg, { key, base, ring: ringNode ? svg.lastElementChild : null });
}
