/**
 * The two layers as a bipartite graph: the visible pixels summarised as blocks (each as dark as
 * its share of g), the hidden neurons as a column of nodes (each as full as |f_μ|), and an edge
 * from block b to neuron μ as wide as the block's contribution Σ_{i∈b} ξ_{μi} g_i to h_μ. Only
 * the strongest edges are drawn.
 */
import { num } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import {
  designWidth,
  emptyScene,
  INK,
  line,
  MUTED,
  rootAttrs,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface BipartiteData {
  rows: number;
  cols: number;
  /** Visible outputs g now, length N = rows·cols. */
  g: Float64Array;
  /** Hidden outputs f now, length K. */
  f: Float64Array;
  /** Memories ξ, K × N. */
  memories: Float64Array;
  labels: readonly number[];
  /** Pixels per block side. */
  block: number;
}

const NAME = 'bipartite';
const TITLE = 'The two layers';
/** At most this many edges, the strongest; weaker than EDGE_FLOOR × the strongest: none. */
export const MAX_EDGES = 240;
const EDGE_FLOOR = 0.03;

export interface Edge {
  block: number;
  memory: number;
  /** Σ_{i∈block} ξ_{μi} g_i. */
  c: number;
}

/** The blocks' side counts and each block's summed g, block-major. */
export function blocksOf(d: BipartiteData): { br: number; bc: number; sum: Float64Array } {
  const br = Math.ceil(d.rows / d.block);
  const bc = Math.ceil(d.cols / d.block);
  const sum = new Float64Array(br * bc);
  for (let r = 0; r < d.rows; r++)
    for (let c = 0; c < d.cols; c++)
      sum[Math.floor(r / d.block) * bc + Math.floor(c / d.block)] += d.g[r * d.cols + c];
  return { br, bc, sum };
}

/** Every block-to-neuron contribution, strongest (by |c|) first, cut as the chart cuts it. */
export function strongestEdges(d: BipartiteData): Edge[] {
  const K = d.f.length;
  const N = d.rows * d.cols;
  const bc = Math.ceil(d.cols / d.block);
  const blocks = Math.ceil(d.rows / d.block) * bc;
  const c = new Float64Array(blocks * K);
  for (let m = 0; m < K; m++)
    for (let i = 0; i < N; i++) {
      const b =
        Math.floor(Math.floor(i / d.cols) / d.block) * bc + Math.floor((i % d.cols) / d.block);
      c[b * K + m] += d.memories[m * N + i] * d.g[i];
    }
  const all: Edge[] = [];
  for (let b = 0; b < blocks; b++)
    for (let m = 0; m < K; m++)
      if (Number.isFinite(c[b * K + m]) && c[b * K + m] !== 0)
        all.push({ block: b, memory: m, c: c[b * K + m] });
  all.sort((a, b) => Math.abs(b.c) - Math.abs(a.c));
  const top = all.length ? Math.abs(all[0].c) : 0;
  return all.filter((e) => Math.abs(e.c) >= EDGE_FLOOR * top).slice(0, MAX_EDGES);
}

export function bipartiteScene(d: BipartiteData, opts: { width: number; height?: number }): Scene {
  const K = d.f.length;
  const width = designWidth(opts.width);
  const height = opts.height ?? Math.max(220, Math.min(460, K * 14 + 40));
  if (!K || d.g.length !== d.rows * d.cols)
    return emptyScene(NAME, opts.width, height, `${TITLE}: no run yet`);
  const { br, bc, sum } = blocksOf(d);
  const side = Math.min(height - 40, width * 0.42);
  const cell = side / Math.max(br, bc);
  const gx = 12;
  const gy = (height - side) / 2;
  const hx = width - 48;
  const step = (height - 30) / K;
  const ny = (m: number) => 15 + step * (m + 0.5);
  const r = Math.max(2.5, Math.min(8, step * 0.4));
  const gMax = Math.max(1e-12, ...Array.from(sum, (v) => Math.abs(v)));
  let fMax = 0;
  for (const v of d.f) if (Number.isFinite(v)) fMax = Math.max(fMax, Math.abs(v));
  const edges = strongestEdges(d);
  const cMax = edges.length ? Math.abs(edges[0].c) : 1;
  const blockAt = (b: number) => ({
    x: gx + (b % bc) * cell + cell / 2,
    y: gy + Math.floor(b / bc) * cell + cell / 2,
  });
  const edgeNodes: SceneNode[] = edges.map((e) => {
    const p = blockAt(e.block);
    const s = Math.abs(e.c) / cMax;
    return line(p.x, p.y, hx, ny(e.memory), {
      class: 'edge',
      stroke: e.c >= 0 ? INK : OKABE_ITO.vermillion,
      'stroke-opacity': 0.15 + 0.5 * s,
      'stroke-width': 0.4 + 3.2 * s,
    });
  });
  const blockNodes: SceneNode[] = Array.from(sum, (v, b) =>
    h('rect', {
      class: 'block',
      x: gx + (b % bc) * cell,
      y: gy + Math.floor(b / bc) * cell,
      width: cell,
      height: cell,
      fill: OKABE_ITO.blue,
      'fill-opacity': Math.max(0.04, Math.max(0, v) / gMax),
      stroke: INK,
      'stroke-opacity': 0.15,
    }),
  );
  let best = 0;
  for (let m = 1; m < K; m++) if (Math.abs(d.f[m]) > Math.abs(d.f[best])) best = m;
  const nodes: SceneNode[] = [];
  for (let m = 0; m < K; m++) {
    const fill = fMax > 0 && Number.isFinite(d.f[m]) ? Math.abs(d.f[m]) / fMax : 0;
    nodes.push(
      h('circle', {
        class: m === best ? 'node top' : 'node',
        cx: hx,
        cy: ny(m),
        r,
        fill: OKABE_ITO.orange,
        'fill-opacity': fill,
        stroke: OKABE_ITO.vermillion,
      }),
    );
    if (step >= 9)
      nodes.push(h('text', { x: hx + r + 4, y: ny(m) + 4, ...MUTED }, `${m}: ${d.labels[m]}`));
  }
  const head = [
    h(
      'text',
      { x: gx, y: 11, ...MUTED },
      `visible: ${br}×${bc} blocks of ${d.block}×${d.block} pixels`,
    ),
    h('text', { x: width - 8, y: 11, 'text-anchor': 'end', ...MUTED }, 'hidden μ: digit'),
  ];
  const label =
    `${TITLE}: ${d.rows * d.cols} visible pixels in ${br * bc} blocks joined to ${K} hidden neurons; ` +
    `the ${edges.length} strongest block-to-neuron inputs are drawn. The most active hidden neuron ` +
    `is ${best} (digit ${d.labels[best]}), f = ${num(d.f[best])}.`;
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      h('g', { class: 'edges' }, edgeNodes),
      h('g', { class: 'blocks' }, blockNodes),
      h('g', { class: 'nodes' }, nodes),
      ...head,
    ],
  };
}

export function renderBipartite(
  svg: SVGSVGElement,
  data: BipartiteData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, bipartiteScene(data, opts));
}
