/**
 * The paper's experiments (docs/models.md §10.3) on the core: range of recall on a ring, sequence
 * replay along a directed cycle, and the (a, h) phase map of the final mode. They run in the
 * span of the memories (span.ts, exact), so a sweep costs P² per step.
 */
import { subSeed } from '../util/sub-seed';
import { cdamSystem, type CdamSystem } from './dynamics';
import { couplingMatrix, graphDistances, ringGraph } from './graph';
import { noisyStart, uniformMemories } from './memories';
import { readMode, type ModeReading } from './modes';
import { runSpan, spanCorrelations, spanStart } from './span';
import type { CdamGraph, CdamMode, CdamParams, CdamTrace, Coupling } from './types';

export interface RangeOfRecallSpec {
  P: number;
  N: number;
  pairs: Array<{ a: number; h: number }>;
  beta: number;
  eta: number;
  steps: number;
  noise: number;
  seed: number;
}

export const RANGE_OF_RECALL_PAPER: RangeOfRecallSpec = {
  P: 30,
  N: 1000,
  pairs: [
    { a: 1, h: 0 },
    { a: 0.5, h: 0.5 },
    { a: -0.5, h: 1.5 },
    { a: -2, h: 3 },
  ],
  beta: 1,
  eta: 0.1,
  steps: 100,
  noise: 1,
  seed: 1,
};

export interface RangeOfRecallRow {
  a: number;
  h: number;
  /** Mean corr(x_final(start μ), ξ^ν) over pairs at graph distance d = 0, 1, …. */
  byDistance: number[];
  /** Mean corr(x_final(start μ), x_final(start ν)) at distance d (the paper's attractor similarity). */
  attractorByDistance: number[];
  /** Share of starts whose final state is in each mode. */
  modes: Record<CdamMode, number>;
}

/** The ring, memories and starts of a range-of-recall sweep (seeded: memories, then one noise per start). */
export function rangeOfRecallSetup(spec: RangeOfRecallSpec) {
  const graph = ringGraph(spec.P);
  const H = couplingMatrix(graph, 'normalised');
  const xi = uniformMemories(spec.P, spec.N, subSeed(spec.seed, 0));
  const sys = cdamSystem(xi, spec.P, spec.N, H);
  const D = graphDistances(graph);
  const starts = Array.from({ length: spec.P }, (_, mu) =>
    spanStart(sys, H, noisyStart(xi, spec.N, mu, spec.noise, subSeed(spec.seed, 1, mu))),
  );
  return { graph, H, sys, D, starts };
}

/** One (a, h) row of the sweep: every memory as the cue in turn. */
export function rangeOfRecallRow(
  setup: ReturnType<typeof rangeOfRecallSetup>,
  spec: RangeOfRecallSpec,
  pair: { a: number; h: number },
): RangeOfRecallRow {
  const { sys, D, starts } = setup;
  const { P, N } = spec;
  const params: CdamParams = { a: pair.a, h: pair.h, beta: spec.beta, eta: spec.eta };
  const finals: Float64Array[] = [];
  const corr: Float64Array[] = [];
  const modes: Record<CdamMode, number> = { auto: 0, narrow: 0, wide: 0, quiescent: 0 };
  for (let mu = 0; mu < P; mu++) {
    const { c, w } = runSpan(starts[mu], params, spec.steps);
    const m = spanCorrelations(starts[mu], c, w);
    corr.push(m);
    modes[readMode(m, D).mode] += 1 / P;
    // The final state itself, for the attractor similarity between starts.
    const x = new Float64Array(N);
    const x0 = noisyStart(sys.xi, N, mu, spec.noise, subSeed(spec.seed, 1, mu));
    for (let i = 0; i < N; i++) x[i] = c * x0[i];
    for (let nu = 0; nu < P; nu++) for (let i = 0; i < N; i++) x[i] += w[nu] * sys.xi[nu * N + i];
    finals.push(x);
  }
  let maxD = 0;
  for (const d of D) maxD = Math.max(maxD, d);
  const sum = new Float64Array(maxD + 1);
  const sumA = new Float64Array(maxD + 1);
  const count = new Float64Array(maxD + 1);
  const fstats = finals.map(centred);
  for (let mu = 0; mu < P; mu++)
    for (let nu = 0; nu < P; nu++) {
      const d = D[mu * P + nu];
      if (d < 0) continue;
      sum[d] += corr[mu][nu];
      sumA[d] += centredCorr(fstats[mu], fstats[nu]);
      count[d]++;
    }
  return {
    ...pair,
    byDistance: Array.from(sum, (s, d) => s / count[d]),
    attractorByDistance: Array.from(sumA, (s, d) => s / count[d]),
    modes,
  };
}

function centred(x: Float64Array): { v: Float64Array; norm: number } {
  let s = 0;
  for (const u of x) s += u;
  const m = s / x.length;
  const v = x.map((u) => u - m);
  let q = 0;
  for (const u of v) q += u * u;
  return { v, norm: Math.sqrt(q) };
}

