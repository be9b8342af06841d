/**
 * Why the Krotov–Hopfield classifier chose a label: each memory's share of the evidence.
 *
 * With the pixels clamped and every label at −1, label α's input is h_α = Σ_μ e_μα with
 *   e_μα = ((s_μ + 2ξ^μ_α)/T)_+^n − (s_μ/T)_+^n        (kh-model.ts),
 * so e_μα is what memory μ adds to the decision for α. For the winning label α*, the memories
 * with e_μα* > 0 push towards it; their shares p_μ = e_μα* / Σ_ν max(e_να*, 0) are the
 * "evidence shares". Two measures of how many memories decide (docs/models.md §2.7):
 *   - contributors90: the fewest memories whose shares add up to 90% (largest first);
 *   - effective number: exp(−Σ p_μ ln p_μ), the exponential of the shares' entropy.
 * A decision with no positive evidence (every e ≤ 0) has 0 contributors and effective number 0.
 */
import type { KhData, KhModel } from './kh-model';
import { ipow } from './kh-pass';

export interface KhExplanation {
  /** Label neurons c_α = tanh(h_α) after the one-step update, length C. */
  outputs: Float64Array;
  /** argmax_α c_α. */
  label: number;
  /** e_μα* for the winning label, length K (may be negative). */
  evidence: Float64Array;
}

/** Label outputs and every memory's evidence for the winning label, for one image (length D). */
export function explainImage(model: KhModel, image: ArrayLike<number>): KhExplanation {
  const { D, C, K, n } = model.config;
  if (image.length !== D) throw new RangeError(`image has ${image.length} pixels, expected ${D}`);
  const T = model.T;
  const W = D + C;
  const xi = model.memories;
  const s = new Float64Array(K);
  const h = new Float64Array(C);
  const F = (x: number) => (x > 0 ? ipow(x, n) : 0);
  for (let mu = 0; mu < K; mu++) {
    const row = mu * W;
    let dot = 0;
    for (let i = 0; i < D; i++) dot += xi[row + i] * image[i];
    for (let q = 0; q < C; q++) dot -= xi[row + D + q];
    s[mu] = dot;
    const base = F(dot / T);
    for (let al = 0; al < C; al++) h[al] += F((dot + 2 * xi[row + D + al]) / T) - base;
  }
  const outputs = h.map(Math.tanh);
  let label = 0;
  for (let al = 1; al < C; al++) if (outputs[al] > outputs[label]) label = al;
  const evidence = new Float64Array(K);
  for (let mu = 0; mu < K; mu++) {
    evidence[mu] = F((s[mu] + 2 * xi[mu * W + D + label]) / T) - F(s[mu] / T);
  }
  return { outputs, label, evidence };
}

/** Positive evidence shares, largest first (empty when no memory has positive evidence). */
export function evidenceShares(evidence: ArrayLike<number>): Float64Array {
  let total = 0;
  const pos: number[] = [];
  for (let k = 0; k < evidence.length; k++) {
    if (evidence[k] > 0) {
      pos.push(evidence[k]);
      total += evidence[k];
    }
  }
  if (!(total > 0) || !Number.isFinite(total)) return new Float64Array(0);
  return Float64Array.from(pos.sort((a, b) => b - a).map((e) => e / total));
}

/** The fewest memories (largest shares first) that carry `fraction` of the positive evidence. */
export function contributorsFor(evidence: ArrayLike<number>, fraction = 0.9): number {
  const shares = evidenceShares(evidence);
  let acc = 0;
  for (let k = 0; k < shares.length; k++) {
    acc += shares[k];
    // Relative slack so that shares summing to exactly `fraction` in floating point still count.
    if (acc >= fraction * (1 - 1e-12)) return k + 1;
  }
  return shares.length;
}

/** exp(entropy) of the positive evidence shares: 1 when one memory decides, K when all share equally. */
export function effectiveNumber(evidence: ArrayLike<number>): number {
  const shares = evidenceShares(evidence);
  if (shares.length === 0) return 0;
  let h = 0;
  for (const p of shares) if (p > 0) h -= p * Math.log(p);
  return Math.exp(h);
}

export interface ContributorStats {
  /** histogram[k] = test digits whose decision needs k memories for 90% (length K + 1). */
  histogram: Int32Array;
  /** Mean and median of contributors90 over the digits. */
  mean: number;
  median: number;
  /** Mean and median of the effective number over the digits. */
  meanEffective: number;
  medianEffective: number;
  /** Mean share of the single largest contributor (0 for decisions without positive evidence). */
  meanTopShare: number;
  /** Digits measured. */
  count: number;
}

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const v = Float64Array.from(values).sort();
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Summaries from per-digit evidence vectors (rows of `evidence`, each length K). */
export function statsFromEvidence(
  evidence: Float64Array | Float32Array,
  K: number,
): ContributorStats {
  if (K < 1 || evidence.length % K !== 0) {
    throw new RangeError(`evidence length ${evidence.length} is not a multiple of K = ${K}`);
  }
  const count = evidence.length / K;
  const histogram = new Int32Array(K + 1);
  const c90 = new Float64Array(count);
  const eff = new Float64Array(count);
  const top = new Float64Array(count);
  for (let a = 0; a < count; a++) {
    const row = evidence.subarray(a * K, (a + 1) * K);
    c90[a] = contributorsFor(row);
    eff[a] = effectiveNumber(row);
    top[a] = evidenceShares(row)[0] ?? 0;
    histogram[c90[a]]++;
  }
  const mean = (v: Float64Array) => (v.length ? v.reduce((x, y) => x + y, 0) / v.length : 0);
  return {
    histogram,
    mean: mean(c90),
    median: median(c90),
    meanEffective: mean(eff),
    medianEffective: median(eff),
    meanTopShare: mean(top),
    count,
  };
}

/** Contributor statistics of the model's decisions over a data set (the reference for tfjs). */
export function contributorStats(model: KhModel, data: KhData): ContributorStats {
  const { D, K } = model.config;
  const N = data.images.length / D;
  const all = new Float64Array(N * K);
  for (let a = 0; a < N; a++) {
    all.set(explainImage(model, data.images.subarray(a * D, (a + 1) * D)).evidence, a * K);
  }
  return statsFromEvidence(all, K);
}
