/**
 * A live trajectory that advances one neuron or one step at a time and accepts a new model,
 * update mode or temperature between any two updates (the studio's play / step / drag-n loop).
 *
 * One memory bank serves every family: memories are real vectors (e.g. grey·2−1 in [−1, 1]);
 * the binary families see their signs (> 0 → +1, else −1), softmax sees them as they are.
 * Switching softmax → binary takes the sign of the state (0 → +1); binary → softmax keeps ±1.
 *
 * Finite temperature T (binary families only) makes updates stochastic (Glauber):
 *   P(σ_i = +1) = 1 / (1 + exp(−2 r_i / T)),  r_i = Δ_i / Σ_μ |ξ^μ_i g(a_μ)| ∈ [−1, 1],
 * a scale-free form, so one T means the same across n and N. T = 0 is the exact deterministic rule.
 *
 * Softmax (Ramsauer et al. 2020, models.md §4): one step is softmax-iteration.ts softmaxStep,
 * x ← Ξᵀ softmax(βΞx), which never raises E(x) = −lse(β, Ξx) + ½‖x‖² + β⁻¹ log K + ½ M². The
 * stepper calls the state settled by the same test as retrieve() and the basin probes
 * (softmaxSettled): the step moved it by ‖x_{t+1} − x_t‖₂ ≤ 1e-9·max(1, max|ξ|).
 */
import {
  computeFields,
  createBinaryKernel,
  transposeSigns,
  type BinaryKernel,
} from './binary-kernel';
import { binaryEnergyFromFields } from './energy';
import { isBinaryEnergy, validateModel } from './model-spec';
import { createRng, type Rng } from '../util/random';
import { softmax } from './softmax';
import { softmaxSettled, softmaxStep, softmaxTolerance } from './softmax-iteration';
import { maxNorm, similarities, softmaxEnergy } from './softmax-update';
import type { BinaryEnergy, ModelSpec, Patterns, UpdateMode, UpdateOrder } from './types';

export interface StepperConfig {
  spec: ModelSpec;
  mode: UpdateMode;
  order: UpdateOrder;
  /** Relative temperature ≥ 0 for binary families; 0 = deterministic. */
  temperature: number;
}

export interface StepperView {
  /** Current state (copy): ±1 for binary families, real for softmax. */
  state: Float32Array;
  energy: number;
  /** Progress in steps (fractional inside an asynchronous sweep). */
  t: number;
  /** Neuron updates (async) or whole steps done so far. */
  updates: number;
  /** Deterministic dynamics reached a fixed point (never true at T > 0). */
  converged: boolean;
  /** Softmax weights over memories at the current state (softmax only). */
  weights: Float64Array | null;
  /** Cosine overlap with every memory (binary families: with its signs, = ξ^μ·σ / N). */
  overlaps: Float64Array;
}

export interface Stepper {
  readonly dim: number;
  readonly count: number;
  configure(config: Partial<StepperConfig>): void;
  /** Advances by `count` neuron updates or whole steps; returns the neurons flipped. */
  advance(unit: 'neuron' | 'step', count: number): number;
  view(): StepperView;
  converged(): boolean;
}

/** ±1 signs of real memories (> 0 → +1). */
export function signPatterns(memories: Patterns): Patterns {
  const data = new Float32Array(memories.data.length);
  for (let j = 0; j < data.length; j++) data[j] = memories.data[j] > 0 ? 1 : -1;
  return { count: memories.count, dim: memories.dim, data };
}

