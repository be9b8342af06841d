/**
 * Graph-linked dense associative memory, CDAM (Burns 2024; docs/models.md §10): the shapes the
 * core, the worker, the CLI and the lab share.
 *
 * Memories are P rows of length N (row-major, Float64). The memory graph is a list of edges over
 * the P memories; an edge μ → ν means that activity on memory μ drives the state toward ν
 * (undirected edges drive both ways). The coupling matrix H (P × P, row-major) is built from the
 * graph (graph.ts couplingMatrix) with H[ν·P + μ] = the weight by which μ drives ν, so the
 * hetero-associative target of memory μ is Σ_ν H[ν, μ] ξ^ν, as in §10.1's (Ξ H)ᵀ.
 */

export interface CdamGraph {
  /** Number of nodes (= memories). */
  P: number;
  /** Whether an edge [i, j] means i → j only (true) or both ways (false). */
  directed: boolean;
  /** Edges as [from, to] node pairs, 0-based, no duplicates; self-loops [i, i] allowed. */
  edges: Array<[number, number]>;
}

/**
 * How the adjacency becomes couplings:
 *  - 'normalised': H = D^(−1/2) A D^(−1/2) (the range-of-recall and video notebooks), with D the
 *    out-degree on the driving side and the in-degree on the driven side for a directed graph;
 *  - 'raw': H = A (the finite-automaton notebook's un-normalised adjacency).
 */
export type Coupling = 'normalised' | 'raw';
export const COUPLINGS: readonly Coupling[] = ['normalised', 'raw'];

/** The dynamics' live parameters (§10.1). */
export interface CdamParams {
  /** Auto-associative strength (a < 0: anti-Hebbian). */
  a: number;
  /** Hetero-associative strength. */
  h: number;
  /** Inverse temperature of the softmax over memories. */
  beta: number;
  /** Step size η = dt/τ of x ← x + η (r − x), in (0, 1]. */
  eta: number;
}

/** The four dynamical modes of §10.2, read from measured correlations (modes.ts). */
export type CdamMode = 'auto' | 'narrow' | 'wide' | 'quiescent';
export const CDAM_MODES: readonly CdamMode[] = ['auto', 'narrow', 'wide', 'quiescent'];

/** One run's correlation trace: m[t·P + μ] = corr(x(t), ξ^μ) for t = 0 … steps. */
export interface CdamTrace {
  P: number;
  steps: number;
  m: Float64Array;
}