function centredCorr(
  u: { v: Float64Array; norm: number },
  w: { v: Float64Array; norm: number },
): number {
  const d = u.norm * w.norm;
  if (!(d > 1e-12)) return 0;
  let c = 0;
  for (let i = 0; i < u.v.length; i++) c += u.v[i] * w.v[i];
  return Math.max(-1, Math.min(1, c / d));
}

export function rangeOfRecall(spec: RangeOfRecallSpec): RangeOfRecallRow[] {
  const setup = rangeOfRecallSetup(spec);
  return spec.pairs.map((pair) => rangeOfRecallRow(setup, spec, pair));
}

/** A visit: the steps [from, to] over which one memory was the most correlated. */
export interface Visit {
  memory: number;
  from: number;
  to: number;
}

export interface SequenceReading {
  visits: Visit[];
  /** Memories in the order visited (the replay order). */
  order: number[];
  /** Transitions to the next memory along the cycle, to a later one (skips), and any other. */
  forward: number;
  skips: number;
  other: number;
  /** Forward transitions per 100 steps. */
  rate: number;
  /** The state stayed on one memory for the last half of the run or more. */
  sticks: boolean;
  /** Mean steps per visit, the first and last visits excluded when there are more than two. */
  stepsPerVisit: number;
}

/**
 * Reads a replay from a trace along a cycle whose memories follow `cycle` (cycle[k] → cycle[k+1]).
 * A step belongs to the memory most correlated with the state, if that correlation is at least
 * `floor`; steps below it belong to no memory and do not break a visit.
 */
export function readSequence(trace: CdamTrace, cycle: number[], floor = 0.3): SequenceReading {
  const { P, steps, m } = trace;
  const pos = new Int32Array(P).fill(-1);
  cycle.forEach((mu, k) => (pos[mu] = k));
  const visits: Visit[] = [];
  for (let t = 0; t <= steps; t++) {
    let best = 0;
    for (let mu = 1; mu < P; mu++) if (m[t * P + mu] > m[t * P + best]) best = mu;
    if (m[t * P + best] < floor) continue;
    const last = visits[visits.length - 1];
    if (last && last.memory === best) last.to = t;
    else visits.push({ memory: best, from: t, to: t });
  }
  let forward = 0;
  let skips = 0;
  let other = 0;
  const L = cycle.length;
  for (let k = 1; k < visits.length; k++) {
    const a = pos[visits[k - 1].memory];
    const b = pos[visits[k].memory];
    if (a < 0 || b < 0) other++;
    else {
      const hop = (b - a + L) % L;
      if (hop === 1) forward++;
      else if (hop > 1 && hop <= L / 2) skips++;
      else other++;
    }
  }
  const last = visits[visits.length - 1];
  const inner = visits.length > 2 ? visits.slice(1, -1) : visits;
  return {
    visits,
    order: visits.map((v) => v.memory),
    forward,
    skips,
    other,
    rate: (100 * forward) / Math.max(1, steps),
    sticks: !!last && last.to - last.from >= steps / 2,
    stepsPerVisit: inner.length
      ? inner.reduce((s, v) => s + v.to - v.from + 1, 0) / inner.length
      : 0,
  };
}

export interface PhaseMapSpec {
  aRange: [number, number];
  hRange: [number, number];
  /** Cells per side. */
  R: number;
  beta: number;
  eta: number;
  steps: number;
}

export interface PhaseCell {
  mode: CdamMode;
  peak: number;
  peakCorr: number;
  active: number;
}

/** The value of axis cell i of R (both ends included). */
export const axisValue = (range: [number, number], R: number, i: number) =>
  R === 1 ? range[0] : range[0] + ((range[1] - range[0]) * i) / (R - 1);

/**
 * One row of the phase map (h = axisValue(hRange, R, row), a along the columns), each cell the
 * mode of the final state from the same start.
 */
export function phaseRow(
  sys: CdamSystem,
  H: Float64Array,
  D: Int32Array,
  x0: ArrayLike<number>,
  spec: PhaseMapSpec,
  row: number,
  start = spanStart(sys, H, x0),
): PhaseCell[] {
  const h = axisValue(spec.hRange, spec.R, row);
  const out: PhaseCell[] = [];
  for (let col = 0; col < spec.R; col++) {
    const a = axisValue(spec.aRange, spec.R, col);
    const { c, w } = runSpan(start, { a, h, beta: spec.beta, eta: spec.eta }, spec.steps);
    const m = spanCorrelations(start, c, w);
    const r: ModeReading = readMode(m, D);
    out.push({ mode: r.mode, peak: r.peak, peakCorr: m[r.peak], active: r.active.length });
  }
  return out;
}

/** A graph and coupling as the sweep functions take them. */
export function systemOf(
  xi: Float64Array,
  P: number,
  N: number,
  graph: CdamGraph,
  coupling: Coupling,
) {
  const H = couplingMatrix(graph, coupling);
  return { H, sys: cdamSystem(xi, P, N, H), D: graphDistances(graph) };
}
