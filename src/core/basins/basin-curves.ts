/**
 * Basin-size curves (basin-types.ts BasinCurveRequest): P(retrieve memory k | a fraction f of its
 * entries flipped), by seeded Monte Carlo, with 95% Wilson intervals and the basin radius.
 *
 * A trial flips (negates) exactly round(f·N) entries of memory k (binary families: of its
 * signs; softmax: of its real values), chosen uniformly without replacement, runs the probe to convergence (basin-probe.ts: the same
 * dynamics as the basin map) and succeeds when it ends at memory k itself (outcome code k, i.e.
 * metrics.ts verdict 'retrieved' with that memory; an unconverged run fails). Trial t of memory k
 * at flip index q draws from the RNG seeded mixSeed(mixSeed(seed, k, q), t, 0), so curves are
 * reproducible and do not depend on which other memories or fractions were asked for.
 */
import type { BasinCurve, BasinCurveRequest } from './basin-types';
import {
  createBinaryProber,
  createSoftmaxProber,
  mixSeed,
  type ProbeDynamics,
} from './basin-probe';
import { isBinaryEnergy, validateMaxSteps, validateModel } from '../dynamics/model-spec';
import { createRng, type Rng } from '../util/random';
import { wilson } from '../util/wilson';
import { signPatterns } from '../dynamics/stepper';
import type { BinaryEnergy, ModelSpec, Patterns } from '../dynamics/types';

/**
 * The flip fraction where p first drops below 0.5, interpolated linearly between the last
 * fraction at or above 0.5 and the first below; flips[0] when already below there; null if never.
 */
export function basinRadius(flips: readonly number[], p: readonly number[]): number | null {
  for (let q = 0; q < p.length; q++) {
    if (!(p[q] < 0.5)) continue;
    if (q === 0) return flips[0];
    const f0 = flips[q - 1];
    const f1 = flips[q];
    return f0 + ((p[q - 1] - 0.5) / (p[q - 1] - p[q])) * (f1 - f0);
  }
  return null;
}

/** Number of entries flipped at fraction f. */
export const flipCount = (f: number, N: number) => Math.round(f * N);

/** Runs a probe from memory k with the entries in `flipped` negated; true when k is retrieved. */
type TrialRunner = (k: number, flipped: ArrayLike<number>, m: number, seed: number) => boolean;

function createTrialRunner(spec: ModelSpec, memories: Patterns, dyn: ProbeDynamics): TrialRunner {
  const { count: K, dim: N } = memories;
  if (isBinaryEnergy(spec.energy)) {
    const signs = signPatterns(memories);
    const prober = createBinaryProber(spec as ModelSpec & { energy: BinaryEnergy }, signs, dyn);
    const sigma = new Int8Array(N);
    return (k, flipped, m, seed) => {
      for (let i = 0; i < N; i++) sigma[i] = signs.data[k * N + i];
      for (let t = 0; t < m; t++) sigma[flipped[t]] = -sigma[flipped[t]];
      return prober.run(sigma, seed).outcome === k;
    };
  }
  const prober = createSoftmaxProber(spec.beta, memories, dyn.maxSteps);
  const G = prober.gram;
  const s0 = new Float64Array(K);
  const { data } = memories;
  return (k, flipped, m) => {
    // Ξx₀ with x₀ = ξ^k and entries `flipped` negated: G_k· − 2 Σ_i ξ^μ_i ξ^k_i.
    for (let mu = 0; mu < K; mu++) {
      let acc = G[k * K + mu];
      for (let t = 0; t < m; t++) {
        const i = flipped[t];
        acc -= 2 * data[mu * N + i] * data[k * N + i];
      }
      s0[mu] = acc;
    }
    // x₀ itself, for the rare first step the Gram form cannot decide exactly.
    const x0 = () => {
      const x = Float64Array.from(data.subarray(k * N, (k + 1) * N));
      for (let t = 0; t < m; t++) x[flipped[t]] = -x[flipped[t]];
      return x;
    };
    return prober.run(s0, G[k * K + k], x0).outcome === k;
  };
}

/** The first m entries of `idx` become a uniform random m-subset of 0 … N−1. */
function drawSubset(rng: Rng, idx: Int32Array, m: number): void {
  const N = idx.length;
  for (let i = 0; i < N; i++) idx[i] = i;
  for (let t = 0; t < m; t++) {
    const j = t + rng.int(N - t);
    const tmp = idx[t];
    idx[t] = idx[j];
    idx[j] = tmp;
  }
}

