/**
 * The memory graph: a force layout that is a pure function of the graph (d3-force run for a
 * fixed number of ticks from nodes on a circle, so a ring or a cycle stays a circle), and the
 * scene: edges as lines (arrowheads when directed, a small loop for a self-loop), nodes as
 * circles on the correlation scale with their label, and the scale's legend. Every node is a
 * group with data-node="i" and every edge one with data-edge="i-j", for the editor's hit tests.
 * Framework-free scene.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
} from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { LEGEND_ROW, num } from '../../../../charts/frame';
import { designWidth, emptyScene, legend, rootAttrs } from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import type { CdamGraph } from '../../../../core/cdam/types';
import { correlationColour, correlationRamp, darkFill } from './cdam-scale';

export interface LayoutOptions {
  width: number;
  height: number;
  /** Seeds the tie-breaking jitter of coincident nodes (default 1). */
  seed?: number;
  /** Simulation ticks (default 300). */
  iterations?: number;
}

/** A node's radius in layout units for P nodes in a width × height box (6 … 18). */
export function nodeRadius(P: number, width: number, height: number): number {
  const m = Math.min(width, height);
  const n = Math.max(1, P);
  return Math.max(6, Math.min(18, (0.9 * m) / (3.2 * Math.sqrt(n)), m / n));
}

