/**
 * CDAM's dynamics in the span of the memories: exact, and P² per step instead of P·N.
 *
 * Every update adds η·(Σ_μ p_μ (a ξ^μ + h g^μ) − ξ̄) with g^μ = Σ_ν H[ν, μ] ξ^ν and ξ̄ the mean
 * memory, all combinations of the memories; so from a start x₀ the state stays
 *   x(t) = c(t) x₀ + Σ_μ w_μ(t) ξ^μ,   c(t) = (1 − η)^t,
 *   w ← (1 − η) w + η (a p + h H p − 1/P),   p = softmax(β (c Ξx₀ + G w)),
 * with G = ΞΞᵀ the memories' Gram matrix. The phase map and the range-of-recall sweep run here;
 * span.test.ts checks it against the full update (dynamics.ts).
 */
import type { CdamSystem } from './dynamics';
import type { CdamParams } from './types';

/** What the span dynamics need of a memory set, graph and start. */
export interface SpanStart {
  P: number;
  /** P × P Gram matrix ξ^μ · ξ^ν. */
  gram: Float64Array;
  /** P × P couplings H (types.ts layout). */
  H: Float64Array;
  /** P: ξ^μ · x₀. */
  xiX0: Float64Array;
  /** P × P centred covariances Σ_i (ξ^μ_i − mean_μ)(ξ^ν_i − mean_ν). */
  cov: Float64Array;
  /** P: centred Σ_i (x₀_i − mean)(ξ^μ_i − mean_μ). */
  covX0: Float64Array;
  /** Centred Σ_i (x₀_i − mean)². */
  varX0: number;
}

export function spanStart(sys: CdamSystem, H: Float64Array, x0: ArrayLike<number>): SpanStart {
  const { P, N, xi, rowMean } = sys;
  const gram = new Float64Array(P * P);
  const cov = new Float64Array(P * P);
  for (let mu = 0; mu < P; mu++)
    for (let nu = mu; nu < P; nu++) {
      let g = 0;
      let c = 0;
      for (let i = 0; i < N; i++) {
        const u = xi[mu * N + i];
        const v = xi[nu * N + i];
        g += u * v;
        c += (u - rowMean[mu]) * (v - rowMean[nu]);
      }
      gram[mu * P + nu] = gram[nu * P + mu] = g;
      cov[mu * P + nu] = cov[nu * P + mu] = c;
    }
  let s = 0;
  for (let i = 0; i < N; i++) s += x0[i];
  const xm = s / N;
  let varX0 = 0;
  for (let i = 0; i < N; i++) varX0 += (x0[i] - xm) ** 2;
  const xiX0 = new Float64Array(P);
  const covX0 = new Float64Array(P);
  for (let mu = 0; mu < P; mu++) {
    let g = 0;
    let c = 0;
    for (let i = 0; i < N; i++) {
      g += xi[mu * N + i] * x0[i];
      c += (x0[i] - xm) * (xi[mu * N + i] - rowMean[mu]);
    }
    xiX0[mu] = g;
    covX0[mu] = c;
  }
  return { P, gram, H, xiX0, cov, covX0, varX0 };
}

/** The state after `steps` steps as (c, w). */
export function runSpan(
  s: SpanStart,
  params: CdamParams,
  steps: number,
): { c: number; w: Float64Array } {
  const { P, gram, H, xiX0 } = s;
  const { a, h, beta, eta } = params;
  const w = new Float64Array(P);
  const p = new Float64Array(P);
  let c = 1;
  for (let t = 0; t < steps; t++) {
    let max = -Infinity;
    for (let nu = 0; nu < P; nu++) {
      let z = c * xiX0[nu];
      for (let mu = 0; mu < P; mu++) z += gram[nu * P + mu] * w[mu];
      p[nu] = beta * z;
      if (p[nu] > max) max = p[nu];
    }
    let sum = 0;
    for (let nu = 0; nu < P; nu++) {
      p[nu] = Math.exp(p[nu] - max);
      sum += p[nu];
    }
    for (let nu = 0; nu < P; nu++) p[nu] /= sum;
    for (let nu = 0; nu < P; nu++) {
      let hp = 0;
      for (let mu = 0; mu < P; mu++) hp += H[nu * P + mu] * p[mu];
      w[nu] = (1 - eta) * w[nu] + eta * (a * p[nu] + h * hp - 1 / P);
    }
    c *= 1 - eta;
  }
  return { c, w };
}

/** Pearson correlations of x = c x₀ + Σ w_μ ξ^μ with every memory, from the span alone. */
export function spanCorrelations(
  s: SpanStart,
  c: number,
  w: Float64Array,
  m = new Float64Array(s.P),
): Float64Array {
  const { P, cov, covX0, varX0 } = s;
  // cov(x, ξ^μ) = c·covX0[μ] + Σ_ν w_ν cov[ν, μ];  var(x) = c² varX0 + 2c Σ w covX0 + wᵀ cov w.
  let varX = c * c * varX0;
  for (let nu = 0; nu < P; nu++) {
    varX += 2 * c * w[nu] * covX0[nu];
    for (let mu = 0; mu < P; mu++) varX += w[nu] * w[mu] * cov[nu * P + mu];
  }
  for (let mu = 0; mu < P; mu++) {
    let cx = c * covX0[mu];
    for (let nu = 0; nu < P; nu++) cx += w[nu] * cov[nu * P + mu];
    const d = Math.sqrt(Math.max(0, varX) * cov[mu * P + mu]);
    m[mu] = d > 1e-9 * (1 + Math.abs(cov[mu * P + mu])) ? Math.max(-1, Math.min(1, cx / d)) : 0;
  }
  return m;
}

/** The state in neuron space from (c, w): c x₀ + Σ w_μ ξ^μ. */
export function spanState(
  sys: CdamSystem,
  x0: ArrayLike<number>,
  c: number,
  w: Float64Array,
): Float64Array {
  const { P, N, xi } = sys;
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = c * x0[i];
  for (let mu = 0; mu < P; mu++) for (let i = 0; i < N; i++) x[i] += w[mu] * xi[mu * N + i];
  return x;
}
