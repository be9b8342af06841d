/**
 * Letting a trained Krotov–Hopfield memory run freely over all D + C neurons (pixels and labels):
 * generation (clamp a label, let the pixels evolve) and completion (clamp part of an image, let
 * the rest and the labels evolve). The energy is E(x) = −Σ_μ F(ξ^μ·x) with F = RePn.
 *
 * Each free neuron i is updated in turn (seeded random order per sweep) by the same rule as the
 * classifier's label update (docs/models.md §2.5), with the others held:
 *   x_i ← tanh( Σ_μ [ (a⁺_μ/T)_+^n − (a⁻_μ/T)_+^n ] ),   a^±_μ = ξ^μ·x with x_i set to ±1.
 * When the argument is large this is the sign of the energy difference (a greedy descent step);
 * when it is small the neuron stays grey, which shows how sure the memory is about that pixel.
 * The overlaps a_μ are kept up to date incrementally (O(K) per neuron update).
 */
import type { KhModel } from './kh-model';
import { ipow } from './kh-pass';
import { createRng, type Rng } from '../util/random';

export interface KhEvolver {
  /** Current state x, length D + C (pixels first, then labels). Live view: do not mutate. */
  readonly state: Float64Array;
  /** Sweeps done. */
  readonly sweeps: number;
  /** One sweep over every free neuron; returns the largest |change| of a neuron. */
  sweep(): number;
  /** −Σ_μ ((ξ^μ·x)/T)_+^n (the energy in the scaled units the classifier uses). */
  energy(): number;
}

/**
 * @param start initial x (length D + C, values clamped into [−1, 1]; copied).
 * @param clamp 1 = the neuron never changes (length D + C).
 * @param seed the seed of the update order.
 */
export function createEvolver(
  model: KhModel,
  start: ArrayLike<number>,
  clamp: ArrayLike<number>,
  seed: number,
): KhEvolver {
  const { D, C, K, n } = model.config;
  const W = D + C;
  if (start.length !== W || clamp.length !== W) {
    throw new RangeError(`state and clamp must have length ${W} (D + C)`);
  }
  const T = model.T;
  const xi = model.memories;
  const x = new Float64Array(W);
  for (let i = 0; i < W; i++) {
    const v = Number(start[i]);
    x[i] = Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
  }
  const free: number[] = [];
  for (let i = 0; i < W; i++) if (!clamp[i]) free.push(i);
  const a = new Float64Array(K);
  for (let mu = 0; mu < K; mu++) {
    let dot = 0;
    for (let i = 0; i < W; i++) dot += xi[mu * W + i] * x[i];
    a[mu] = dot;
  }
  const rng: Rng = createRng(seed);
  const F = (v: number) => (v > 0 ? ipow(v, n) : 0);
  let sweeps = 0;

  const update = (i: number): number => {
    const xo = x[i];
    let h = 0;
    for (let mu = 0; mu < K; mu++) {
      const w = xi[mu * W + i];
      const rest = a[mu] - w * xo;
      h += F((rest + w) / T) - F((rest - w) / T);
    }
    const xn = Math.tanh(h);
    if (xn !== xo) {
      const d = xn - xo;
      for (let mu = 0; mu < K; mu++) a[mu] += xi[mu * W + i] * d;
      x[i] = xn;
    }
    return Math.abs(xn - xo);
  };

  return {
    state: x,
    get sweeps() {
      return sweeps;
    },
    sweep() {
      let biggest = 0;
      const order = rng.permutation(free.length);
      for (let k = 0; k < order.length; k++) biggest = Math.max(biggest, update(free[order[k]]));
      sweeps++;
      return biggest;
    },
    energy() {
      let e = 0;
      for (let mu = 0; mu < K; mu++) e -= F(a[mu] / T);
      return e;
    },
  };
}
