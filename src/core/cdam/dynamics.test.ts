import { describe, expect, it } from 'vitest';
import { softmaxUpdate } from '../dynamics/softmax-update';
import { cdamStep, cdamSystem, correlations, memoryWeights, pearson, runCdam } from './dynamics';
import { couplingMatrix, cycleGraph, ringGraph } from './graph';
import { noisyStart, uniformMemories } from './memories';

const P = 8;
const N = 50;
const xi = uniformMemories(P, N, 3);
const H = couplingMatrix(ringGraph(P), 'normalised');
const sys = cdamSystem(xi, P, N, H);
const x0 = noisyStart(xi, N, 2, 1, 5);

/** x + η (softmax(βΞx)ᵀ (aΞ + h ΞH-targets) − ξ̄ − x), written out from §10.1 with no shared code. */
function reference(a: number, h: number, beta: number, eta: number, x: Float64Array): Float64Array {
  const logits = Array.from({ length: P }, (_, mu) => {
    let s = 0;
    for (let i = 0; i < N; i++) s += xi[mu * N + i] * x[i];
    return beta * s;
  });
  const top = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - top));
  const z = e.reduce((s, u) => s + u, 0);
  const p = e.map((u) => u / z);
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let r = 0;
    let mean = 0;
    for (let mu = 0; mu < P; mu++) {
      let g = 0; // Σ_ν H[ν, μ] ξ^ν_i
      for (let nu = 0; nu < P; nu++) g += H[nu * P + mu] * xi[nu * N + i];
      r += p[mu] * (a * xi[mu * N + i] + h * g);
      mean += xi[mu * N + i] / P;
    }
    out[i] = x[i] + eta * (r - mean - x[i]);
  }
  return out;
}

const close = (u: ArrayLike<number>, v: ArrayLike<number>, tol = 1e-12) => {
  expect(u.length).toBe(v.length);
  for (let i = 0; i < u.length; i++) expect(Math.abs(u[i] - v[i])).toBeLessThanOrEqual(tol);
};

describe('cdamStep', () => {
  it('a = 1, h = 0 is the softmax update minus the mean shift: x + η(Ξᵀsoftmax(βΞx) − ξ̄ − x)', () => {
    const beta = 0.3;
    const eta = 0.2;
    const x = Float64Array.from(x0);
    cdamStep(sys, { a: 1, h: 0, beta, eta }, x);
    close(x, reference(1, 0, beta, eta, x0));
    // The studio's softmax retrieval (Ramsauer), one update, shifted by the mean memory.
    const { next } = softmaxUpdate({ count: P, dim: N, data: xi }, x0, beta);
    const expected = x0.map((u, i) => u + eta * (next[i] - sys.mean[i] - u));
    close(x, expected);
    // η = 1 lands exactly on the update minus the mean.
    const jump = Float64Array.from(x0);
    cdamStep(sys, { a: 1, h: 0, beta, eta: 1 }, jump);
    close(
      jump,
      next.map((u, i) => u - sys.mean[i]),
    );
  });

  it('matches the written-out update for hetero and anti-Hebbian parameters', () => {
    for (const [a, h, beta, eta] of [
      [0, 1, 1, 0.1],
      [-0.5, 1.5, 0.5, 0.1],
      [-2, 3, 2, 0.5],
    ]) {
      const x = Float64Array.from(x0);
      cdamStep(sys, { a, h, beta, eta }, x);
      close(x, reference(a, h, beta, eta, x0));
    }
  });

  it('the hetero target of a ring memory is half of each neighbour', () => {
    for (let i = 0; i < N; i++)
      expect(sys.hetero[3 * N + i]).toBeCloseTo(0.5 * (xi[2 * N + i] + xi[4 * N + i]), 14);
    const c = cdamSystem(xi, P, N, couplingMatrix(cycleGraph(P), 'normalised'));
    // 2 → 3 on the cycle: memory 2's target is ξ³.
    close(c.hetero.subarray(2 * N, 3 * N), xi.subarray(3 * N, 4 * N));
  });

  it('stays finite at β = 1000 with N = 4096 (the softmax subtracts its largest logit)', () => {
    const Pb = 12;
    const Nb = 4096;
    const big = uniformMemories(Pb, Nb, 1);
    const s = cdamSystem(big, Pb, Nb, couplingMatrix(ringGraph(Pb), 'normalised'));
    const p = new Float64Array(Pb);
    const x = noisyStart(big, Nb, 0, 10, 2);
    for (let t = 0; t < 5; t++) {
      cdamStep(s, { a: -2, h: 3, beta: 1000, eta: 1 }, x, p);
      expect(x.every(Number.isFinite)).toBe(true);
      expect(p.every(Number.isFinite)).toBe(true);
      expect(p.reduce((u, w) => u + w, 0)).toBeCloseTo(1, 12);
    }
    expect(correlations(s, x).every(Number.isFinite)).toBe(true);
    memoryWeights(s, new Float64Array(Nb).fill(1e6), 1000, p);
    expect(p.every(Number.isFinite)).toBe(true);
  });
});

describe('correlations and runCdam', () => {
  it('correlations are Pearson against every memory; a constant state has none', () => {
    const m = correlations(sys, x0);
    for (let mu = 0; mu < P; mu++)
      expect(m[mu]).toBeCloseTo(pearson(x0, xi.subarray(mu * N, (mu + 1) * N)), 12);
    expect(m[2]).toBe(Math.max(...m));
    expect(Array.from(correlations(sys, new Float64Array(N).fill(3)))).toEqual(Array(P).fill(0));
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 14);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 14);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('runCdam keeps x0, records steps + 1 rows and lets a schedule write the state', () => {
    const params = { a: -0.5, h: 1.5, beta: 1, eta: 0.1 };
    const before = Float64Array.from(x0);
    const { x, trace } = runCdam(sys, params, x0, 20);
    expect(x0).toEqual(before);
    expect(trace.m).toHaveLength(21 * P);
    close(trace.m.subarray(0, P), correlations(sys, x0));
    close(trace.m.subarray(20 * P), correlations(sys, x));
    const stepped = Float64Array.from(x0);
    for (let t = 0; t < 20; t++) cdamStep(sys, params, stepped);
    close(x, stepped, 0);
    const seen: number[] = [];
    const r = runCdam(sys, params, x0, 3, (t, s) => {
      seen.push(t);
      s.fill(0);
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(Array.from(r.x)).toEqual(Array(N).fill(0));
  });
});
