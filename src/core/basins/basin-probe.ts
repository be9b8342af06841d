/**
 * One basin probe: a starting state run to convergence, classified into the outcome codes of
 * basin-types.ts, with the energy of its starting state.
 *  - Binary families: the exact core per-neuron dynamics (binary-kernel.ts; kernel and tables
 *    built once per map, fields once per probe); asynchronous sweeps in index order or a seeded
 *    permutation per sweep, or synchronous steps. Converged when a whole step flips nothing.
 *  - Softmax (Ramsauer et al. 2020, models.md §4): x ← Ξᵀ softmax(βΞx), energy
 *    E = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M², run in the span of the memories by
 *    core/dynamics/softmax-span.ts (platform.md, "Softmax dynamics live in the span of the
 *    memories"): the start only enters through s₀ = Ξx₀ and ‖x₀‖², then each update costs O(K²).
 *    Converged by the one softmax test of core/dynamics/softmax-iteration.ts, the one retrieval
 *    and the stepper use: the update moved the state by ‖Δx‖₂ ≤ tol·max(1, max|ξ|), tol = 1e-9.
 */
import { createBinaryKernel, type BinaryKernel } from '../dynamics/binary-kernel';
import { syncUpdate, updateNeuron } from '../dynamics/binary-update';
import { outcomeMixture, outcomeSpurious, outcomeUnconverged } from './basin-types';
import { binaryEnergyFromFields } from '../dynamics/energy';
import { polyTable, type PolyTable } from '../dynamics/interaction';
import { MIXTURE_OVERLAP, RETRIEVED_OVERLAP } from '../dynamics/metrics';
import { createRng } from '../util/random';
import { lse } from '../dynamics/softmax';
import { SOFTMAX_TOL, softmaxSettled } from '../dynamics/softmax-iteration';
import { createSoftmaxSpan, gramMatrix } from '../dynamics/softmax-span';
import { binaryStateKey, coefficientKey, type AttractorEnd, type MixturePart } from './attractors';
import type {
  BinaryEnergy,
  ModelSpec,
  Patterns,
  UpdateMode,
  UpdateOrder,
  Verdict,
} from '../dynamics/types';

export interface ProbeDynamics {
  mode: UpdateMode;
  order: UpdateOrder;
  maxSteps: number;
}

export interface ProbeResult {
  outcome: number;
  steps: number;
  /** Energy of the starting state. */
  energy: number;
  /** The end state, when it is a mixture or another spurious state (attractors.ts). */
  end?: AttractorEnd;
}

/** The outcome code of a core verdict. */
export function verdictCode(v: Verdict, K: number): number {
  switch (v.kind) {
    case 'retrieved':
      return v.memory;
    case 'inverted':
      return K + v.memory;
    case 'mixture':
      return outcomeMixture(K);
    default:
      return outcomeSpurious(K);
  }
}

