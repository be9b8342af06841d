/**
 * The engine's parity table: one list of cases that every tfjs backend runs (Node: cpu and wasm,
 * parity.test.ts; the browser: wasm, webgl and webgpu, e2e/parity.spec.ts), each comparing a
 * batched engine function with its float64 core counterpart:
 *
 *   binaryStep   binarySyncStepBatch   vs core syncStep, row by row
 *   energy       energyBatch           vs core energy
 *   softmaxStep  softmaxStepBatch      vs core softmaxUpdate
 *   retrieve     retrieveBatch         vs core retrieve (sync, SOFTMAX_TOL_F32)
 *   gram         gramTf                vs core gramSync (the capacity lab's overlaps; exact)
 *
 * and, where the case is small enough, with the independent oracle (test-utils/reference-dam.ts,
 * passed in by the Node test: the engine may not import test code).
 *
 * The float32 bound. binary-batch.ts takes its exact form when 4·K·(N+2)^n ≤ 2^24
 * (isExactInFloat32) and says every value is then an integer below 2^24, equal to the core bit
 * for bit; above, it takes the scaled form, which agrees on every neuron except near-ties. The
 * "bound" rows sit AT 4·K·(N+2)^n = 2^24 (exact form, must be exact) and just above it (scaled
 * form, the documented near-tie tolerance), with aligned memories (K copies of one pattern, so
 * every overlap is ±N, the largest the bound allows). The guard is a worst case over all states:
 * at large N the values stay near 2^20; the n = 10, 11 rows with N = 2 bring them to 2^22. Energies take only the overlaps from
 * float32 (integers ≤ N) and sum F in float64, so they stay exact past 2^24: the energy rows put
 * −Σ F(S) exactly at −2^24 and above it.
 *
 * Inputs are built by seeded generators, so every backend sees the same numbers.
 */
import type { ModelSpec, Patterns } from '../../core/dynamics/types';
import { createRng, type Rng } from '../../core/util/random';
import { noisyProbes, randomNormals, randomSigns } from '../fixtures';

export type EngineFn = 'binaryStep' | 'energy' | 'softmaxStep' | 'retrieve' | 'gram';

/** The engine function each kind runs and the core function it is compared with. */
export const COMPARED: Record<EngineFn, { engine: string; core: string }> = {
  binaryStep: { engine: 'binarySyncStepBatch', core: 'syncStep' },
  energy: { engine: 'energyBatch', core: 'energy' },
  softmaxStep: { engine: 'softmaxStepBatch', core: 'softmaxUpdate' },
  retrieve: { engine: 'retrieveBatch', core: 'retrieve (sync)' },
  gram: { engine: 'gramTf', core: 'gramSync' },
};

/**
 *  - exact: every value equal to the core's (float32 of the core's value);
 *  - close: |got − want| ≤ max(abs, rel·|want|) for every value;
 *  - near-ties (binary scaled form): a neuron may differ from the core only where the exact Δ_i
 *    is below `maxRelDelta` of its terms (core kernel relativeDelta), and at least `minAgree` of
 *    all neurons agree.
 */
export type Tolerance =
  | { kind: 'exact' }
  | { kind: 'close'; rel: number; abs: number }
  | { kind: 'near-ties'; maxRelDelta: number; minAgree: number };

export interface ParityInputs {
  memories: Patterns;
  states: Patterns;
}

export interface ParityCase {
  name: string;
  /** The class of case, for the per-class error summary. */
  group: string;
  fn: EngineFn;
  spec: ModelSpec;
  /** Seeded: the same numbers on every call and every backend. */
  inputs: () => ParityInputs;
  /** Tolerance on the states (binaryStep, softmaxStep, retrieve finals) or energies (energy). */
  tol: Tolerance;
  /** retrieve: tolerance on the final energies, and how many steps the engine may differ by. */
  energyTol?: Tolerance;
  stepSlack?: number;
  maxSteps?: number;
  /** Binary cases: what the float32 guard (isExactInFloat32) must say for this K, N, n. */
  exactForm?: boolean;
  /** Also compared with the independent oracle (small cases: it is O(N²K) per step). */
  oracle: boolean;
}

