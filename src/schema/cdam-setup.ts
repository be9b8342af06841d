/** CDAM schemas (cdam.ts is the index): memories, graph, set-up, cue, live parameters, a step request. */
import * as v from 'valibot';
import { GRAPH_PRESETS, KARATE_P, presetGraph, type GraphPreset } from '../core/cdam/graph';
import { COUPLINGS, type CdamGraph, type CdamParams, type Coupling } from '../core/cdam/types';
import { bool, int, num, oneOf, seed } from './fields';
import { quote } from './parse';
import {
  L,
  SOURCES,
  fail,
  join,
  check,
  keysOf,
  top,
  beta,
  eta,
  type CdamMemoriesSpec,
  type CdamSetup,
  type CdamCue,
  type CdamAdvance,
} from './cdam-base';

export const memoriesSchema = () =>
  v.strictObject(
    { source: oneOf(SOURCES), P: int(1, L.PMax), N: int(L.NMin, L.NMax), seed: seed() },
    'must be memories like {"source": "uniform", "P": 30, "N": 1000, "seed": 1}',
  );

/** The size the memories really have (letters: side², MNIST: 784, the bank counted at 4096). */
export function effectiveN(m: CdamMemoriesSpec): number {
  if (m.source === 'mnist') return L.mnistN;
  if (m.source === 'bank') return L.NMax;
  if (m.source === 'letters') return Math.max(8, Math.min(32, Math.round(Math.sqrt(m.N)))) ** 2;
  return m.N;
}

export function memoriesAt(value: unknown, at: string): CdamMemoriesSpec {
  return check(memoriesSchema(), value, at);
}

export function parseCdamMemoriesSpec(value: unknown): CdamMemoriesSpec {
  top(value, 'memories');
  return memoriesAt(value, '');
}

// ---- graph ------------------------------------------------------------------------------------

const EDGE_GRAPH = '{"P": 3, "directed": false, "edges": [[0, 1], [1, 2]]}';

export function graphAt(value: unknown, at: string, P?: number, presetSeed = 1): CdamGraph {
  const pField = join(at, 'P');
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'preset' in value) {
    const g = check(
      v.strictObject(
        { preset: oneOf(GRAPH_PRESETS), P: v.optional(int(1, L.PMax)) },
        'must be a preset like {"preset": "ring"}',
      ),
      value,
      at,
    );
    const preset = g.preset as GraphPreset;
    if (preset === 'karate') {
      // A fixed graph: 34 members, one per memory.
      if (P !== undefined && P !== KARATE_P)
        fail(
          join(at, 'preset'),
          `the karate club has ${KARATE_P} nodes, one per memory (there are ${P} memories)`,
        );
      if (g.P !== undefined && g.P !== KARATE_P)
        fail(pField, `the karate club has ${KARATE_P} nodes (got ${g.P})`);
      return presetGraph(preset, KARATE_P, presetSeed);
    }
    if (g.P !== undefined && P !== undefined && g.P !== P)
      fail(pField, `must equal the number of memories, ${P} (got ${g.P})`);
    const n = g.P ?? P;
    if (n === undefined) fail(pField, 'is missing (a preset needs its number of nodes)');
    return presetGraph(preset, n as number, presetSeed);
  }
  const g = keysOf(value, ['P', 'directed', 'edges'], at, EDGE_GRAPH);
  const nodes = check(int(1, L.PMax), g.P, pField);
  if (P !== undefined && nodes !== P)
    fail(pField, `must equal the number of memories, ${P} (got ${nodes})`);
  const directed = check(bool(), g.directed, join(at, 'directed'));
  const eField = join(at, 'edges');
  if (!Array.isArray(g.edges))
    fail(eField, `must be a list of edges [i, j] (got ${quote(g.edges)})`);
  const raw = g.edges as unknown[];
  if (raw.length > nodes * nodes)
    fail(eField, `at most P² = ${nodes * nodes} edges for P = ${nodes} (got ${raw.length})`);
  const seen = new Map<number, number>();
  const edges: Array<[number, number]> = [];
  const isNode = (x: unknown): x is number =>
    Number.isInteger(x) && (x as number) >= 0 && (x as number) < nodes;
  raw.forEach((e, k) => {
    const field = join(eField, `[${k}]`);
    if (!Array.isArray(e) || e.length !== 2 || !isNode(e[0]) || !isNode(e[1]))
      fail(field, `must be an edge [i, j] of node numbers 0 … ${nodes - 1} (got ${quote(e)})`);
    const [i, j] = e as [number, number];
    const id = directed || i <= j ? i * nodes + j : j * nodes + i;
    const first = seen.get(id);
    if (first !== undefined)
      fail(
        field,
        `${quote(e)} is the same edge as edges[${first}]${directed ? '' : ' (the graph is undirected)'}`,
      );
    seen.set(id, k);
    edges.push([i, j]);
  });
  return { P: nodes, directed, edges };
}

