/**
 * The census's networks, trained on a task's K training states (models.md §8.1):
 *  - hebbian: W = (1/N) Σ_k x^k x^kᵀ with a zero diagonal. The exact integer sums
 *    C_ij = Σ_k x^k_i x^k_j are stored (Int32) and divided by N only where a value is read, so
 *    every sign is exact.
 *  - polynomial / rectified: E(σ) = −Σ_μ F(ξ^μ·σ / N) with F(m) = m^n or max(m, 0)^n, the K
 *    training states as the memories ξ^μ. Scaled by N^−n (|m/N| ≤ 1) so n up to 60 never
 *    overflows; F is tabulated over the 2N + 1 integer overlaps.
 */
import type { NetworkKind, NetworkSpec, Task } from './types';

export interface Network {
  kind: NetworkKind;
  /** Interaction power (dense); 2 for hebbian. */
  n: number;
  N: number;
  /** Training states (memories). */
  K: number;
  /** K × N ±1 training states. */
  xi: Int8Array;
  /** hebbian: N × N integer sums C_ij (zero diagonal), W = C / N; empty otherwise. */
  C: Int32Array;
  /** dense: the memories unit-major, xiT[i·K + μ] = ξ^μ_i; empty for hebbian. */
  xiT: Int8Array;
  /** dense: F(m / N) at index m + N, m = −N … N. */
  F: Float64Array;
  /** dense: g(a) = F((a + 1)/N) − F((a − 1)/N) at index a + N (0 at the ends). */
  g: Float64Array;
  /** dense: |F((a + 1)/N)| + |F((a − 1)/N)| at index a + N (the error scale of g). */
  gAbs: Float64Array;
}

const EMPTY_I32 = new Int32Array(0);
const EMPTY_I8 = new Int8Array(0);
const EMPTY_F64 = new Float64Array(0);

/** N × N Hebbian integer sums of K ±1 rows, zero diagonal. */
export function hebbianSums(xi: Int8Array, K: number, N: number): Int32Array {
  const C = new Int32Array(N * N);
  for (let k = 0; k < K; k++) {
    const base = k * N;
    for (let i = 0; i < N; i++) {
      const xi_i = xi[base + i];
      const row = i * N;
      for (let j = i + 1; j < N; j++) C[row + j] += xi_i * xi[base + j];
    }
  }
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) C[j * N + i] = C[i * N + j];
  return C;
}

/** F(m/N) for m = −N … N, the scaled interaction function of a dense network. */
export function interactionTable(kind: NetworkKind, n: number, N: number): Float64Array {
  const F = new Float64Array(2 * N + 1);
  for (let m = -N; m <= N; m++) {
    const x = m / N;
    F[m + N] = kind === 'rectified' && x <= 0 ? 0 : x ** n;
  }
  return F;
}

export function buildNetwork(task: Task, spec: NetworkSpec): Network {
  const { N, K, examples: xi } = task;
  if (spec.kind === 'hebbian') {
    return {
      kind: 'hebbian',
      n: 2,
      N,
      K,
      xi,
      C: hebbianSums(xi, K, N),
      xiT: EMPTY_I8,
      F: EMPTY_F64,
      g: EMPTY_F64,
      gAbs: EMPTY_F64,
    };
  }
  const { n } = spec;
  if (!Number.isInteger(n) || n < 2 || n > 60) {
    throw new Error(`network.n must be a whole number from 2 to 60 (got ${n})`);
  }
  const xiT = new Int8Array(N * K);
  for (let k = 0; k < K; k++) for (let i = 0; i < N; i++) xiT[i * K + k] = xi[k * N + i];
  const F = interactionTable(spec.kind, n, N);
  const g = new Float64Array(2 * N + 1);
  const gAbs = new Float64Array(2 * N + 1);
  for (let a = -N + 1; a <= N - 1; a++) {
    g[a + N] = F[a + 1 + N] - F[a - 1 + N];
    gAbs[a + N] = Math.abs(F[a + 1 + N]) + Math.abs(F[a - 1 + N]);
  }
  return { kind: spec.kind, n, N, K, xi, C: EMPTY_I32, xiT, F, g, gAbs };
}