const EXACT: Tolerance = { kind: 'exact' };
const NEAR_TIES = (minAgree: number, maxRelDelta = 1e-5): Tolerance => ({
  kind: 'near-ties',
  maxRelDelta,
  minAgree,
});
const poly = (n: number): ModelSpec => ({ energy: 'polynomial', n, beta: 1 });
const rect = (n: number): ModelSpec => ({ energy: 'rectified', n, beta: 1 });
const expo = (beta: number): ModelSpec => ({ energy: 'exponential', n: 2, beta });
const soft = (beta: number): ModelSpec => ({ energy: 'softmax', n: 2, beta });

/** Random ±1 memories and noisy copies of them as probes. */
function noisy(seed: number, k: number, n: number, b: number, p: number) {
  return (): ParityInputs => {
    const rng = createRng(seed);
    const memories = randomSigns(rng, k, n);
    return { memories, states: noisyProbes(rng, memories, b, p) };
  };
}

/**
 * K copies of one ±1 pattern ξ (every overlap is ±N), probed by ξ, −ξ, ξ with 10% and 40% of
 * its signs flipped, and one random state.
 */
function aligned(seed: number, k: number, n: number) {
  return (): ParityInputs => {
    const rng = createRng(seed);
    const xi = Float32Array.from(randomSigns(rng, 1, n).data);
    const memories = { count: k, dim: n, data: new Float32Array(k * n) };
    for (let mu = 0; mu < k; mu++) memories.data.set(xi, mu * n);
    const flip = (p: number) => Float32Array.from(xi, (v) => (rng.next() < p ? -v : v));
    const rows = [xi, flip(1), flip(0.1), flip(0.4), randomSigns(rng, 1, n).data];
    const states = { count: rows.length, dim: n, data: new Float32Array(rows.length * n) };
    rows.forEach((r, b) => states.data.set(r, b * n));
    return { memories, states };
  };
}

/** Gaussian memories and states, entries N(0, 1/N), or ±1 memories with noisy probes. */
function continuous(seed: number, k: number, n: number, b: number, kind: 'normal' | 'signs') {
  return (): ParityInputs => {
    const rng: Rng = createRng(seed);
    const scale = 1 / Math.sqrt(n);
    if (kind === 'signs') {
      const memories = randomSigns(rng, k, n);
      return { memories, states: noisyProbes(rng, memories, b, 0.2) };
    }
    return { memories: randomNormals(rng, k, n, scale), states: randomNormals(rng, b, n, scale) };
  };
}

function binaryStepCases(): ParityCase[] {
  const exact: [ModelSpec, number, number, number][] = [
    [poly(2), 10, 32, 0.3],
    [poly(3), 8, 48, 0.25],
    [poly(4), 3, 24, 0.3],
    [rect(3), 8, 40, 0.3],
    [rect(4), 4, 24, 0.4],
    [poly(2), 60, 64, 0.45],
  ];
  const scaled: [ModelSpec, number, number, number][] = [
    [poly(3), 40, 200, 0.3],
    [poly(20), 50, 300, 0.3],
    [poly(60), 30, 400, 0.35],
    [rect(10), 40, 256, 0.3],
    [expo(0.1), 50, 200, 0.3],
    [expo(5), 50, 200, 0.45],
  ];
  const label = (s: ModelSpec) =>
    s.energy === 'exponential' ? `exp β=${s.beta}` : `${s.energy} n=${s.n}`;
  return [
    ...exact.map(([spec, k, n, p]): ParityCase => ({
      name: `binary step, exact form: ${label(spec)} K=${k} N=${n}`,
      group: 'binary step, exact form',
      fn: 'binaryStep',
      spec,
      inputs: noisy(k * 1000 + n, k, n, 12, p),
      tol: EXACT,
      exactForm: true,
      oracle: true,
    })),
    // Large-β exponentials near random states have many structural near-ties (equal exponents
    // cancel exactly), hence the lower agreement there. wasm's exp is coarser than cpu's: at
    // β = 5 it was measured to miss neurons with relative Δ up to 2.3e-5 (agreement 0.916;
    // cpu: 0.964, every miss below 1e-5), so that row allows 1e-4 and 0.9.
    ...scaled.map(([spec, k, n, p]): ParityCase => ({
      name: `binary step, scaled form: ${label(spec)} K=${k} N=${n}`,
      group: 'binary step, scaled form',
      fn: 'binaryStep',
      spec,
      inputs: noisy(k * 7 + n, k, n, 8, p),
      tol: spec.energy === 'exponential' && spec.beta > 1 ? NEAR_TIES(0.9, 1e-4) : NEAR_TIES(0.995),
      exactForm: false,
      oracle: false,
    })),
  ];
}

