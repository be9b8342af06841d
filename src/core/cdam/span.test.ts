import { describe, expect, it } from 'vitest';
import { createRng } from '../util/random';
import { cdamSystem, correlations, runCdam } from './dynamics';
import { couplingMatrix, cycleGraph, ringGraph, sbmGraph } from './graph';
import { noisyStart, uniformMemories } from './memories';
import { runSpan, spanCorrelations, spanStart, spanState } from './span';
import type { CdamGraph, Coupling } from './types';

const P = 12;
const N = 300;
const xi = uniformMemories(P, N, 4);

/** |u − v| ≤ tol · max(1, max |v|) everywhere. */
function relClose(u: ArrayLike<number>, v: ArrayLike<number>, tol = 1e-9) {
  expect(u.length).toBe(v.length);
  let scale = 1;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i]));
  let worst = 0;
  for (let i = 0; i < v.length; i++) worst = Math.max(worst, Math.abs(u[i] - v[i]));
  expect(worst).toBeLessThanOrEqual(tol * scale);
}

const PARAMS = [
  { a: 1, h: 0, beta: 1, eta: 0.1 },
  { a: 0.5, h: 0.5, beta: 0.5, eta: 0.2 },
  { a: -0.5, h: 1.5, beta: 1, eta: 0.1 },
  { a: -2, h: 3, beta: 2, eta: 0.1 },
  { a: -1.5, h: 3, beta: 0.6, eta: 0.5 },
];
const rng = createRng(11);
const arbitrary = Float64Array.from({ length: N }, () => 4 * rng.next() - 2);
const GRAPHS: Array<[CdamGraph, Coupling]> = [
  [ringGraph(P), 'normalised'],
  [cycleGraph(P), 'normalised'],
  [sbmGraph(P, 2, 0.6, 0.1, 2), 'raw'],
];

describe('the span dynamics equal the full update', () => {
  for (const [graph, coupling] of GRAPHS)
    it(`${graph.directed ? 'directed' : 'undirected'} ${graph.edges.length}-edge graph, ${coupling}`, () => {
      const H = couplingMatrix(graph, coupling);
      const sys = cdamSystem(xi, P, N, H);
      for (const x0 of [noisyStart(xi, N, 3, 1, 9), arbitrary])
        for (const params of PARAMS) {
          const steps = 60;
          const full = runCdam(sys, params, x0, steps);
          const s = spanStart(sys, H, x0);
          const { c, w } = runSpan(s, params, steps);
          expect(c).toBeCloseTo((1 - params.eta) ** steps, 14);
          relClose(spanState(sys, x0, c, w), full.x);
          relClose(spanCorrelations(s, c, w), correlations(sys, full.x));
          relClose(spanCorrelations(s, c, w), full.trace.m.subarray(steps * P));
        }
    });

  it('zero steps is the start itself', () => {
    const H = couplingMatrix(ringGraph(P), 'normalised');
    const sys = cdamSystem(xi, P, N, H);
    const s = spanStart(sys, H, arbitrary);
    const { c, w } = runSpan(s, PARAMS[0], 0);
    expect(c).toBe(1);
    expect(Array.from(w)).toEqual(Array(P).fill(0));
    relClose(spanState(sys, arbitrary, c, w), arbitrary, 0);
    relClose(spanCorrelations(s, c, w), correlations(sys, arbitrary), 1e-12);
  });
});
