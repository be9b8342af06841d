/**
 * CDAM's discrete-time dynamics, exactly docs/models.md §10.1:
 *   Q = (a Ξ + h Ξ H)ᵀ,  r = softmax(β xᵀ Ξ) Q − ξ̄ᵀ,  x ← x + η (r − x).
 * The auto and hetero parts are kept apart (r = Σ_μ p_μ (a ξ^μ + h g^μ) − ξ̄ with
 * g^μ = Σ_ν H[ν, μ] ξ^ν), so a and h can change between steps at no cost. The softmax subtracts
 * its largest logit, so any β the lab allows gives finite weights.
 */
import type { CdamParams, CdamTrace } from './types';

/** Memories and couplings, prepared once per memory set and graph. */
export interface CdamSystem {
  P: number;
  N: number;
  /** P × N: ξ^μ as rows. */
  xi: Float64Array;
  /** P × N: the hetero targets g^μ = Σ_ν H[ν, μ] ξ^ν. */
  hetero: Float64Array;
  /** N: the mean memory ξ̄. */
  mean: Float64Array;
  /** Per memory: its mean over neurons and the norm of its centred row (for correlations). */
  rowMean: Float64Array;
  rowNorm: Float64Array;
}

export function cdamSystem(xi: Float64Array, P: number, N: number, H: Float64Array): CdamSystem {
  if (xi.length !== P * N) throw new Error(`memories hold ${xi.length} values, not P·N = ${P * N}`);
  if (H.length !== P * P) throw new Error(`couplings hold ${H.length} values, not P² = ${P * P}`);
  const hetero = new Float64Array(P * N);
  for (let mu = 0; mu < P; mu++)
    for (let nu = 0; nu < P; nu++) {
      const w = H[nu * P + mu];
      if (w === 0) continue;
      const src = nu * N;
      const dst = mu * N;
      for (let i = 0; i < N; i++) hetero[dst + i] += w * xi[src + i];
    }
  const mean = new Float64Array(N);
  for (let mu = 0; mu < P; mu++) for (let i = 0; i < N; i++) mean[i] += xi[mu * N + i] / P;
  const rowMean = new Float64Array(P);
  const rowNorm = new Float64Array(P);
  for (let mu = 0; mu < P; mu++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += xi[mu * N + i];
    const m = s / N;
    let q = 0;
    for (let i = 0; i < N; i++) q += (xi[mu * N + i] - m) ** 2;
    rowMean[mu] = m;
    rowNorm[mu] = Math.sqrt(q);
  }
  return { P, N, xi, hetero, mean, rowMean, rowNorm };
}

/** softmax(β ξ^μ · x) over μ into `p` (length P); returns p. */
export function memoryWeights(
  sys: CdamSystem,
  x: Float64Array,
  beta: number,
  p: Float64Array,
): Float64Array {
  const { P, N, xi } = sys;
  let max = -Infinity;
  for (let mu = 0; mu < P; mu++) {
    let s = 0;
    const o = mu * N;
    for (let i = 0; i < N; i++) s += xi[o + i] * x[i];
    p[mu] = beta * s;
    if (p[mu] > max) max = p[mu];
  }
  let z = 0;
  for (let mu = 0; mu < P; mu++) {
    p[mu] = Math.exp(p[mu] - max);
    z += p[mu];
  }
  for (let mu = 0; mu < P; mu++) p[mu] /= z;
  return p;
}

/** One step x ← x + η (r − x), in place; `p` (length P) is scratch and ends as the weights. */
export function cdamStep(
  sys: CdamSystem,
  params: CdamParams,
  x: Float64Array,
  p = new Float64Array(sys.P),
): void {
  const { P, N, xi, hetero, mean } = sys;
  const { a, h, beta, eta } = params;
  memoryWeights(sys, x, beta, p);
  const r = new Float64Array(N);
  for (let mu = 0; mu < P; mu++) {
    const wa = a * p[mu];
    const wh = h * p[mu];
    if (wa === 0 && wh === 0) continue;
    const o = mu * N;
    for (let i = 0; i < N; i++) r[i] += wa * xi[o + i] + wh * hetero[o + i];
  }
  for (let i = 0; i < N; i++) x[i] += eta * (r[i] - mean[i] - x[i]);
}

/**
 * Pearson correlation of x with every memory into `m` (length P). A constant state has no
 * correlation with anything: 0.
 */
export function correlations(
  sys: CdamSystem,
  x: ArrayLike<number>,
  m = new Float64Array(sys.P),
): Float64Array {
  const { P, N, xi, rowMean, rowNorm } = sys;
  let s = 0;
  for (let i = 0; i < N; i++) s += x[i];
  const xm = s / N;
  let q = 0;
  for (let i = 0; i < N; i++) q += (x[i] - xm) ** 2;
  const xn = Math.sqrt(q);
  for (let mu = 0; mu < P; mu++) {
    const o = mu * N;
    let c = 0;
    for (let i = 0; i < N; i++) c += (x[i] - xm) * (xi[o + i] - rowMean[mu]);
    const d = xn * rowNorm[mu];
    m[mu] = d > 1e-12 * N ? Math.max(-1, Math.min(1, c / d)) : 0;
  }
  return m;
}

/** Pearson correlation of two vectors (0 when either is constant). */
export function pearson(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const n = u.length;
  let su = 0;
  let sv = 0;
  for (let i = 0; i < n; i++) {
    su += u[i];
    sv += v[i];
  }
  const mu = su / n;
  const mv = sv / n;
  let c = 0;
  let qu = 0;
  let qv = 0;
  for (let i = 0; i < n; i++) {
    c += (u[i] - mu) * (v[i] - mv);
    qu += (u[i] - mu) ** 2;
    qv += (v[i] - mv) ** 2;
  }
  const d = Math.sqrt(qu * qv);
  return d > 1e-12 * n ? Math.max(-1, Math.min(1, c / d)) : 0;
}

/**
 * Runs `steps` steps from x0 (not changed) and returns the final state and the correlation trace
 * (steps + 1 rows). `each` runs after every step with the step's index (1-based) and the state,
 * for schedules such as the automaton's input overwrite; it may change x in place.
 */
export function runCdam(
  sys: CdamSystem,
  params: CdamParams,
  x0: Float64Array,
  steps: number,
  each?: (t: number, x: Float64Array) => void,
): { x: Float64Array; trace: CdamTrace } {
  const { P } = sys;
  const x = Float64Array.from(x0);
  const m = new Float64Array((steps + 1) * P);
  const p = new Float64Array(P);
  correlations(sys, x, m.subarray(0, P));
  for (let t = 1; t <= steps; t++) {
    cdamStep(sys, params, x, p);
    each?.(t, x);
    correlations(sys, x, m.subarray(t * P, (t + 1) * P));
  }
  return { x, trace: { P, steps, m } };
}
