/**
 * The linear feature map of the kernelized Hopfield model (docs/models.md §7.1):
 * Φ(x) = W x + b with W ∈ R^{D_Φ×D} (row-major) and b ∈ R^{D_Φ}; the Kaiming-normal start
 * (W_ij ~ N(0, 2/D), b = 0), the identity map, and the memories' features Φ(ξ_μ) and their
 * normalised versions Φ̂(ξ_μ) = Φ(ξ_μ)/‖Φ(ξ_μ)‖ (the memory code on the unit sphere).
 */
import type { Patterns } from '../dynamics/types';
import { createRng } from '../util/random';
import type { LinearMap } from './types';

/** The most feature dimensions a map may have (U-Hop+ trains 2 … 256). */
export const MAX_DIM = 4096;

function checkDim(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_DIM)
    throw new Error(`${name} must be an integer in [1, ${MAX_DIM}], got ${n}`);
}

/** W_ij ~ N(0, 2/D) (std √(2/D)), drawn row-major from createRng(seed); b = 0. */
export function kaimingMap(D: number, dPhi: number, seed: number): LinearMap {
  checkDim(D, 'D');
  checkDim(dPhi, 'dPhi');
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  const rng = createRng(seed);
  const std = Math.sqrt(2 / D);
  const W = new Float64Array(dPhi * D);
  for (let i = 0; i < W.length; i++) W[i] = std * rng.normal();
  return { D, dPhi, W, b: new Float64Array(dPhi) };
}

/** Φ(x) = x: W = I_D, b = 0. */
export function identityMap(D: number): LinearMap {
  checkDim(D, 'D');
  const W = new Float64Array(D * D);
  for (let i = 0; i < D; i++) W[i * D + i] = 1;
  return { D, dPhi: D, W, b: new Float64Array(D) };
}

/** A deep copy. */
export function cloneMap(map: LinearMap): LinearMap {
  return { D: map.D, dPhi: map.dPhi, W: Float64Array.from(map.W), b: Float64Array.from(map.b) };
}

/** Throws when the map's arrays do not have the sizes D and D_Φ say. */
export function checkMap(map: LinearMap): void {
  checkDim(map.D, 'map.D');
  checkDim(map.dPhi, 'map.dPhi');
  if (map.W.length !== map.D * map.dPhi)
    throw new Error(`map.W has length ${map.W.length}, D_Φ × D is ${map.dPhi * map.D}`);
  if (map.b.length !== map.dPhi)
    throw new Error(`map.b has length ${map.b.length}, D_Φ is ${map.dPhi}`);
}

/** Φ(x) = W x + b into `out` (length D_Φ, allocated when absent). */
export function applyMap(map: LinearMap, x: ArrayLike<number>, out?: Float64Array): Float64Array {
  const { D, dPhi, W, b } = map;
  if (x.length !== D) throw new Error(`x has length ${x.length}, the map takes D = ${D}`);
  const y = out ?? new Float64Array(dPhi);
  if (y.length !== dPhi) throw new Error(`out has length ${y.length}, the map gives ${dPhi}`);
  for (let r = 0; r < dPhi; r++) {
    let s = b[r];
    const row = r * D;
    for (let i = 0; i < D; i++) s += W[row + i] * x[i];
    y[r] = s;
  }
  return y;
}

/** Φ(ξ_μ) for every memory: M × D_Φ, row-major. */
export function mapRows(map: LinearMap, memories: Patterns): Float64Array {
  const { count: M, dim: D, data } = memories;
  if (D !== map.D) throw new Error(`memories have dimension ${D}, the map takes D = ${map.D}`);
  if (data.length < M * D)
    throw new Error(`memories.data has length ${data.length}, M × D is ${M * D}`);
  const { dPhi, W, b } = map;
  const F = new Float64Array(M * dPhi);
  for (let mu = 0; mu < M; mu++) {
    const xr = mu * D;
    for (let r = 0; r < dPhi; r++) {
      let s = b[r];
      const wr = r * D;
      for (let i = 0; i < D; i++) s += W[wr + i] * data[xr + i];
      F[mu * dPhi + r] = s;
    }
  }
  return F;
}

/**
 * ‖v‖ without overflow or underflow: scaled by the largest |v_i| (0 for the zero vector).
 */
export function stableNorm(v: ArrayLike<number>, start = 0, length = v.length): number {
  let big = 0;
  for (let i = start; i < start + length; i++) big = Math.max(big, Math.abs(v[i]));
  if (big === 0 || !Number.isFinite(big)) return big;
  let s = 0;
  for (let i = start; i < start + length; i++) {
    const t = v[i] / big;
    s += t * t;
  }
  return big * Math.sqrt(s);
}

/** The M rows of the M × d matrix F scaled to unit length (a new array); zero rows stay zero. */
export function normaliseRows(F: ArrayLike<number>, M: number, d: number): Float64Array {
  if (!Number.isInteger(M) || M < 0 || !Number.isInteger(d) || d < 1)
    throw new Error(`normaliseRows: M = ${M}, d = ${d} must be integers, M ≥ 0, d ≥ 1`);
  if (F.length < M * d) throw new Error(`F has length ${F.length}, M × d is ${M * d}`);
  const Z = new Float64Array(M * d);
  for (let mu = 0; mu < M; mu++) {
    const n = stableNorm(F, mu * d, d);
    if (n === 0) continue;
    for (let r = 0; r < d; r++) Z[mu * d + r] = F[mu * d + r] / n;
  }
  return Z;
}

/** The first min(D_Φ, 3) coordinates of each row of the M × dPhi matrix Z (M × min(D_Φ, 3)). */
export function firstCoordinates(Z: Float64Array, M: number, dPhi: number): Float64Array {
  const d3 = Math.min(dPhi, 3);
  const out = new Float64Array(M * d3);
  for (let mu = 0; mu < M; mu++) for (let r = 0; r < d3; r++) out[mu * d3 + r] = Z[mu * dPhi + r];
  return out;
}

/** The memories' normalised features, first min(D_Φ, 3) coordinates: M × min(D_Φ, 3). */
export function pointsOf(map: LinearMap, memories: Patterns): Float64Array {
  const Z = normaliseRows(mapRows(map, memories), memories.count, map.dPhi);
  return firstCoordinates(Z, memories.count, map.dPhi);
}