/** A seeded linear congruential source in [0, 1) (d3-force's own, with our seed). */
function lcg(seed: number): () => number {
  let s = (Math.floor(Math.abs(seed)) % 4294967296) + 1;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** The distinct undirected links of a graph, self-loops left out. */
function links(g: CdamGraph): Array<[number, number]> {
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of g.edges) {
    if (i === j || i < 0 || j < 0 || i >= g.P || j >= g.P) continue;
    const k = i < j ? `${i},${j}` : `${j},${i}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push([i, j]);
    }
  }
  return out;
}

/** The uniform scale that fits the nodes into the box less `pad`, and their centre. */
function fit(nodes: SimulationNodeDatum[], width: number, height: number, pad: number) {
  let [xl, xh, yl, yh] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    if (!Number.isFinite(n.x)) n.x = 0;
    if (!Number.isFinite(n.y)) n.y = 0;
    xl = Math.min(xl, n.x!);
    xh = Math.max(xh, n.x!);
    yl = Math.min(yl, n.y!);
    yh = Math.max(yh, n.y!);
  }
  const s = Math.min(
    (width - 2 * pad) / Math.max(1e-9, xh - xl),
    (height - 2 * pad) / Math.max(1e-9, yh - yl),
  );
  return { scale: Number.isFinite(s) && s > 0 ? s : 1, mx: (xl + xh) / 2, my: (yl + yh) / 2 };
}

/**
 * Node positions (P × 2: x, y) inside the box with a margin for the nodes and their loops. The
 * nodes start evenly on a circle in index order and the simulation is ticked `iterations` times
 * without a timer; the result is scaled uniformly to fit the box and centred.
 */
export function layoutGraph(graph: CdamGraph, opts: LayoutOptions): Float64Array {
  const { P } = graph;
  const { width, height } = opts;
  const out = new Float64Array(2 * P);
  if (P === 0) return out;
  const cx = width / 2;
  const cy = height / 2;
  if (P === 1) {
    out[0] = cx;
    out[1] = cy;
    return out;
  }
  const L = 40;
  const R0 = Math.max(L, (L * P) / (2 * Math.PI));
  const nodes: SimulationNodeDatum[] = Array.from({ length: P }, (_, i) => {
    const t = (2 * Math.PI * i) / P - Math.PI / 2;
    return { index: i, x: R0 * Math.cos(t), y: R0 * Math.sin(t) };
  });
  const ls: SimulationLinkDatum<SimulationNodeDatum>[] = links(graph).map(([s, t]) => ({
    source: s,
    target: t,
  }));
  const sim = forceSimulation(nodes)
    .stop()
    .randomSource(lcg(opts.seed ?? 1))
    .force('link', forceLink(ls).distance(L))
    .force('charge', forceManyBody().strength(-120).theta(0.5))
    .force('x', forceX(0).strength(0.01))
    .force('y', forceY(0).strength(0.01))
    .force('center', forceCenter(0, 0));
  const ticks = Math.max(0, Math.floor(opts.iterations ?? 300));
  sim.tick(ticks);
  const r = nodeRadius(P, width, height);
  const pad = 2.4 * r + 4;
  // Then nodes that would overlap at the drawn scale push apart, and the fit is redone.
  const first = fit(nodes, width, height, pad).scale;
  sim.force('collide', forceCollide((r + 1.5) / first).iterations(2));
  sim.alpha(0.3).tick(Math.ceil(ticks / 3));
  const { scale, mx, my } = fit(nodes, width, height, pad);
  nodes.forEach((n, i) => {
    out[2 * i] = cx + (n.x! - mx) * scale;
    out[2 * i + 1] = cy + (n.y! - my) * scale;
  });
  return out;
}

export interface GraphSceneData {
  graph: CdamGraph;
  /** P × 2 positions from layoutGraph for the same width and height. */
  pos: Float64Array;
  /** Per-node correlation in [−1, 1]: the node's colour. */
  values?: ArrayLike<number>;
  selected?: number | null;
  labels?: string[];
  /** Image URLs drawn inside the nodes. */
  thumbs?: string[];
  width: number;
  height: number;
}

const NAME = 'cdam-graph';
const EDGE = { stroke: 'currentColor', 'stroke-opacity': 0.55, 'stroke-width': 1.5 };

/** An arrowhead with its tip at (x, y) pointing along (ux, uy). */
function arrow(x: number, y: number, ux: number, uy: number, size: number): SceneNode {
  const bx = x - ux * size;
  const by = y - uy * size;
  const w = size * 0.5;
  return h('path', {
    class: 'arrow',
    d: `M${num2(x)},${num2(y)}L${num2(bx - uy * w)},${num2(by + ux * w)}L${num2(bx + uy * w)},${num2(by - ux * w)}Z`,
    fill: 'currentColor',
    'fill-opacity': 0.7,
  });
}
const num2 = (v: number) => String(Math.round(v * 100) / 100);

function edgeNode(d: GraphSceneData, i: number, j: number, r: number, mutual: boolean): SceneNode {
  const { pos, graph } = d;
  const [xi, yi, xj, yj] = [pos[2 * i], pos[2 * i + 1], pos[2 * j], pos[2 * j + 1]];
  const hit = { class: 'edge-hit', stroke: 'transparent', 'stroke-width': 12, fill: 'none' };
  const title = h('title', {}, `link ${i} ${graph.directed ? '→' : '–'} ${j} (click to remove)`);
  if (i === j) {
    // A loop outside the node, away from the layout's centre.
    let ux = xi - d.width / 2;
    let uy = yi - d.height / 2;
    const n = Math.hypot(ux, uy) || 1;
    [ux, uy] = n > 1 ? [ux / n, uy / n] : [0, -1];
    const lr = r * 0.6;
    const cxl = xi + ux * (r + lr * 0.6);
    const cyl = yi + uy * (r + lr * 0.6);
    const loop = { cx: cxl, cy: cyl, r: lr };
    const kids = [
      h('circle', { ...loop, class: 'edge-line loop', fill: 'none', ...EDGE }),
      h('circle', { ...loop, ...hit }),
      title,
    ];
    if (graph.directed) {
      // The arrow where the loop re-enters the node, tangent to the loop.
      const a = Math.atan2(-uy, -ux) + 1.1;
      const tx = cxl + lr * Math.cos(a);
      const ty = cyl + lr * Math.sin(a);
      kids.push(arrow(tx, ty, Math.sin(a), -Math.cos(a), Math.max(5, r * 0.45)));
    }
    return h('g', { class: 'edge self', 'data-edge': `${i}-${j}` }, kids);
  }
  const dx = xj - xi;
  const dy = yj - yi;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // Both directions present: each drawn a little to its own side.
  const off = mutual ? 3 : 0;
  const ox = -uy * off;
  const oy = ux * off;
  const a = [xi + ux * r + ox, yi + uy * r + oy];
  const b = [xj - ux * r + ox, yj - uy * r + oy];
  const seg = { x1: a[0], y1: a[1], x2: b[0], y2: b[1] };
  const kids = [
    h('line', { ...seg, class: 'edge-line', ...EDGE }),
    h('line', { ...seg, ...hit }),
    title,
  ];
  if (graph.directed) kids.push(arrow(b[0], b[1], ux, uy, Math.max(6, r * 0.55)));
  return h(
    'g',
    { class: graph.directed ? 'edge directed' : 'edge', 'data-edge': `${i}-${j}` },
    kids,
  );
}

function nodeNode(d: GraphSceneData, i: number, r: number): SceneNode {
  const x = d.pos[2 * i];
  const y = d.pos[2 * i + 1];
  const raw = d.values?.[i];
  const has = raw !== undefined && Number.isFinite(raw);
  const v = has ? raw : NaN;
  const sel = d.selected === i;
  const label = d.labels?.[i] ?? String(i);
  const thumb = d.thumbs?.[i];
  const kids: SceneNode[] = [];
  if (sel)
    kids.push(
      h('circle', {
        class: 'selected-ring',
        cx: x,
        cy: y,
        r: r + 4,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
        'stroke-dasharray': '3 2',
      }),
    );
  kids.push(
    h('circle', {
      class: 'node-dot',
      cx: x,
      cy: y,
      r,
      fill: has ? correlationColour(v) : '#f5f5f5',
      stroke: 'currentColor',
      'stroke-width': sel ? 2.5 : 1,
    }),
  );
  if (thumb) {
    const s = r * 1.3;
    kids.push(
      h('image', {
        class: 'thumb',
        href: thumb,
        x: x - s / 2,
        y: y - s / 2,
        width: s,
        height: s,
        opacity: 0.75,
        'image-rendering': 'pixelated',
        'pointer-events': 'none',
      }),
    );
  }
  const short = label.length <= 3 ? label : String(i);
  kids.push(
    h(
      'text',
      {
        class: 'node-label',
        x,
        y: thumb ? y + r + 10 : y + 3.5,
        'text-anchor': 'middle',
        'font-size': r < 10 ? 8 : 10,
        fill: !thumb && has && darkFill(v) ? '#ffffff' : 'currentColor',
        'pointer-events': 'none',
      },
      short,
    ),
  );
  kids.push(h('title', {}, `memory ${i}: ${label}${has ? `, correlation ${num(v)}` : ''}`));
  return h('g', { class: sel ? 'node selected' : 'node', 'data-node': i }, kids);
}

export function graphScene(d: GraphSceneData): Scene {
  const width = Number.isFinite(d.width) && d.width > 0 ? Math.round(d.width) : designWidth(0);
  const { graph } = d;
  const P = graph.P;
  if (P === 0 || d.pos.length < 2 * P)
    return emptyScene(NAME, width, 140, 'Memory graph: no memories yet.');
  const r = nodeRadius(P, d.width, d.height);
  const keys = new Set(graph.edges.map(([i, j]) => `${i},${j}`));
  const edges = graph.edges
    .filter(([i, j]) => i >= 0 && j >= 0 && i < P && j < P)
    .map(([i, j]) => edgeNode(d, i, j, r, graph.directed && i !== j && keys.has(`${j},${i}`)));
  const nodes = Array.from({ length: P }, (_, i) => nodeNode(d, i, r));
  const rows = [
    {
      swatch: correlationRamp(),
      text: d.values
        ? 'node colour: correlation with the state, −1 (blue), 0 (white), +1 (red)'
        : 'node colour: correlation with the state (run to see it)',
    },
  ];
  if (graph.directed)
    rows.push({
      swatch: [h('line', { x1: 0, y1: 0, x2: 16, y2: 0, ...EDGE }), arrow(22, 0, 1, 0, 7)],
      text: 'μ → ν: activity on μ drives the state toward ν',
    });
  const key = legend(rows, 8, d.height + 12, width);
  const height = d.height + 12 + key.rows * LEGEND_ROW + 4;
  const label =
    `Memory graph: ${P} memories, ${graph.edges.length} ${graph.directed ? 'directed ' : ''}links` +
    (d.selected !== null && d.selected !== undefined ? `; memory ${d.selected} selected` : '') +
    '.';
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [h('g', { class: 'edges' }, edges), h('g', { class: 'nodes' }, nodes), key.node],
  };
}

export function renderGraph(svg: SVGSVGElement, d: GraphSceneData): void {
  paintScene(svg, graphScene(d));
}