export function createStepper(
  memories: Patterns,
  start: ArrayLike<number>,
  config: StepperConfig,
  opts: { seed: number; clamp?: Uint8Array } = { seed: 0 },
): Stepper {
  const { count: K, dim: N } = memories;
  if (start.length !== N)
    throw new Error(`state has length ${start.length}, memories have length ${N}`);
  const signs = signPatterns(memories);
  // Transposed once: a new n or β then rebuilds only the kernel's small tables.
  const xiT = transposeSigns(signs);
  const rng: Rng = createRng(opts.seed);
  const clamp = opts.clamp;
  const norm = maxNorm(memories);
  const tolAbs = softmaxTolerance(memories);
  const rowNorms = new Float64Array(K);
  for (let mu = 0; mu < K; mu++) {
    let acc = 0;
    for (let i = 0; i < N; i++) acc += memories.data[mu * N + i] ** 2;
    rowNorms[mu] = Math.sqrt(acc);
  }
  let cfg: StepperConfig = { ...config };
  let kernel: BinaryKernel | null = null;
  let x: Float64Array = Float64Array.from(start);
  const sigma = new Int8Array(N);
  let fields: Int32Array = new Int32Array(K);
  let binary = false;
  let order: Int32Array | null = null;
  let pos = 0; // next index within the current sweep
  let updates = 0;
  let sweeps = 0;
  let quiet = 0; // consecutive neuron updates (or steps) without change
  let done = false;

  const enterBinary = () => {
    for (let i = 0; i < N; i++) sigma[i] = x[i] > 0 ? 1 : x[i] < 0 ? -1 : 1;
    fields = computeFields(signs, sigma);
    binary = true;
  };
  const enterContinuous = () => {
    if (binary) x = Float64Array.from(sigma);
    binary = false;
  };

  const apply = (next: StepperConfig) => {
    const bad = validateModel(next.spec);
    if (bad) throw new Error(bad);
    if (!(next.temperature >= 0 && Number.isFinite(next.temperature))) {
      throw new Error(`temperature must be a number ≥ 0, got ${next.temperature}`);
    }
    cfg = next;
    if (isBinaryEnergy(cfg.spec.energy)) {
      if (!binary) enterBinary();
      kernel = createBinaryKernel(cfg.spec as ModelSpec & { energy: BinaryEnergy }, signs, xiT);
    } else {
      enterContinuous();
      kernel = null;
    }
    quiet = 0;
    done = false;
  };
  apply(cfg);

  const setNeuron = (i: number, next: number) => {
    if (next === sigma[i]) return false;
    sigma[i] = next;
    const col = i * K;
    const twice = 2 * next;
    for (let mu = 0; mu < K; mu++) fields[mu] += twice * kernel!.xiT[col + mu];
    return true;
  };

  const decide = (i: number): number => {
    const s = sigma[i];
    if (cfg.temperature > 0) {
      const r = kernel!.relativeDelta(i, fields, s);
      return rng.next() < 1 / (1 + Math.exp((-2 * r) / cfg.temperature)) ? 1 : -1;
    }
    const d = kernel!.deltaSign(i, fields, s);
    return d > 0 ? 1 : d < 0 ? -1 : s;
  };

  const neuronUpdate = (): number => {
    if (pos === 0) order = cfg.order === 'random' ? rng.permutation(N) : null;
    const i = order ? order[pos] : pos;
    const flipped = !(clamp && clamp[i]) && setNeuron(i, decide(i));
    pos++;
    updates++;
    if (pos === N) {
      pos = 0;
      sweeps++;
    }
    quiet = flipped ? 0 : quiet + 1;
    if (cfg.temperature === 0 && quiet >= N) done = true;
    return flipped ? 1 : 0;
  };

  const syncStep = (): number => {
    const next = new Int8Array(N);
    for (let i = 0; i < N; i++) next[i] = clamp && clamp[i] ? sigma[i] : decide(i);
    let flips = 0;
    for (let i = 0; i < N; i++) if (setNeuron(i, next[i])) flips++;
    updates++;
    sweeps++;
    if (cfg.temperature === 0 && flips === 0) done = true;
    return flips;
  };

  const softStep = (): number => {
    const { next, movedSq } = softmaxStep(memories, x, cfg.spec.beta, clamp);
    x = next;
    updates++;
    sweeps++;
    if (softmaxSettled(movedSq, tolAbs)) done = true;
    return 0;
  };

  const oneStep = (): number => {
    if (!binary) return softStep();
    if (cfg.mode === 'sync') return syncStep();
    let flips = neuronUpdate();
    while (pos !== 0) flips += neuronUpdate();
    return flips;
  };

  return {
    dim: N,
    count: K,
    configure(partial) {
      apply({ ...cfg, ...partial, spec: { ...cfg.spec, ...partial.spec } });
    },
    advance(unit, count) {
      let flips = 0;
      for (let k = 0; k < count; k++) {
        if (unit === 'neuron' && binary && cfg.mode === 'async') flips += neuronUpdate();
        else flips += oneStep();
      }
      return flips;
    },
    view() {
      const energy = binary
        ? binaryEnergyFromFields(cfg.spec, fields)
        : softmaxEnergy(memories, x, cfg.spec.beta, norm);
      const sims = binary ? null : similarities(memories, x);
      const weights = sims ? softmax(cfg.spec.beta, sims) : null;
      const overlaps = new Float64Array(K);
      if (sims) {
        let xx = 0;
        for (let i = 0; i < N; i++) xx += x[i] * x[i];
        const xn = Math.sqrt(xx);
        for (let mu = 0; mu < K; mu++) {
          const d = rowNorms[mu] * xn;
          overlaps[mu] = d > 0 ? sims[mu] / d : 0;
        }
      } else {
        for (let mu = 0; mu < K; mu++) overlaps[mu] = fields[mu] / N;
      }
      return {
        overlaps,
        state: binary ? Float32Array.from(sigma) : Float32Array.from(x),
        energy,
        t: binary && cfg.mode === 'async' ? sweeps + pos / N : sweeps,
        updates,
        converged: done,
        weights,
      };
    },
    converged: () => done,
  };
}
