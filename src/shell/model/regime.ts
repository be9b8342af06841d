/**
 * The regime indicator: what the current n or β does to the current memory bank, in words.
 * Judged from numbers of this bank (never guessed from n or β alone when a bank is given):
 *  - polynomial / rectified: how much the other memories pull compared with the closest one,
 *    Σ_{ν≠μ} F(cos_μν) / F(1) at a stored memory μ (median over a sample of μ), plus the
 *    random-pattern capacity N^(n−1) / (2 (2n−3)!! ln N) (Krotov & Hopfield 2016);
 *  - softmax / exponential: the effective number of memories exp(entropy) of the weights
 *    softmax(β ξ^ν·ξ^μ) at a stored memory μ, and β times the typical gap between the self
 *    similarity and the next largest one (Ramsauer et al. 2020).
 */
import type { Patterns } from '../../core/dynamics/types';
import { toSpec, type ModelChoice } from './model';

export interface BankStats {
  count: number;
  dim: number;
  /** Sampled memory indices μ. */
  sample: number[];
  /** Per sampled μ: cos(sign ξ^μ, sign ξ^ν) for every ν (binary families). */
  signCos: Float64Array[];
  /** Per sampled μ: ξ^μ·ξ^ν for every ν (softmax, real memories). */
  dots: Float64Array[];
}

/** Multiply-adds the sample may cost (≈ 30 ms on the main thread), whatever the bank's size. */
const SAMPLE_BUDGET = 2e7;

/**
 * Similarities of up to `maxSample` evenly spaced memories with all others (O(sample·K·N)); fewer
 * rows (at least 2) for big banks, so the cost stays within SAMPLE_BUDGET.
 */
export function bankStats(memories: Patterns, maxSample = 16): BankStats {
  const { count: K, dim: N, data } = memories;
  const affordable = Math.max(2, Math.floor(SAMPLE_BUDGET / Math.max(1, 2 * K * N)));
  const take = Math.min(K, maxSample, affordable);
  const sample = Array.from({ length: take }, (_, j) => Math.floor((j * K) / take));
  const signs = new Int8Array(K * N);
  for (let p = 0; p < K * N; p++) signs[p] = data[p] > 0 ? 1 : -1;
  const signCos: Float64Array[] = [];
  const dots: Float64Array[] = [];
  for (const mu of sample) {
    const sc = new Float64Array(K);
    const dt = new Float64Array(K);
    const a = mu * N;
    for (let nu = 0; nu < K; nu++) {
      const b = nu * N;
      let s = 0;
      let d = 0;
      for (let i = 0; i < N; i++) {
        s += signs[a + i] * signs[b + i];
        d += data[a + i] * data[b + i];
      }
      sc[nu] = s / N;
      dt[nu] = d;
    }
    signCos.push(sc);
    dots.push(dt);
  }
  return { count: K, dim: N, sample, signCos, dots };
}

/** ln((2n−3)!!) = Σ ln(2k−1), k = 1 … n−1. */
function lnDoubleFactorial(n: number): number {
  let acc = 0;
  for (let k = 1; k <= n - 1; k++) acc += Math.log(2 * k - 1);
  return acc;
}