/** 4·K·(N+2)^n = 2^24 exactly, and the smallest steps above it. */
function boundCases(): ParityCase[] {
  // At the bound the exact form must match bit for bit; just above it the scaled form runs.
  const row =
    (side: 'AT' | 'just ABOVE') =>
    (spec: ModelSpec, k: number, n: number, inputs: () => ParityInputs, what: string) => ({
      name: `binary step ${side} 2^24: ${spec.energy} n=${spec.n} K=${k} N=${n}, ${what}`,
      group:
        side === 'AT'
          ? 'binary step at the 2^24 bound'
          : 'binary step just above the bound (scaled form)',
      fn: 'binaryStep' as const,
      spec,
      inputs,
      tol: side === 'AT' ? EXACT : NEAR_TIES(0.995),
      exactForm: side === 'AT',
      oracle: n < 200,
    });
  const at = row('AT');
  const above = row('just ABOVE');
  return [
    at(poly(2), 4, 1022, aligned(101, 4, 1022), 'aligned'), // 4·4·1024² = 2^24
    at(poly(3), 16, 62, aligned(102, 16, 62), 'aligned'), // 4·16·64³ = 2^24
    at(poly(3), 16, 62, noisy(103, 16, 62, 12, 0.3), 'noisy probes'),
    at(rect(4), 4, 30, aligned(104, 4, 30), 'aligned'), // 4·4·32⁴ = 2^24
    at(rect(4), 4, 30, noisy(105, 4, 30, 12, 0.35), 'noisy probes'),
    // Large n, tiny N: the products themselves come near the bound (F(4) = 4^10 = 2^20 summed
    // over K = 4 aligned memories: 2^22; n = 11, K = 1: F(4) = 2^22 alone).
    at(poly(10), 4, 2, aligned(111, 4, 2), 'aligned'), // 4·4·4^10 = 2^24
    at(poly(11), 1, 2, aligned(112, 1, 2), 'aligned'), // 4·1·4^11 = 2^24
    above(poly(10), 5, 2, aligned(113, 5, 2), 'aligned'), // 4·5·4^10 > 2^24
    above(poly(2), 4, 1023, aligned(106, 4, 1023), 'aligned'), // 4·4·1025² > 2^24
    above(poly(3), 17, 62, aligned(107, 17, 62), 'aligned'), // 4·17·64³ > 2^24
    above(poly(3), 17, 62, noisy(108, 17, 62, 12, 0.3), 'noisy probes'),
    {
      name: 'retrieve AT 2^24: polynomial n=3 K=16 N=62, noisy probes',
      group: 'binary step at the 2^24 bound',
      fn: 'retrieve',
      spec: poly(3),
      inputs: noisy(109, 16, 62, 10, 0.3),
      maxSteps: 30,
      tol: EXACT,
      energyTol: EXACT,
      stepSlack: 0,
      exactForm: true,
      oracle: true,
    },
  ];
}

function energyCases(): ParityCase[] {
  const specs = [poly(3), poly(60), rect(5), expo(2)];
  return [
    ...specs.map((spec): ParityCase => ({
      name: `energy: ${spec.energy} n=${spec.n} β=${spec.beta} K=30 N=100`,
      group: 'binary energy',
      fn: 'energy',
      spec,
      inputs: noisy(13, 30, 100, 9, 0.2),
      tol: EXACT,
      oracle: false,
    })),
    // All aligned: E(ξ) = −K·N² = −2^24 (K = 16, N = 1024), and −17·2^20 just above.
    ...[16, 17].map((k): ParityCase => ({
      name: `energy ${k === 16 ? 'AT' : 'just ABOVE'} 2^24: polynomial n=2 K=${k} N=1024, aligned`,
      group: 'binary energy at the 2^24 bound',
      fn: 'energy',
      spec: poly(2),
      inputs: aligned(110 + k, k, 1024),
      tol: EXACT,
      oracle: false,
    })),
    {
      name: 'energy: softmax β=4 K=30 N=100',
      group: 'softmax energy',
      fn: 'energy',
      spec: soft(4),
      inputs: noisy(13, 30, 100, 9, 0.2),
      tol: { kind: 'close', rel: 1e-5, abs: 1e-3 },
      oracle: false,
    },
  ];
}

