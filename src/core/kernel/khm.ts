/**
 * The kernelized Hopfield model (KHM, docs/models.md §7.1) with a linear feature map Φ and the
 * kernel 𝒦(x, y) = ⟨Φ(x), Φ(y)⟩:
 *   scores   s(x) = β 𝒦(Ξ, x) = β Φ(Ξ) Φ(x)             (M entries)
 *   step     x ← Ξᵀ normaliser(s(x))                     (the output is in raw memory space)
 *   energy   E(x) = ½ 𝒦(x, x) − lse(β, 𝒦(Ξ, x)),  lse(β, k) = β⁻¹ log Σ_μ exp(β k_μ)
 * Φ(Ξ) is computed once. The log-sum-exp subtracts its largest term, so β·𝒦 of any finite size
 * is safe. With Φ the identity this is Ramsauer's modern Hopfield network (core/dynamics
 * softmax-update.ts) with the normaliser in place of softmax.
 */
import type { Patterns } from '../dynamics/types';
import { applyMap, checkMap, mapRows } from './feature-map';
import { normalise } from './normalisers';
import { NORMALISERS, type LinearMap, type Normaliser } from './types';

export interface Khm {
  readonly M: number;
  readonly D: number;
  readonly dPhi: number;
  readonly beta: number;
  readonly normaliser: Normaliser;
  /** β Φ(Ξ) Φ(x) into `out` (length M, allocated when absent). */
  scores(x: ArrayLike<number>, out?: Float64Array): Float64Array;
  /** One retrieval step: the new state and the weights p it used. */
  step(x: ArrayLike<number>, out?: Float64Array): { x: Float64Array; p: Float64Array };
  energy(x: ArrayLike<number>): number;
  /**
   * `iterations` steps from x0 (fewer when a step leaves x unchanged bit for bit: a fixed
   * point, where further steps change nothing); p: the weights of the last step (of x0 itself
   * when iterations is 0); steps: how many were taken.
   */
  retrieve(
    x0: ArrayLike<number>,
    iterations: number,
  ): { x: Float64Array; p: Float64Array; steps: number };
}

/** The most retrieval steps one retrieve call takes. */
export const MAX_RETRIEVAL_ITERATIONS = 10000;

export function createKhm(
  map: LinearMap | null,
  memories: Patterns,
  beta: number,
  normaliser: Normaliser,
): Khm {
  const { count: M, dim: D, data } = memories;
  if (!Number.isInteger(M) || M < 1)
    throw new Error(`memories: the KHM needs at least 1, got ${M}`);
  if (data.length !== M * D)
    throw new Error(`memories.data has length ${data.length}, count × dim is ${M * D}`);
  if (!Number.isFinite(beta) || beta <= 0)
    throw new Error(`beta must be finite and > 0, got ${beta}`);
  if (!NORMALISERS.includes(normaliser))
    throw new Error(
      `normaliser must be softmax, entmax15 or sparsemax, got "${String(normaliser)}"`,
    );
  if (map) {
    checkMap(map);
    if (map.D !== D) throw new Error(`memories have dimension ${D}, the map takes D = ${map.D}`);
  }
  const dPhi = map ? map.dPhi : D;
  // Φ(Ξ), M × D_Φ.
  const phiXi = map ? mapRows(map, memories) : Float64Array.from(data);
  const phiX = new Float64Array(dPhi);
  const features = (x: ArrayLike<number>): Float64Array => {
    if (x.length !== D) throw new Error(`x has length ${x.length}, memories have dimension ${D}`);
    if (map) return applyMap(map, x, phiX);
    for (let i = 0; i < D; i++) phiX[i] = x[i];
    return phiX;
  };
  /** 𝒦(Ξ, x) into k; returns 𝒦(x, x). */
  const kernels = (x: ArrayLike<number>, k: Float64Array): number => {
    const f = features(x);
    for (let mu = 0; mu < M; mu++) {
      let s = 0;
      const row = mu * dPhi;
      for (let r = 0; r < dPhi; r++) s += phiXi[row + r] * f[r];
      k[mu] = s;
    }
    let sq = 0;
    for (let r = 0; r < dPhi; r++) sq += f[r] * f[r];
    return sq;
  };
  const scores = (x: ArrayLike<number>, out?: Float64Array): Float64Array => {
    const s = out ?? new Float64Array(M);
    if (s.length !== M) throw new Error(`out has length ${s.length}, there are ${M} memories`);
    kernels(x, s);
    for (let mu = 0; mu < M; mu++) s[mu] *= beta;
    return s;
  };
  const z = new Float64Array(M);
  const step = (x: ArrayLike<number>, out?: Float64Array) => {
    const next = out ?? new Float64Array(D);
    if (next.length !== D)
      throw new Error(`out has length ${next.length}, memories have dimension ${D}`);
    const p = normalise(normaliser, scores(x, z));
    next.fill(0);
    for (let mu = 0; mu < M; mu++) {
      const w = p[mu];
      if (w === 0) continue;
      const row = mu * D;
      for (let i = 0; i < D; i++) next[i] += w * data[row + i];
    }
    return { x: next, p };
  };
  const energy = (x: ArrayLike<number>): number => {
    const k = new Float64Array(M);
    const kxx = kernels(x, k);
    let max = -Infinity;
    for (let mu = 0; mu < M; mu++) if (k[mu] > max) max = k[mu];
    let sum = 0;
    for (let mu = 0; mu < M; mu++) sum += Math.exp(beta * (k[mu] - max));
    return 0.5 * kxx - (max + Math.log(sum) / beta);
  };
  const retrieve = (x0: ArrayLike<number>, iterations: number) => {
    if (!Number.isInteger(iterations) || iterations < 0 || iterations > MAX_RETRIEVAL_ITERATIONS)
      throw new Error(
        `iterations must be an integer in [0, ${MAX_RETRIEVAL_ITERATIONS}], got ${iterations}`,
      );
    if (x0.length !== D)
      throw new Error(`x0 has length ${x0.length}, memories have dimension ${D}`);
    let x: Float64Array = Float64Array.from(x0);
    if (iterations === 0) return { x, p: normalise(normaliser, scores(x, z)), steps: 0 };
    let p: Float64Array = new Float64Array(M);
    let steps = 0;
    while (steps < iterations) {
      const r = step(x);
      steps++;
      p = r.p;
      let same = true;
      for (let i = 0; i < D && same; i++) same = r.x[i] === x[i];
      x = r.x;
      if (same) break;
    }
    return { x, p, steps };
  };
  return { M, D, dPhi, beta, normaliser, scores, step, energy, retrieve };
}

/** How many weights are above `threshold` (the support size of a weight vector). */
export function supportSize(p: ArrayLike<number>, threshold: number): number {
  if (!Number.isFinite(threshold) || threshold < 0)
    throw new Error(`threshold must be finite and ≥ 0, got ${threshold}`);
  let k = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > threshold) k++;
  return k;
}
