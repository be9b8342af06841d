/**
 * Binary update rules of the dense associative memory (models.md §2.2):
 *  - asynchronous: neurons one at a time, σ_i ← sign(Δ_i), fields updated by ±2ξ^μ_i on a flip
 *    (O(K) per neuron); never raises the energy;
 *  - synchronous: every Δ_i from the old state, then all neurons at once (may 2-cycle).
 * A tie (Δ_i = 0) keeps the current value. Clamped neurons never change.
 */
import { computeFields, createBinaryKernel, type BinaryKernel } from './binary-kernel';
import { polyF } from './interaction';
import type { BinaryEnergy, ModelSpec, Patterns } from './types';

/** Mutable state of a binary run: σ and its fields, kept consistent. */
export interface BinaryRunState {
  sigma: Int8Array;
  fields: Int32Array;
}

export function startBinaryRun(memories: Patterns, state: ArrayLike<number>): BinaryRunState {
  const sigma = new Int8Array(state.length);
  for (let i = 0; i < state.length; i++) sigma[i] = state[i] > 0 ? 1 : -1;
  return { sigma, fields: computeFields(memories, sigma) };
}

/**
 * Updates neuron i in place. Returns true when it flipped.
 */
export function updateNeuron(kernel: BinaryKernel, run: BinaryRunState, i: number): boolean {
  const s = run.sigma[i];
  const d = kernel.deltaSign(i, run.fields, s);
  const next = d > 0 ? 1 : d < 0 ? -1 : s;
  if (next === s) return false;
  run.sigma[i] = next;
  const K = kernel.count;
  const col = i * K;
  const fields = run.fields;
  const xiT = kernel.xiT;
  const twice = 2 * next;
  for (let mu = 0; mu < K; mu++) fields[mu] += twice * xiT[col + mu];
  return true;
}

/**
 * One synchronous step in place: all Δ_i from the old state, then every neuron at once.
 * Returns the number of flips.
 */
export function syncUpdate(kernel: BinaryKernel, run: BinaryRunState, clamp?: Uint8Array): number {
  const N = kernel.dim;
  const next = new Int8Array(N);
  for (let i = 0; i < N; i++) {
    const s = run.sigma[i];
    if (clamp && clamp[i]) {
      next[i] = s;
      continue;
    }
    const d = kernel.deltaSign(i, run.fields, s);
    next[i] = d > 0 ? 1 : d < 0 ? -1 : s;
  }
  let flips = 0;
  const K = kernel.count;
  for (let i = 0; i < N; i++) {
    if (next[i] === run.sigma[i]) continue;
    flips++;
    const twice = 2 * next[i];
    const col = i * K;
    for (let mu = 0; mu < K; mu++) run.fields[mu] += twice * kernel.xiT[col + mu];
  }
  run.sigma.set(next);
  return flips;
}

/** Convenience for the engine's parity tests: one synchronous step on a copy. */
export function syncStep(
  spec: ModelSpec & { energy: BinaryEnergy },
  memories: Patterns,
  state: ArrayLike<number>,
): { next: Float32Array; flips: number } {
  const kernel = createBinaryKernel(spec, memories);
  const run = startBinaryRun(memories, state);
  const flips = syncUpdate(kernel, run);
  return { next: Float32Array.from(run.sigma), flips };
}

/**
 * Δ_i = E(σ_i=−1) − E(σ_i=+1) as a float64 value, for display and teaching (the update itself
 * uses the exact sign). For the exponential energy the value is scaled by e^{−β(max a + 1)} (no overflow).
 */
export function neuronField(
  spec: ModelSpec & { energy: BinaryEnergy },
  memories: Patterns,
  state: ArrayLike<number>,
  i: number,
): number {
  const { count: K, dim: N, data } = memories;
  const a = new Float64Array(K);
  let top = -Infinity;
  for (let mu = 0; mu < K; mu++) {
    let acc = 0;
    for (let j = 0; j < N; j++) if (j !== i) acc += data[mu * N + j] * (state[j] > 0 ? 1 : -1);
    a[mu] = acc;
    if (acc > top) top = acc;
  }
  let sum = 0;
  for (let mu = 0; mu < K; mu++) {
    const x = data[mu * N + i] > 0 ? 1 : -1;
    if (spec.energy === 'exponential') {
      sum += x * -Math.expm1(-2 * spec.beta) * Math.exp(spec.beta * (a[mu] - top));
    } else {
      const rect = spec.energy === 'rectified';
      sum += polyF(rect, spec.n, a[mu] + x) - polyF(rect, spec.n, a[mu] - x);
    }
  }
  return sum;
}
