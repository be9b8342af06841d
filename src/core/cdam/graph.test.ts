import { describe, expect, it } from 'vitest';
import {
  adjacency,
  blockOf,
  couplingMatrix,
  cycleGraph,
  degrees,
  graphDistances,
  hasEdge,
  karateGraph,
  presetGraph,
  ringGraph,
  sbmGraph,
  toggleEdge,
  treeGraph,
  GRAPH_PRESETS,
} from './graph';

describe('graph presets', () => {
  it('ring and directed cycle have P edges (fewer for tiny P)', () => {
    expect(ringGraph(30).edges).toHaveLength(30);
    expect(ringGraph(30).directed).toBe(false);
    expect(ringGraph(2).edges).toEqual([[0, 1]]);
    expect(ringGraph(1).edges).toEqual([]);
    expect(cycleGraph(30).edges).toHaveLength(30);
    expect(cycleGraph(30).directed).toBe(true);
    expect(cycleGraph(30).edges[29]).toEqual([29, 0]);
    expect(Array.from(degrees(ringGraph(30)))).toEqual(Array(30).fill(2));
  });

  it("Zachary's karate club: 34 members, 78 friendships, the known degrees", () => {
    const g = karateGraph();
    expect(g.P).toBe(34);
    expect(g.edges).toHaveLength(78);
    const d = degrees(g);
    expect(d[33]).toBe(17); // the administrator
    expect(d[0]).toBe(16); // the instructor
    expect(d.reduce((s, x) => s + x, 0)).toBe(156);
    const keys = new Set(g.edges.map(([i, j]) => `${Math.min(i, j)},${Math.max(i, j)}`));
    expect(keys.size).toBe(78);
    for (const [i, j] of g.edges) expect(i).not.toBe(j);
  });

  it('stochastic block models are seeded and denser inside the blocks', () => {
    const a = sbmGraph(60, 3, 0.5, 0.02, 7);
    expect(sbmGraph(60, 3, 0.5, 0.02, 7)).toEqual(a);
    expect(sbmGraph(60, 3, 0.5, 0.02, 8)).not.toEqual(a);
    const b = blockOf(60, 3);
    const inside = a.edges.filter(([i, j]) => b[i] === b[j]).length;
    expect(inside).toBeGreaterThan(4 * (a.edges.length - inside));
    expect(Array.from(blockOf(7, 2))).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });

  it('every preset has P nodes and edges inside 0 … P − 1', () => {
    for (const p of GRAPH_PRESETS) {
      const g = presetGraph(p, 20, 1);
      expect(g.P).toBe(p === 'karate' ? 34 : 20);
      for (const [i, j] of g.edges) {
        expect(i >= 0 && i < g.P && j >= 0 && j < g.P).toBe(true);
      }
    }
    expect(treeGraph(15).edges).toHaveLength(14);
    expect(presetGraph('empty', 5, 1).edges).toEqual([]);
  });
});

describe('editing, couplings and distances', () => {
  it('toggleEdge adds and removes, undirected edges either way round', () => {
    const g = ringGraph(5);
    const added = toggleEdge(g, 0, 2);
    expect(added.edges).toHaveLength(6);
    expect(hasEdge(added, 2, 0)).toBe(true);
    const removed = toggleEdge(added, 2, 0);
    expect(removed.edges).toHaveLength(5);
    expect(hasEdge(removed, 0, 2)).toBe(false);
    expect(toggleEdge(g, 1, 0).edges).toHaveLength(4);
    const c = cycleGraph(5);
    expect(toggleEdge(c, 1, 0).edges).toHaveLength(6); // the reverse of 0 → 1 is a new edge
    expect(toggleEdge(c, 0, 1).edges).toHaveLength(4);
    expect(toggleEdge(c, 3, 3).edges).toContainEqual([3, 3]);
    expect(() => toggleEdge(g, 0, 5)).toThrow(/no node 5/);
  });

  it('the normalised ring couples each memory to its two neighbours by 1/2', () => {
    const P = 30;
    const H = couplingMatrix(ringGraph(P), 'normalised');
    for (let nu = 0; nu < P; nu++)
      for (let mu = 0; mu < P; mu++) {
        const near = (nu - mu + P) % P === 1 || (mu - nu + P) % P === 1;
        expect(H[nu * P + mu]).toBe(near ? 0.5 : 0);
      }
  });

  it('raw couplings are Aᵀ: H[ν, μ] = 1 for an edge μ → ν', () => {
    const g = {
      P: 3,
      directed: true,
      edges: [
        [0, 1],
        [2, 2],
      ] as Array<[number, number]>,
    };
    const A = adjacency(g);
    const H = couplingMatrix(g, 'raw');
    expect(Array.from(A)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(H[1 * 3 + 0]).toBe(1);
    expect(H[0 * 3 + 1]).toBe(0);
    expect(H[2 * 3 + 2]).toBe(1);
    // The normalised directed cycle: out = in = 1, so H = Aᵀ there too.
    expect(Array.from(couplingMatrix(cycleGraph(4), 'normalised'))).toEqual(
      Array.from(couplingMatrix(cycleGraph(4), 'raw')),
    );
  });

  it('distances: a ring of 30 reaches 15 hops, a directed cycle 29 one way round', () => {
    const D = graphDistances(ringGraph(30));
    expect(Math.max(...D)).toBe(15);
    expect(D[0 * 30 + 29]).toBe(1);
    expect(D[3 * 30 + 10]).toBe(7);
    expect(Math.max(...graphDistances(cycleGraph(30)))).toBe(15);
    const along = graphDistances(cycleGraph(30), true);
    expect(along[1 * 30 + 0]).toBe(29);
    expect(Math.max(...along)).toBe(29);
    const two = graphDistances({
      P: 4,
      directed: false,
      edges: [
        [0, 1],
        [2, 3],
      ],
    });
    expect(two[0 * 4 + 2]).toBe(-1);
    expect(Math.max(...graphDistances(karateGraph()))).toBe(5);
  });
});