/** Random-pattern capacity of the polynomial energy, N^(n−1) / (2 (2n−3)!! ln N). */
export function polynomialCapacity(n: number, dim: number): number {
  if (dim < 2) return 1;
  const ln = (n - 1) * Math.log(dim) - Math.log(2) - lnDoubleFactorial(n) - Math.log(Math.log(dim));
  return Math.exp(ln);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Median over sampled μ of Σ_{ν≠μ} F(cos_μν) / F(1): the others' pull relative to the closest. */
export function crosstalk(stats: BankStats, n: number, rectified: boolean): number {
  return median(
    stats.sample.map((mu, j) => {
      const row = stats.signCos[j];
      let acc = 0;
      for (let nu = 0; nu < row.length; nu++) {
        if (nu === mu) continue;
        const c = rectified ? Math.max(0, row[nu]) : Math.abs(row[nu]);
        acc += c ** n;
      }
      return acc;
    }),
  );
}

/** exp(entropy) of softmax(β z). */
export function effectiveNumber(beta: number, z: ArrayLike<number>): number {
  let top = -Infinity;
  for (let i = 0; i < z.length; i++) top = Math.max(top, beta * z[i]);
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += Math.exp(beta * z[i] - top);
  let h = 0;
  for (let i = 0; i < z.length; i++) {
    const p = Math.exp(beta * z[i] - top) / sum;
    if (p > 0) h -= p * Math.log(p);
  }
  return Math.exp(h);
}

/** Median over sampled μ of (self similarity − the next largest), in the given similarities. */
function typicalGap(stats: BankStats, rows: Float64Array[]): number {
  return median(
    stats.sample.map((mu, j) => {
      let other = -Infinity;
      rows[j].forEach((v, nu) => {
        if (nu !== mu) other = Math.max(other, v);
      });
      return Number.isFinite(other) ? rows[j][mu] - other : rows[j][mu];
    }),
  );
}

export type RegimeKey =
  'classical' | 'feature' | 'prototype' | 'single' | 'metastable' | 'global' | 'empty';

export interface Regime {
  key: RegimeKey;
  /** One line, e.g. "prototype regime: the closest memory dominates". */
  title: string;
  /** The numbers behind it. */
  detail: string;
}

const fmt = (x: number): string =>
  !Number.isFinite(x)
    ? '∞'
    : x >= 1e6 || (x > 0 && x < 1e-3)
      ? x.toExponential(1)
      : x >= 100
        ? Math.round(x).toLocaleString('en')
        : String(Number(x.toPrecision(2)));

export function regime(choice: ModelChoice, stats: BankStats | null): Regime {
  const spec = toSpec(choice);
  if (stats && stats.count === 0) {
    return { key: 'empty', title: 'no memories stored', detail: 'Add memories to the bank.' };
  }
  const K = stats?.count ?? 0;
  const N = stats?.dim ?? 784;
  if (spec.energy === 'polynomial' || spec.energy === 'rectified') {
    const n = spec.n;
    const cap = polynomialCapacity(n, N);
    const capText =
      n === 2
        ? `capacity ≈ 0.14 N = ${fmt(0.14 * N)} (errors allowed), ${fmt(cap)} error-free, for N = ${N}`
        : `capacity ≈ N^(n−1) / (2 (2n−3)!! ln N) = ${fmt(cap)} random patterns for N = ${N}`;
    const pull = stats ? crosstalk(stats, n, spec.energy === 'rectified') : null;
    const pullText =
      pull === null
        ? ''
        : `; at a stored memory the other ${K - 1} pull ${fmt(pull)}× as hard as it does`;
    const detail = `K = ${K}, ${capText}${pullText}.`;
    if (n === 2) {
      return {
        key: 'classical',
        title: 'classical Hopfield: capacity ≈ 0.14 N, mixtures common',
        detail,
      };
    }
    const crowded = pull === null ? n < 10 : pull > 0.5 || K > cap;
    return crowded
      ? { key: 'feature', title: 'feature matching: many memories vote', detail }
      : { key: 'prototype', title: 'prototype regime: the closest memory dominates', detail };
  }
  const beta = spec.beta;
  if (!stats) {
    return {
      key: 'metastable',
      title: 'add memories to judge β',
      detail: `β = ${fmt(beta)}`,
    };
  }
  const rows =
    spec.energy === 'softmax' ? stats.dots : stats.signCos.map((r) => r.map((c) => c * N));
  const mEff = median(stats.sample.map((_, j) => effectiveNumber(beta, rows[j])));
  const gap = typicalGap(stats, rows);
  const detail =
    `β × typical gap = ${fmt(beta)} × ${fmt(gap)} = ${fmt(beta * gap)}; at a stored memory the ` +
    `weights spread over ≈ ${fmt(mEff)} of K = ${K} memories (exp of their entropy).`;
  if (mEff < 1.5) {
    return { key: 'single', title: 'single pattern: each memory is its own fixed point', detail };
  }
  if (K >= 3 && mEff > 0.5 * K) {
    return { key: 'global', title: 'global average: the state averages all memories', detail };
  }
  return {
    key: 'metastable',
    title: `metastable subset: states average ≈ ${Math.round(mEff)} similar memories`,
    detail,
  };
}