export function validateCurveRequest(req: BasinCurveRequest, memories: Patterns): void {
  const bad = validateModel(req.spec);
  if (bad) throw new Error(bad);
  const badSteps = validateMaxSteps(req.maxSteps);
  if (badSteps) throw new Error(badSteps);
  if (!Number.isInteger(req.trials) || req.trials < 1)
    throw new Error(`trials must be a positive integer, got ${req.trials}`);
  for (const k of req.memories) {
    if (!Number.isInteger(k) || k < 0 || k >= memories.count)
      throw new Error(`memory ${k} is not one of the ${memories.count} stored memories`);
  }
  for (const f of req.flips) {
    if (!(f >= 0 && f <= 1)) throw new Error(`flip fractions must lie in [0, 1], got ${f}`);
  }
}

export interface CurveJob {
  /** Trials in all, and done so far. */
  readonly total: number;
  readonly done: number;
  readonly finished: boolean;
  /** Runs up to `max` more trials. */
  run(max: number): void;
  /** The curves (complete once finished). */
  result(): BasinCurve[];
}

export function createCurveJob(req: BasinCurveRequest, memories: Patterns): CurveJob {
  validateCurveRequest(req, memories);
  const N = memories.dim;
  const runner = createTrialRunner(req.spec, memories, req);
  const F = req.flips.length;
  const successes = req.memories.map(() => new Int32Array(F));
  const total = req.memories.length * F * req.trials;
  const idx = new Int32Array(N);
  let done = 0;
  return {
    total,
    get done() {
      return done;
    },
    get finished() {
      return done >= total;
    },
    run(max) {
      const end = Math.min(total, done + max);
      for (; done < end; done++) {
        const t = done % req.trials;
        const q = Math.floor(done / req.trials) % F;
        const mi = Math.floor(done / (req.trials * F));
        const k = req.memories[mi];
        const rng = createRng(mixSeed(mixSeed(req.seed, k, q), t, 0));
        const m = Math.min(N, flipCount(req.flips[q], N));
        drawSubset(rng, idx, m);
        if (runner(k, idx, m, rng.nextUint32())) successes[mi][q]++;
      }
    },
    result() {
      return req.memories.map((k, mi) => {
        const p: number[] = [];
        const lo: number[] = [];
        const hi: number[] = [];
        for (let q = 0; q < F; q++) {
          const w = wilson(successes[mi][q], req.trials);
          p.push(w.p);
          lo.push(w.lo);
          hi.push(w.hi);
        }
        return { memory: k, p, lo, hi, radius: basinRadius(req.flips, p) };
      });
    },
  };
}

/** All curves at once (tests, CLI). */
export function computeBasinCurves(req: BasinCurveRequest, memories: Patterns): BasinCurve[] {
  const job = createCurveJob(req, memories);
  job.run(Infinity);
  return job.result();
}

/**
 * Exact P(retrieve k | exactly m entries flipped) by enumerating all C(N, m) flip sets, for
 * small N (tests). Needs deterministic dynamics: synchronous, or asynchronous in index order.
 */
export function exactRetrieval(
  spec: ModelSpec,
  memories: Patterns,
  k: number,
  m: number,
  dyn: ProbeDynamics,
  maxSets = 1_000_000,
): { successes: number; total: number; p: number } {
  if (dyn.mode === 'async' && dyn.order === 'random')
    throw new Error('exact enumeration needs deterministic dynamics (sync, or async sequential)');
  const N = memories.dim;
  if (!(m >= 0 && m <= N)) throw new Error(`m must be in 0 … ${N}, got ${m}`);
  let sets = 1;
  for (let t = 0; t < m; t++) sets = (sets * (N - t)) / (t + 1);
  if (sets > maxSets)
    throw new Error(`C(${N}, ${m}) = ${Math.round(sets)} flip sets is too many to enumerate`);
  const runner = createTrialRunner(spec, memories, dyn);
  const comb = Int32Array.from({ length: m }, (_, t) => t);
  let successes = 0;
  let total = 0;
  for (;;) {
    if (runner(k, comb, m, 0)) successes++;
    total++;
    // Next combination in lexicographic order.
    let t = m - 1;
    while (t >= 0 && comb[t] === N - m + t) t--;
    if (t < 0) break;
    comb[t]++;
    for (let s = t + 1; s < m; s++) comb[s] = comb[s - 1] + 1;
  }
  return { successes, total, p: successes / total };
}
