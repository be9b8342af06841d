/**
 * Memory graphs for CDAM (docs/models.md §10): the presets (ring, directed cycle, stochastic block
 * model, Zachary's karate club, a small tree), edge editing, the coupling matrix H and graph
 * distances. Every function is pure; seeded where random.
 */
import { createRng } from '../util/random';
import { KARATE_EDGES } from './karate';
import type { CdamGraph, Coupling } from './types';

export type GraphPreset = 'ring' | 'cycle' | 'sbm2' | 'sbm3' | 'karate' | 'tree' | 'empty';
export const GRAPH_PRESETS: readonly GraphPreset[] = [
  'ring',
  'cycle',
  'sbm2',
  'sbm3',
  'karate',
  'tree',
  'empty',
];
/** Karate is a fixed 34-node graph. */
export const KARATE_P = 34;

/** Undirected ring 0 – 1 – … – (P−1) – 0. */
export function ringGraph(P: number): CdamGraph {
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < P; i++) if (P > 2 || i === 0) edges.push([i, (i + 1) % P]);
  return { P, directed: false, edges: P < 2 ? [] : edges };
}

/** Directed cycle 0 → 1 → … → (P−1) → 0. */
export function cycleGraph(P: number): CdamGraph {
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < P && P > 1; i++) edges.push([i, (i + 1) % P]);
  return { P, directed: true, edges };
}

/** The communities' sizes: P split into `blocks` nearly equal consecutive groups. */
export function blockOf(P: number, blocks: number): Int32Array {
  const out = new Int32Array(P);
  for (let i = 0; i < P; i++) out[i] = Math.min(blocks - 1, Math.floor((i * blocks) / P));
  return out;
}

/**
 * Stochastic block model: `blocks` consecutive communities, an edge inside a community with
 * probability pIn and between communities with pOut (undirected, seeded).
 */
export function sbmGraph(
  P: number,
  blocks: number,
  pIn: number,
  pOut: number,
  seed: number,
): CdamGraph {
  const rng = createRng(seed);
  const b = blockOf(P, blocks);
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < P; i++)
    for (let j = i + 1; j < P; j++)
      if (rng.next() < (b[i] === b[j] ? pIn : pOut)) edges.push([i, j]);
  return { P, directed: false, edges };
}

/** Zachary's karate club (34 members, 78 friendships). */
export function karateGraph(): CdamGraph {
  return { P: KARATE_P, directed: false, edges: KARATE_EDGES.map(([i, j]) => [i - 1, j - 1]) };
}

/** A complete binary-branching tree on P nodes in breadth-first order (node i's parent ⌊(i−1)/2⌋). */
export function treeGraph(P: number): CdamGraph {
  const edges: Array<[number, number]> = [];
  for (let i = 1; i < P; i++) edges.push([(i - 1) >> 1, i]);
  return { P, directed: false, edges };
}

export function presetGraph(preset: GraphPreset, P: number, seed: number): CdamGraph {
  switch (preset) {
    case 'ring':
      return ringGraph(P);
    case 'cycle':
      return cycleGraph(P);
    case 'sbm2':
      return sbmGraph(P, 2, 0.5, 0.02, seed);
    case 'sbm3':
      return sbmGraph(P, 3, 0.5, 0.02, seed);
    case 'karate':
      return karateGraph();
    case 'tree':
      return treeGraph(P);
    case 'empty':
      return { P, directed: false, edges: [] };
  }
}

const key = (g: CdamGraph, i: number, j: number) =>
  g.directed || i <= j ? `${i},${j}` : `${j},${i}`;

export function hasEdge(g: CdamGraph, i: number, j: number): boolean {
  const k = key(g, i, j);
  return g.edges.some(([a, b]) => key(g, a, b) === k);
}

/** The graph with edge i–j (i → j when directed) added, or removed when present. */
export function toggleEdge(g: CdamGraph, i: number, j: number): CdamGraph {
  if (!(i >= 0 && i < g.P && j >= 0 && j < g.P))
    throw new Error(`no node ${i < 0 || i >= g.P ? i : j}`);
  const k = key(g, i, j);
  const kept = g.edges.filter(([a, b]) => key(g, a, b) !== k);
  return { ...g, edges: kept.length === g.edges.length ? [...g.edges, [i, j]] : kept };
}

