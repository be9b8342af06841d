/**
 * The 'scan' search for the stability criteria (fixed points; unstable-bit fraction): memories of
 * one pool are added one at a time to an incremental state (stability-tables.ts), so every K is
 * checked exactly at O(K·N) work per K on top of the O(K·N) update, O(K²N) up to K in all.
 */
import type { BinaryEnergy, ModelSpec } from '../dynamics/types';
import { errorBound, exactStable, stabilityTables } from './stability-tables';
import type { Pool } from './pool';
import type { CriterionSpec } from './types';

export interface ScanOptions {
  /** Stop at this K (kCap). */
  kCap: number;
  /** Overlaps of pool rows a, b (a Gram matrix read, or a dot product). */
  dot(a: number, b: number): number;
  /** Makes at least K pool rows (and their overlaps) ready; returns how many are (fewer: exhausted). */
  extend?: (K: number) => Promise<number>;
  /** Called every few milliseconds of work; may yield to events and throw to cancel. */
  tick?: () => Promise<void>;
}

export interface ScanResult {
  /** ok[K − 1]: the criterion held with the first K memories stored. */
  ok: boolean[];
  /** The last K before the first failure (the pool size or kCap if none failed). */
  kMax: number;
  /** True when no K up to the end failed (kMax is a lower bound). */
  censored: boolean;
}

/** Unstable bits allowed at K under the criterion (fixed: none). */
export function allowedUnstable(c: CriterionSpec, K: number, N: number): number {
  return c.kind === 'bits' ? Math.floor(c.eps * K * N + 1e-9) : 0;
}

export async function scanStability(
  model: ModelSpec & { energy: BinaryEnergy },
  criterion: CriterionSpec,
  pool: Pool,
  opts: ScanOptions,
): Promise<ScanResult> {
  const N = pool.N;
  const t = stabilityTables(model, N, opts.kCap);
  let cap = Math.min(opts.kCap, 64);
  let R = new Float64Array(cap * N);
  let Ca = new Float64Array(cap);
  let S = new Float64Array(cap);
  const ok: boolean[] = [];
  let firstFail = 0;
  let end = opts.kCap;
  let last = Date.now();
  let ready = 0;
  const extend = opts.extend ?? ((k: number) => Promise.resolve(pool.grow(k)));
  for (let m = 0; m < end; m++) {
    if (m >= ready) {
      ready = await extend(m + 1);
      if (ready < m + 1) break;
    }
    if (m >= cap) {
      cap = Math.min(opts.kCap, cap * 2);
      const grow = (a: Float64Array, w: number) => {
        const b = new Float64Array(cap * w);
        b.set(a);
        return b;
      };
      R = grow(R, N);
      Ca = grow(Ca, 1);
      S = grow(S, 1);
    }
    const data = pool.data;
    const xm = m * N;
    // Memory m joins every stored row a < m; row m gathers every memory μ ≤ m.
    for (let a = 0; a < m; a++) {
      const idx = opts.dot(a, m) + N;
      Ca[a] += t.C[idx];
      S[a] += t.mag[idx];
      const b = t.B[idx];
      if (b === 0) continue;
      const ra = a * N;
      for (let i = 0; i < N; i++) R[ra + i] += b * data[xm + i];
    }
    for (let mu = 0; mu <= m; mu++) {
      const idx = opts.dot(m, mu) + N;
      Ca[m] += t.C[idx];
      S[m] += t.mag[idx];
      const b = t.B[idx];
      if (b === 0) continue;
      const xu = mu * N;
      for (let i = 0; i < N; i++) R[xm + i] += b * data[xu + i];
    }
    const K = m + 1;
    const allowed = allowedUnstable(criterion, K, N);
    let unstable = 0;
    for (let a = 0; a < K && unstable <= allowed; a++) {
      const bound = errorBound(t, K, S[a]);
      const ra = a * N;
      for (let i = 0; i < N; i++) {
        const v = Ca[a] + data[ra + i] * R[ra + i];
        if (v > bound) continue;
        // Within the bound: a tie when exact (kept), else the exact sign decides.
        if (v >= -bound && (t.exact ? v >= 0 : exactStable(model, data, N, a, i, K, opts.dot))) {
          continue;
        }
        if (++unstable > allowed) break;
      }
    }
    ok.push(unstable <= allowed);
    if (unstable > allowed && firstFail === 0) {
      firstFail = K;
      end = Math.min(end, Math.ceil(1.25 * K) + 2);
    }
    if (opts.tick && Date.now() - last > 20) {
      await opts.tick();
      last = Date.now();
    }
  }
  const kMax = firstFail === 0 ? ok.length : firstFail - 1;
  return { ok, kMax, censored: firstFail === 0 };
}