function softmaxCases(): ParityCase[] {
  const rows = [
    { seed: 1, k: 5, n: 16, b: 7, beta: 0.5, kind: 'normal' },
    { seed: 2, k: 40, n: 64, b: 16, beta: 8, kind: 'normal' },
    { seed: 3, k: 20, n: 100, b: 9, beta: 0.05, kind: 'signs' },
    { seed: 4, k: 30, n: 50, b: 4, beta: 1000, kind: 'signs' },
  ] as const;
  return rows.map(({ seed, k, n, b, beta, kind }): ParityCase => ({
    name: `softmax step: β=${beta} K=${k} N=${n} B=${b} (${kind})`,
    group: 'softmax step',
    fn: 'softmaxStep',
    spec: soft(beta),
    inputs: continuous(seed, k, n, b, kind),
    // float32 against float64: measured ≤ 3.0e-7 on every backend (|x| < 1).
    tol: { kind: 'close', rel: 1e-5, abs: 1e-5 },
    oracle: true,
  }));
}

function retrieveCases(): ParityCase[] {
  const binary = [poly(2), poly(3), rect(3)].map((spec): ParityCase => ({
    name: `retrieve, binary sync: ${spec.energy} n=${spec.n} K=8 N=40`,
    group: 'retrieve, binary',
    fn: 'retrieve',
    spec,
    inputs: noisy(11, 8, 40, 10, 0.35),
    maxSteps: 30,
    tol: EXACT,
    energyTol: EXACT,
    stepSlack: 0,
    oracle: true,
  }));
  const softmax: ParityCase = {
    name: 'retrieve, softmax: β=0.3 K=20 N=64',
    group: 'retrieve, softmax',
    fn: 'retrieve',
    spec: soft(0.3),
    inputs: () => {
      const rng = createRng(12);
      return { memories: randomNormals(rng, 20, 64, 1), states: randomNormals(rng, 12, 64, 1) };
    },
    maxSteps: 50,
    // Measured on every backend: finals ≤ 7.2e-7 (|x| ≤ 2.5), energies ≤ 1.9e-5 (E ≈ 20–30).
    tol: { kind: 'close', rel: 1e-5, abs: 1e-5 },
    energyTol: { kind: 'close', rel: 1e-5, abs: 1e-5 },
    stepSlack: 1,
    oracle: false,
  };
  return [...binary, softmax];
}

/**
 * Gram matrices of ±1 pools (memories; the states are unused): overlaps up to ±N = ±1024, the
 * largest the capacity lab makes, aligned copies where every entry is ±N, and more than one
 * 1024-row block.
 */
function gramCases(): ParityCase[] {
  const sizes = [
    { seed: 21, k: 64, n: 16, name: 'random K=64 N=16' },
    { seed: 22, k: 1100, n: 24, name: 'random K=1100 N=24 (two row blocks)' },
    { seed: 23, k: 40, n: 1024, name: 'random K=40 N=1024' },
  ];
  const random = sizes.map(({ seed, k, n, name }): ParityCase => ({
    name: `gram: ${name}`,
    group: 'gram (capacity)',
    fn: 'gram',
    spec: poly(2),
    inputs: () => {
      const memories = randomSigns(createRng(seed), k, n);
      return { memories, states: memories };
    },
    tol: EXACT,
    oracle: false,
  }));
  const extreme: ParityCase = {
    name: 'gram: aligned K=6 N=1024 (every overlap ±N)',
    group: 'gram (capacity)',
    fn: 'gram',
    spec: poly(2),
    inputs: () => {
      const x = aligned(24, 6, 1024)();
      // Half the copies inverted: overlaps +N and −N.
      for (let i = 3 * 1024; i < 6 * 1024; i++) x.memories.data[i] = -x.memories.data[i];
      return { memories: x.memories, states: x.memories };
    },
    tol: EXACT,
    oracle: false,
  };
  return [...random, extreme];
}

/** The whole table, in a fixed order. */
export const PARITY_CASES: readonly ParityCase[] = [
  ...binaryStepCases(),
  ...boundCases(),
  ...energyCases(),
  ...softmaxCases(),
  ...retrieveCases(),
  ...gramCases(),
];
