/**
 * The U-Hop+ separation loss (docs/models.md §7.2) and the geometry of the memory code.
 *
 *   L(W, b) = (1/M) · log( (2/(M(M−1))) · Σ_{μ<ν} exp(⟨z_μ, z_ν⟩/τ) ),  z_μ = Φ(ξ_μ)/‖Φ(ξ_μ)‖.
 *
 * The sum runs over the pairs μ < ν only. The paper's code builds it with torch.triu(·, 1), which
 * also leaves M(M+1)/2 terms exp(0) = 1 in the sum (a shifted loss value); that quirk is NOT
 * reproduced here. The sum is a log-sum-exp (max subtracted), so τ down to 0.01 never overflows.
 *
 * The gradient is the exact gradient of this L, through the normalisation z = F/‖F‖ and on both
 * sides of every inner product (the paper's code detaches one side; this does not). With the pair
 * weights A_{μν} = exp(⟨z_μ,z_ν⟩/τ − lse) for μ < ν (0 elsewhere) and B = (A + Aᵀ)/(Mτ):
 *   ∂L/∂z_μ = Σ_ν B_{μν} z_ν,
 *   ∂L/∂F_μ = (g_μ − ⟨g_μ, z_μ⟩ z_μ)/‖F_μ‖   (g_μ = ∂L/∂z_μ; 0 for a zero feature row),
 *   ∂L/∂W = Σ_μ (∂L/∂F_μ) ξ_μᵀ,  ∂L/∂b = Σ_μ ∂L/∂F_μ.
 */
import type { Patterns } from '../dynamics/types';
import { checkMap, mapRows, normaliseRows, stableNorm } from './feature-map';
import type { LinearMap } from './types';

const DEG = 180 / Math.PI;

export interface SeparationParts {
  loss: number;
  /** Normalised features, M × D_Φ. */
  Z: Float64Array;
  /** ∂L/∂W (D_Φ × D) and ∂L/∂b (D_Φ), when asked for. */
  gW?: Float64Array;
  gb?: Float64Array;
}

function checkInputs(map: LinearMap, memories: Patterns, tau: number): void {
  checkMap(map);
  if (memories.count < 2)
    throw new Error(`memories: the separation loss needs at least 2, got ${memories.count}`);
  if (memories.dim !== map.D)
    throw new Error(`memories have dimension ${memories.dim}, the map takes D = ${map.D}`);
  if (!Number.isFinite(tau) || tau <= 0) throw new Error(`tau must be finite and > 0, got ${tau}`);
}

/** The loss, the normalised features and (when `withGrad`) the exact gradient. */
export function separationParts(
  map: LinearMap,
  memories: Patterns,
  tau: number,
  withGrad: boolean,
): SeparationParts {
  checkInputs(map, memories, tau);
  const M = memories.count;
  const { D, dPhi } = map;
  const F = mapRows(map, memories);
  const Z = normaliseRows(F, M, dPhi);
  // Pair scores s_{μν} = ⟨z_μ, z_ν⟩/τ for μ < ν, stored in the upper triangle of S.
  const S = new Float64Array(M * M);
  let max = -Infinity;
  for (let mu = 0; mu < M; mu++) {
    for (let nu = mu + 1; nu < M; nu++) {
      let c = 0;
      for (let r = 0; r < dPhi; r++) c += Z[mu * dPhi + r] * Z[nu * dPhi + r];
      const s = c / tau;
      S[mu * M + nu] = s;
      if (s > max) max = s;
    }
  }
  let sum = 0;
  for (let mu = 0; mu < M; mu++)
    for (let nu = mu + 1; nu < M; nu++) sum += Math.exp(S[mu * M + nu] - max);
  const lse = max + Math.log(sum);
  const loss = (Math.log(2 / (M * (M - 1))) + lse) / M;
  if (!withGrad) return { loss, Z };

  // g = B Z with B symmetric: B_{μν} = B_{νμ} = A_{μν}/(Mτ).
  const g = new Float64Array(M * dPhi);
  const scale = 1 / (M * tau);
  for (let mu = 0; mu < M; mu++) {
    for (let nu = mu + 1; nu < M; nu++) {
      const w = Math.exp(S[mu * M + nu] - lse) * scale;
      if (w === 0) continue;
      for (let r = 0; r < dPhi; r++) {
        g[mu * dPhi + r] += w * Z[nu * dPhi + r];
        g[nu * dPhi + r] += w * Z[mu * dPhi + r];
      }
    }
  }
  // Through the normalisation: the tangential part of g, divided by ‖F_μ‖.
  const gF = new Float64Array(M * dPhi);
  for (let mu = 0; mu < M; mu++) {
    const n = stableNorm(F, mu * dPhi, dPhi);
    if (n === 0) continue;
    let dot = 0;
    for (let r = 0; r < dPhi; r++) dot += g[mu * dPhi + r] * Z[mu * dPhi + r];
    for (let r = 0; r < dPhi; r++)
      gF[mu * dPhi + r] = (g[mu * dPhi + r] - dot * Z[mu * dPhi + r]) / n;
  }
  const gW = new Float64Array(dPhi * D);
  const gb = new Float64Array(dPhi);
  const X = memories.data;
  for (let mu = 0; mu < M; mu++) {
    for (let r = 0; r < dPhi; r++) {
      const v = gF[mu * dPhi + r];
      if (v === 0) continue;
      gb[r] += v;
      const wr = r * D;
      const xr = mu * D;
      for (let i = 0; i < D; i++) gW[wr + i] += v * X[xr + i];
    }
  }
  return { loss, Z, gW, gb };
}

/** L(W, b) for the map on the memories at temperature τ. */
export function separationLoss(map: LinearMap, memories: Patterns, tau: number): number {
  return separationParts(map, memories, tau, false).loss;
}

/** L and its exact gradient with respect to W (D_Φ × D, row-major) and b (D_Φ). */
export function separationGrad(
  map: LinearMap,
  memories: Patterns,
  tau: number,
): { loss: number; gW: Float64Array; gb: Float64Array } {
  const { loss, gW, gb } = separationParts(map, memories, tau, true);
  return { loss, gW: gW!, gb: gb! };
}

/**
 * Cosines between the M rows of the M × d matrix `points` (each normalised here; a zero row has
 * cosine 0 with everything, itself included): M × M, clamped into [−1, 1].
 */
export function similarityMatrix(points: ArrayLike<number>, M: number, d: number): Float64Array {
  const Z = normaliseRows(points, M, d);
  const C = new Float64Array(M * M);
  for (let mu = 0; mu < M; mu++) {
    for (let nu = mu; nu < M; nu++) {
      let c = 0;
      for (let r = 0; r < d; r++) c += Z[mu * d + r] * Z[nu * d + r];
      c = Math.min(1, Math.max(-1, c));
      C[mu * M + nu] = c;
      C[nu * M + mu] = c;
    }
  }
  return C;
}

/**
 * The smallest angle between two of the M rows of `points` (M × d, normalised here), degrees,
 * from the largest off-diagonal cosine. 180 when M < 2 (no pair is closer than antipodal).
 */
export function minAngleDeg(points: ArrayLike<number>, M: number, d: number): number {
  const Z = normaliseRows(points, M, d);
  let best = -1;
  for (let mu = 0; mu < M; mu++) {
    for (let nu = mu + 1; nu < M; nu++) {
      let c = 0;
      for (let r = 0; r < d; r++) c += Z[mu * d + r] * Z[nu * d + r];
      if (c > best) best = c;
    }
  }
  return Math.acos(Math.min(1, Math.max(-1, best))) * DEG;
}
