/**
 * The sign of the energy difference Δ_i of one neuron, from the K fields s_μ = ξ^μ·σ:
 * O(K) work per neuron (models.md §2.2, §3). Exact at every setting within LIMITS:
 * a float64 fast path with a rigorous rounding-error bound, and exact-sign.ts when the bound
 * cannot decide.
 */
import { exactExpSign, exactPolySign } from './exact-sign';
import { expTable, polyTable, type PolyTable } from './interaction';
import type { BinaryEnergy, ModelSpec, Patterns } from './types';

const U = 2 ** -53;

export interface BinaryKernel {
  readonly dim: number;
  readonly count: number;
  /** Memories transposed, ±1: column i holds ξ^μ_i for every μ, at [i·K, i·K + K). */
  readonly xiT: Int8Array;
  /** −1, 0 or +1: the sign of E(σ_i=−1) − E(σ_i=+1) given fields s and the current σ_i. */
  deltaSign(i: number, fields: Int32Array, sigmaI: number): -1 | 0 | 1;
  /**
   * Δ_i / Σ_μ |ξ^μ_i g(a_μ)| in [−1, 1] (float64): the scale-free energy difference that
   * stochastic (finite-temperature) updates use. 0 when every term is 0.
   */
  relativeDelta(i: number, fields: Int32Array, sigmaI: number): number;
}

/** Memories must be ±1; the caller validates. Tiled, so both sides stay in cache. */
export function transposeSigns(memories: Patterns): Int8Array {
  const { count: K, dim: N, data } = memories;
  const t = new Int8Array(N * K);
  const TILE = 64;
  for (let m0 = 0; m0 < K; m0 += TILE) {
    const m1 = Math.min(K, m0 + TILE);
    for (let i0 = 0; i0 < N; i0 += TILE) {
      const i1 = Math.min(N, i0 + TILE);
      for (let mu = m0; mu < m1; mu++) {
        const row = mu * N;
        for (let i = i0; i < i1; i++) t[i * K + mu] = data[row + i] > 0 ? 1 : -1;
      }
    }
  }
  return t;
}

/** Fields s_μ = ξ^μ·σ for a ±1 state. */
export function computeFields(memories: Patterns, state: ArrayLike<number>): Int32Array {
  const { count: K, dim: N, data } = memories;
  const s = new Int32Array(K);
  for (let mu = 0; mu < K; mu++) {
    let acc = 0;
    const row = mu * N;
    for (let i = 0; i < N; i++) acc += data[row + i] * state[i];
    s[mu] = acc;
  }
  return s;
}

function polyKernel(spec: ModelSpec, memories: Patterns, xiT: Int8Array): BinaryKernel {
  const { count: K, dim: N } = memories;
  const table: PolyTable = polyTable(spec, N, K);
  const { g, mag, offset, exact } = table;
  const boundFactor = 2 * (spec.n + K + 8) * U;
  return {
    dim: N,
    count: K,
    xiT,
    deltaSign(i, fields, sigmaI) {
      const col = i * K;
      let sum = 0;
      let scale = 0;
      for (let mu = 0; mu < K; mu++) {
        const x = xiT[col + mu];
        const idx = fields[mu] - x * sigmaI + offset;
        sum += x * g[idx];
        scale += mag[idx];
      }
      if (exact) return sum > 0 ? 1 : sum < 0 ? -1 : 0;
      const bound = boundFactor * scale;
      if (sum > bound) return 1;
      if (sum < -bound) return -1;
      const counts = new Map<number, number>();
      for (let mu = 0; mu < K; mu++) {
        const x = xiT[col + mu];
        const a = fields[mu] - x * sigmaI;
        counts.set(a, (counts.get(a) ?? 0) + x);
      }
      return exactPolySign(spec.energy === 'rectified', spec.n, counts);
    },
    relativeDelta(i, fields, sigmaI) {
      const col = i * K;
      let sum = 0;
      let abs = 0;
      for (let mu = 0; mu < K; mu++) {
        const x = xiT[col + mu];
        const v = g[fields[mu] - x * sigmaI + offset];
        sum += x * v;
        abs += Math.abs(v);
      }
      return abs > 0 ? sum / abs : 0;
    },
  };
}

function expKernel(spec: ModelSpec, memories: Patterns, xiT: Int8Array): BinaryKernel {
  const { count: K, dim: N } = memories;
  const table = expTable(spec.beta, N);
  // exp(−β·d) of a rounded product β·d is off by up to β·d·U relative (d ≤ 2N), on top of the sum.
  const boundFactor = 2 * (K + 8 + spec.beta * (2 * N + 2)) * U;
  return {
    dim: N,
    count: K,
    xiT,
    deltaSign(i, fields, sigmaI) {
      const col = i * K;
      let top = -Infinity;
      for (let mu = 0; mu < K; mu++) {
        const a = fields[mu] - xiT[col + mu] * sigmaI;
        if (a > top) top = a;
      }
      // Δ_i ∝ Σ_μ ξ^μ_i e^{β(a_μ − top)}: every term ≤ 1, the largest exactly 1.
      let sum = 0;
      let scale = 0;
      for (let mu = 0; mu < K; mu++) {
        const x = xiT[col + mu];
        const w = table[top - (fields[mu] - x * sigmaI)];
        sum += x * w;
        scale += w;
      }
      // Underflowed terms are each below 1e-308; K of them are covered by the absolute slack.
      const bound = boundFactor * scale + K * 1e-300;
      if (sum > bound) return 1;
      if (sum < -bound) return -1;
      const counts = new Map<number, number>();
      for (let mu = 0; mu < K; mu++) {
        const x = xiT[col + mu];
        const d = top - (fields[mu] - x * sigmaI);
        counts.set(d, (counts.get(d) ?? 0) + x);
      }
      return exactExpSign(spec.beta, counts);
    },
    relativeDelta(i, fields, sigmaI) {
      const col = i * K;
      let top = -Infinity;
      for (let mu = 0; mu < K; mu++) top = Math.max(top, fields[mu] - xiT[col + mu] * sigmaI);
      let sum = 0;
      let abs = 0;
      for (let mu = 0; mu < K; mu++) {
        const x = xiT[col + mu];
        const w = table[top - (fields[mu] - x * sigmaI)];
        sum += x * w;
        abs += w;
      }
      return abs > 0 ? sum / abs : 0;
    },
  };
}

/** Builds the per-neuron sign oracle for a binary energy and ±1 memories. */
/** `xiT`: the memories' transposed signs when the caller already has them (transposeSigns). */
export function createBinaryKernel(
  spec: ModelSpec & { energy: BinaryEnergy },
  memories: Patterns,
  xiT: Int8Array = transposeSigns(memories),
): BinaryKernel {
  return spec.energy === 'exponential'
    ? expKernel(spec, memories, xiT)
    : polyKernel(spec, memories, xiT);
}