/** A deterministic 32-bit mix of a seed and two integers (per-probe seeds). */
export function mixSeed(seed: number, a: number, b: number): number {
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  for (const x of [a, b]) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

export interface BinaryProber {
  readonly signs: Patterns;
  /** Runs σ (±1, changed in place) to convergence; `seed` drives a random order. */
  run(sigma: Int8Array, seed: number): ProbeResult;
}

/** Fields s_μ = ξ^μ·σ from the transposed signs (integer arithmetic). */
function fieldsOf(xiT: Int8Array, K: number, sigma: Int8Array, out: Int32Array): Int32Array {
  out.fill(0);
  for (let i = 0; i < sigma.length; i++) {
    const col = i * K;
    if (sigma[i] > 0) for (let mu = 0; mu < K; mu++) out[mu] += xiT[col + mu];
    else for (let mu = 0; mu < K; mu++) out[mu] -= xiT[col + mu];
  }
  return out;
}

const U = 2 ** -53;

/**
 * One asynchronous sweep of a polynomial-family model. The float64 sum and its rounding bound
 * are binary-kernel.ts's own; whenever the bound cannot decide, the kernel's exact deltaSign
 * does. So every decision is the exact one, and the hot loop is a plain function of typed
 * arrays (one compiled shape for every map, where the kernel's closures differ per map).
 */
function polySweep(
  kernel: BinaryKernel,
  table: PolyTable,
  boundFactor: number,
  fields: Int32Array,
  sigma: Int8Array,
  order: Int32Array | null,
): number {
  const { g, mag, offset, exact } = table;
  const xiT = kernel.xiT;
  const K = kernel.count;
  const N = sigma.length;
  let flips = 0;
  for (let k = 0; k < N; k++) {
    const i = order ? order[k] : k;
    const s = sigma[i];
    const col = i * K;
    let sum = 0;
    let scale = 0;
    for (let mu = 0; mu < K; mu++) {
      const x = xiT[col + mu];
      const idx = fields[mu] - x * s + offset;
      sum += x * g[idx];
      scale += mag[idx];
    }
    let d: number;
    if (exact) d = sum > 0 ? 1 : sum < 0 ? -1 : 0;
    else {
      const bound = boundFactor * scale;
      d = sum > bound ? 1 : sum < -bound ? -1 : kernel.deltaSign(i, fields, s);
    }
    const next = d > 0 ? 1 : d < 0 ? -1 : s;
    if (next === s) continue;
    sigma[i] = next;
    const twice = 2 * next;
    for (let mu = 0; mu < K; mu++) fields[mu] += twice * xiT[col + mu];
    flips++;
  }
  return flips;
}

/** `signs`: the ±1 memories the binary model sees. */
export function createBinaryProber(
  spec: ModelSpec & { energy: BinaryEnergy },
  signs: Patterns,
  dyn: ProbeDynamics,
  kernel: BinaryKernel = createBinaryKernel(spec, signs),
): BinaryProber {
  const { count: K, dim: N } = signs;
  const table = spec.energy === 'exponential' ? null : polyTable(spec, N, K);
  const boundFactor = 2 * (spec.n + K + 8) * U;
  return {
    signs,
    run(sigma, seed) {
      const run = { sigma, fields: fieldsOf(kernel.xiT, K, sigma, new Int32Array(K)) };
      const energy = binaryEnergyFromFields(spec, run.fields);
      const rng = dyn.order === 'random' && dyn.mode === 'async' ? createRng(seed) : null;
      let steps = 0;
      let converged = false;
      while (steps < dyn.maxSteps) {
        steps++;
        let flips = 0;
        if (dyn.mode === 'sync') flips = syncUpdate(kernel, run);
        else {
          const order = rng ? rng.permutation(N) : null;
          if (table) flips = polySweep(kernel, table, boundFactor, run.fields, sigma, order);
          else
            for (let k = 0; k < N; k++)
              if (updateNeuron(kernel, run, order ? order[k] : k)) flips++;
        }
        if (flips === 0) {
          converged = true;
          break;
        }
      }
      if (!converged) return { outcome: outcomeUnconverged(K), steps, energy };
      const { outcome, parts, nearest } = binaryEnd(signs, run.fields, sigma);
      if (outcome < 2 * K) return { outcome, steps, energy };
      const kind = outcome === outcomeMixture(K) ? 'mixture' : 'spurious';
      return { outcome, steps, energy, end: { kind, key: binaryStateKey(sigma), parts, nearest } };
    },
  };
}

/**
 * metrics.ts verdict of a ±1 state, from its fields s_μ = ξ^μ·σ (overlaps are s_μ / N exactly):
 * O(K) for a retrieved or inverted memory, O(K + N) for the odd mixtures of the top 3 and 5.
 */
export function binaryCode(signs: Patterns, fields: ArrayLike<number>, sigma: Int8Array): number {
  return binaryEnd(signs, fields, sigma).outcome;
}

/** binaryCode with the memories of a mixture (signed, in overlap order). */
export function binaryEnd(
  signs: Patterns,
  fields: ArrayLike<number>,
  sigma: Int8Array,
): { outcome: number; parts: MixturePart[]; nearest: { memory: number; overlap: number } } {
  const { count: K, dim: N, data } = signs;
  // The 5 largest |s_μ|, ties to the lower index (verdict's stable ranking).
  const size = Math.min(5, K);
  const top: number[] = [];
  for (let t = 0; t < size; t++) {
    let best = -1;
    for (let mu = 0; mu < K; mu++) {
      if (top.includes(mu)) continue;
      if (best < 0 || Math.abs(fields[mu]) > Math.abs(fields[best])) best = mu;
    }
    top.push(best);
  }
  const b0 = top[0];
  const nearest = { memory: b0, overlap: fields[b0] / N };
  if (fields[b0] / N >= RETRIEVED_OVERLAP) return { outcome: b0, parts: [], nearest };
  if (fields[b0] / N <= -RETRIEVED_OVERLAP) return { outcome: K + b0, parts: [], nearest };
  for (let m = 3; m <= size; m += 2) {
    // cos(sign(Σ_t ε_t ξ^{μ_t}), σ) = Σ_i sign(…)_i σ_i / N (an odd sum of ±1 is never 0).
    let agree = 0;
    for (let i = 0; i < N; i++) {
      let acc = 0;
      for (let t = 0; t < m; t++) {
        const mu = top[t];
        acc += fields[mu] >= 0 ? data[mu * N + i] : -data[mu * N + i];
      }
      agree += acc > 0 ? sigma[i] : -sigma[i];
    }
    if (agree / N >= MIXTURE_OVERLAP) {
      const parts = top
        .slice(0, m)
        .map((mu): MixturePart => ({ memory: mu, sign: fields[mu] >= 0 ? 1 : -1 }));
      return { outcome: outcomeMixture(K), parts, nearest };
    }
  }
  return { outcome: outcomeSpurious(K), parts: [], nearest };
}

/** Convenience: a binary probe from any real state (sign, exact 0 → +1). */
export function signState(x: ArrayLike<number>, out?: Int8Array): Int8Array {
  const s = out ?? new Int8Array(x.length);
  for (let i = 0; i < x.length; i++) s[i] = x[i] >= 0 ? 1 : -1;
  return s;
}

export interface SoftmaxProber {
  readonly gram: Float64Array;
  readonly count: number;
  /** Energy of a state with similarities s₀ = Ξx₀ and squared norm ‖x₀‖². */
  energy(s0: ArrayLike<number>, xx0: number): number;
  /**
   * Runs the probe from (s₀, ‖x₀‖²). `x0`, when given, returns the starting state itself; it is
   * called only when rounding in the O(K) first-step formula could decide convergence.
   */
  run(s0: Float64Array, xx0: number, x0?: () => ArrayLike<number>): ProbeResult;
  /** Outcome of the state x = Ξᵀc (coefficients c), as core/metrics.ts verdict names it. */
  classify(c: ArrayLike<number>, converged: boolean): number;
  /** classify, with the end state of a mixture or spurious outcome (attractors.ts). */
  describe(c: ArrayLike<number>, converged: boolean): { outcome: number; end?: AttractorEnd };
}

export function createSoftmaxProber(
  beta: number,
  memories: Patterns,
  maxSteps: number,
  tol = SOFTMAX_TOL,
): SoftmaxProber {
  const K = memories.count;
  const G = gramMatrix(memories);
  const span = createSoftmaxSpan(memories, beta, tol, G);
  const norms = new Float64Array(K);
  let M2 = 0;
  for (let mu = 0; mu < K; mu++) {
    norms[mu] = Math.sqrt(G[mu * K + mu]);
    M2 = Math.max(M2, G[mu * K + mu]);
  }
  const constant = Math.log(K) / beta + 0.5 * M2;
  const m = new Float64Array(K);
  const gc = (coef: ArrayLike<number>, out: Float64Array) => {
    for (let a = 0; a < K; a++) {
      let acc = 0;
      const row = a * K;
      for (let b = 0; b < K; b++) acc += G[row + b] * coef[b];
      out[a] = acc;
    }
  };
  const top = new Int32Array(Math.min(5, K));

  const describe = (
    coef: ArrayLike<number>,
    converged: boolean,
  ): { outcome: number; end?: AttractorEnd } => {
    if (!converged) return { outcome: outcomeUnconverged(K) };
    const sims = new Float64Array(K);
    gc(coef, sims);
    let xx = 0;
    for (let a = 0; a < K; a++) xx += coef[a] * sims[a];
    const xn = Math.sqrt(Math.max(xx, 0));
    for (let mu = 0; mu < K; mu++) {
      const d = norms[mu] * xn;
      m[mu] = d > 0 ? sims[mu] / d : 0;
    }
    // The 5 largest |m| (ties: lower index first), as verdict's stable sort ranks them.
    const used = new Uint8Array(K);
    for (let t = 0; t < top.length; t++) {
      let best = -1;
      for (let mu = 0; mu < K; mu++)
        if (!used[mu] && (best < 0 || Math.abs(m[mu]) > Math.abs(m[best]))) best = mu;
      used[best] = 1;
      top[t] = best;
    }
    const b0 = top[0];
    if (m[b0] >= RETRIEVED_OVERLAP) return { outcome: b0 };
    if (m[b0] <= -RETRIEVED_OVERLAP) return { outcome: K + b0 };
    const key = coefficientKey(coef);
    const nearest = { memory: b0, overlap: m[b0] };
    // Continuous mixtures Σ ε_μ ξ^μ / |S| of the top 2 … 5 (cosine ≥ MIXTURE_OVERLAP).
    const d = new Float64Array(K);
    const gd = new Float64Array(K);
    for (let size = 2; size <= top.length; size++) {
      d.fill(0);
      for (let t = 0; t < size; t++) d[top[t]] = (m[top[t]] >= 0 ? 1 : -1) / size;
      gc(d, gd);
      let dd = 0;
      let dx = 0;
      for (let a = 0; a < K; a++) {
        dd += d[a] * gd[a];
        dx += d[a] * sims[a];
      }
      const den = Math.sqrt(Math.max(dd, 0) * Math.max(xx, 0));
      if (den > 0 && dx / den >= MIXTURE_OVERLAP) {
        const parts = Array.from(top.subarray(0, size), (mu): MixturePart => ({
          memory: mu,
          sign: m[mu] >= 0 ? 1 : -1,
        }));
        return { outcome: outcomeMixture(K), end: { kind: 'mixture', key, parts, nearest } };
      }
    }
    return { outcome: outcomeSpurious(K), end: { kind: 'spurious', key, parts: [], nearest } };
  };
  const classify = (coef: ArrayLike<number>, converged: boolean) =>
    describe(coef, converged).outcome;

  return {
    gram: G,
    count: K,
    energy: (s0, xx0) => -lse(beta, s0) + 0.5 * xx0 + constant,
    classify,
    describe,
    run(s0, xx0, x0) {
      const energy = -lse(beta, s0) + 0.5 * xx0 + constant;
      if (maxSteps < 1) return { outcome: outcomeUnconverged(K), steps: 0, energy };
      let steps = 1;
      let converged = softmaxSettled(span.enter(s0, xx0, x0), span.tolAbs);
      while (!converged && steps < maxSteps) {
        steps++;
        converged = softmaxSettled(span.step(), span.tolAbs);
      }
      const { outcome, end } = describe(span.c, converged);
      return end ? { outcome, steps, energy, end } : { outcome, steps, energy };
    },
  };
}