/**
 * The adjacency A (P × P row-major): A[i·P + j] = 1 for an edge i → j (both ways when
 * undirected).
 */
export function adjacency(g: CdamGraph): Float64Array {
  const { P } = g;
  const A = new Float64Array(P * P);
  for (const [i, j] of g.edges) {
    A[i * P + j] = 1;
    if (!g.directed) A[j * P + i] = 1;
  }
  return A;
}

/**
 * The couplings H (types.ts): H[ν·P + μ] is how strongly memory μ drives ν, Aᵀ for 'raw', and for
 * 'normalised' A[μ, ν] / √(out(μ) · in(ν)) (= D^(−1/2) A D^(−1/2) for an undirected graph).
 * A node without edges drives nothing.
 */
export function couplingMatrix(g: CdamGraph, coupling: Coupling): Float64Array {
  const { P } = g;
  const A = adjacency(g);
  const out = new Float64Array(P);
  const inn = new Float64Array(P);
  for (let i = 0; i < P; i++)
    for (let j = 0; j < P; j++) {
      out[i] += A[i * P + j];
      inn[j] += A[i * P + j];
    }
  const H = new Float64Array(P * P);
  for (let mu = 0; mu < P; mu++)
    for (let nu = 0; nu < P; nu++) {
      const w = A[mu * P + nu];
      if (w === 0) continue;
      H[nu * P + mu] = coupling === 'raw' ? w : w / Math.sqrt(out[mu] * inn[nu]);
    }
  return H;
}

/**
 * Shortest-path hop counts between every pair (P × P, Int32, −1 where unreachable), over the
 * undirected view of the graph (a directed cycle's distance is the hop count either way round),
 * unless `followDirection`.
 */
export function graphDistances(g: CdamGraph, followDirection = false): Int32Array {
  const { P } = g;
  const nbr: number[][] = Array.from({ length: P }, () => []);
  for (const [i, j] of g.edges) {
    nbr[i].push(j);
    if (!g.directed || !followDirection) nbr[j].push(i);
  }
  const D = new Int32Array(P * P).fill(-1);
  const queue = new Int32Array(P);
  for (let s = 0; s < P; s++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    D[s * P + s] = 0;
    while (head < tail) {
      const u = queue[head++];
      for (const v of nbr[u])
        if (D[s * P + v] < 0) {
          D[s * P + v] = D[s * P + u] + 1;
          queue[tail++] = v;
        }
    }
  }
  return D;
}

/** Number of distinct edges each node has (in + out for directed graphs; a self-loop counts once). */
export function degrees(g: CdamGraph): Int32Array {
  const d = new Int32Array(g.P);
  for (const [i, j] of g.edges) {
    d[i]++;
    if (j !== i) d[j]++;
  }
  return d;
}

/**
 * The nodes in graph order for a heat map's rows: a ring or a cycle in its own order with `from`
 * in the middle (its neighbours either side of it), otherwise breadth first from `from` over the undirected view, neighbours by index, with nodes
 * it cannot reach after them in index order.
 */
export function graphOrder(g: CdamGraph, from = 0): number[] {
  const D = graphDistances(g);
  const { P } = g;
  if (P === 0) return [];
  const start = Math.min(Math.max(0, from), P - 1);
  const nodes = Array.from({ length: P }, (_, k) => k);
  const isCycle = g.edges.length === P && g.edges.every(([i, j]) => j === (i + 1) % P);
  if (isCycle) return nodes.map((k) => (((start + k - Math.floor(P / 2)) % P) + P) % P);
  const reach = (k: number) => D[start * P + k];
  return nodes.sort((x, y) => {
    const dx = reach(x) < 0 ? Infinity : reach(x);
    const dy = reach(y) < 0 ? Infinity : reach(y);
    return dx === dy ? x - y : dx - dy;
  });
}