/**
 * A memory graph; with `P` (the number of memories) the graph must have that many nodes, and a
 * preset {"preset": "ring"} is expanded to it (`seed` seeds the stochastic block models).
 */
export function parseCdamGraph(value: unknown, P?: number, seed = 1): CdamGraph {
  top(value, 'graph');
  return graphAt(value, '', P, seed);
}

// ---- set-up, cue, parameters ------------------------------------------------------------------

const SETUP = '{"memories": {…}, "graph": {…} or {"preset": "ring"}, "coupling": "normalised"}';

export function setupAt(value: unknown, at: string): CdamSetup {
  const s = keysOf(value, ['memories', 'graph', 'coupling'], at, SETUP);
  const memories = memoriesAt(s.memories, join(at, 'memories'));
  const graph = graphAt(s.graph, join(at, 'graph'), memories.P, memories.seed);
  const coupling = check(oneOf(COUPLINGS as readonly Coupling[]), s.coupling, join(at, 'coupling'));
  return { memories, graph, coupling };
}

export function parseCdamSetup(value: unknown): CdamSetup {
  top(value, 'set-up');
  return setupAt(value, '');
}

/** A state: a Float64Array (or any typed array, or a list) of 1 … 4096 finite numbers, as a Float64Array. */
export function vectorAt(value: unknown, at: string): Float64Array {
  const isList =
    Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!isList) fail(at, `must be a list of at most ${L.NMax} numbers (got ${quote(value)})`);
  const xs = value as ArrayLike<unknown>;
  if (xs.length < 1 || xs.length > L.NMax)
    fail(at, `must hold 1 to ${L.NMax} numbers (got ${xs.length})`);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number' || !Number.isFinite(x))
      fail(join(at, `[${i}]`), `must be a finite number (got ${quote(x)})`);
  }
  return value instanceof Float64Array ? value : Float64Array.from(xs as ArrayLike<number>);
}

const CUE =
  '{"kind": "memory", "start": 0, "noise": 1, "seed": 1} or {"kind": "state", "x": [...]}';

export function cueAt(value: unknown, at: string, P: number): CdamCue {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === 'state') {
    const c = keysOf(value, ['kind', 'x'], at, CUE);
    return { kind: 'state', x: vectorAt(c.x, join(at, 'x')) };
  }
  const c = check(
    v.variant(
      'kind',
      [
        v.strictObject({
          kind: v.literal('memory'),
          start: int(0, L.PMax - 1),
          noise: num(0, L.noiseMax),
          seed: seed(),
        }),
      ],
      `must be a cue like ${CUE}`,
    ),
    value,
    at,
  );
  if (c.start >= P)
    fail(join(at, 'start'), `there are ${P} memories, numbered from 0 (got ${c.start})`);
  return c;
}

export function parseCdamCue(value: unknown): { setup: CdamSetup; cue: CdamCue } {
  top(value, 'cue request');
  const r = keysOf(value, ['setup', 'cue'], '', '{"setup": {…}, "cue": {…}}');
  const setup = setupAt(r.setup, 'setup');
  return { setup, cue: cueAt(r.cue, 'cue', setup.memories.P) };
}

export const paramsSchema = () =>
  v.strictObject(
    { a: num(L.aMin, L.aMax), h: num(L.hMin, L.hMax), beta: beta(), eta: eta() },
    'must be parameters like {"a": 1, "h": 0, "beta": 1, "eta": 0.1}',
  );

export function parseCdamParams(value: unknown): CdamParams {
  top(value, 'parameters');
  return check(paramsSchema(), value, '');
}

export function advanceAt(value: unknown, at: string): CdamAdvance {
  const r = keysOf(
    value,
    ['setup', 'x', 'params', 'steps'],
    at,
    '{"setup", "x", "params", "steps"}',
  );
  const setup = setupAt(r.setup, join(at, 'setup'));
  const x = vectorAt(r.x, join(at, 'x'));
  const params = check(paramsSchema(), r.params, join(at, 'params'));
  const steps = check(int(1, L.stepsMax), r.steps, join(at, 'steps'));
  return { setup, x, params, steps };
}

export function parseCdamAdvance(value: unknown): CdamAdvance {
  top(value, 'advance request');
  return advanceAt(value, '');
}

// ---- experiments ------------------------------------------------------------------------------
