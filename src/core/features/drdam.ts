/**
 * The distributed memory (DrDAM; Hoover et al. 2024, docs/models.md §6.2): every memory is folded
 * into one fixed-size vector of random features,
 *
 *   T = Σ_μ φ(ξ^μ),   adding ξ: T ← T + φ(ξ),   removing ξ: T ← T − φ(ξ),
 *
 * and the exact energy of mrdam.ts is approximated by
 *
 *   Ẽ(x; T) = −β^{-1} log max(φ(x)·T, ε),   ε = 1e−5 for the trig maps, 0 for the Exp maps,
 *
 * since φ(x)·T ≈ Σ_μ κ(x, ξ^μ) = Σ_μ exp(−(β/2)‖x − ξ^μ‖²): same sign and constants as
 * mrdamEnergy, so the two compare directly. The weights are outputSize numbers whatever K is
 * (S is regenerated from the seed and not counted).
 *
 * Gradient: ∇Ẽ = −(β φ(x)·T)^{-1} J_φ(x)ᵀ T (models.md §6.2), with one projection S x shared by
 * φ and the Jacobian. Where a trig map's φ(x)·T ≤ ε the energy is the flat floor −β^{-1} log ε,
 * so its gradient there is 0 (descent stops rather than being thrown by a meaningless estimate).
 */
import type { FeatureMap } from './feature-maps';
import type { EnergyAndGradient } from './mrdam';

/** Floor of φ(x)·T for the trig maps, whose estimates can be ≤ 0 (models.md §6.2). */
export const TRIG_EPSILON = 1e-5;

export interface DrDam {
  readonly map: FeatureMap;
  /** Memories added minus memories removed. */
  readonly count: number;
  /** The distributed weights, length map.outputSize. Live view: do not write to it. */
  readonly T: Float64Array;
  add(xi: Float64Array): void;
  /** Subtracts φ(ξ); the caller vouches that ξ was added. Throws when count is 0. */
  remove(xi: Float64Array): void;
  /** Ẽ(x; T). Throws when no memory is stored, or when an Exp map's φ(x)·T is not > 0. */
  energy(x: Float64Array): number;
  /** Ẽ(x; T) and ∇Ẽ (length D); 0 gradient on a trig map's ε floor. Throws as energy does. */
  energyAndGradient(x: Float64Array): EnergyAndGradient;
  /** Parameter count of the distributed memory: outputSize (2Y for SinCos), to set beside K·D. */
  params(): number;
}

/** Weights built elsewhere (e.g. the tfjs engine): T = Σ φ(ξ) over `count` memories. */
export interface DrDamInit {
  T: Float64Array;
  count: number;
}

export function createDrDam(map: FeatureMap, init?: DrDamInit): DrDam {
  const T = new Float64Array(map.outputSize);
  const scratch = new Float64Array(map.outputSize);
  const { beta } = map.spec;
  if (!(beta > 0)) throw new Error(`beta must be > 0 for an energy, got ${beta}`);
  const eps = map.positive ? 0 : TRIG_EPSILON;
  let count = 0;
  if (init) {
    if (init.T.length !== T.length)
      throw new Error(`init.T has length ${init.T.length}, the map outputs ${T.length}`);
    if (!Number.isInteger(init.count) || init.count < 0)
      throw new Error(`init.count must be an integer ≥ 0, got ${init.count}`);
    for (let j = 0; j < T.length; j++)
      if (!Number.isFinite(init.T[j])) throw new Error(`init.T[${j}] = ${init.T[j]} is not finite`);
    T.set(init.T);
    count = init.count;
  }
  const underflow = (s: number): Error =>
    new Error(
      `energy: φ(x)·T = ${s} underflowed for the ${map.spec.kind} map ` +
        `(β = ${beta}); the query is too far from every memory for this β`,
    );

  const fold = (xi: Float64Array, sign: 1 | -1): void => {
    map.phi(xi, scratch);
    for (let j = 0; j < T.length; j++) T[j] += sign * scratch[j];
  };

  return {
    map,
    get count() {
      return count;
    },
    T,
    add(xi) {
      fold(xi, 1);
      count++;
    },
    remove(xi) {
      if (count === 0) throw new Error('remove: the distributed memory is empty (count = 0)');
      fold(xi, -1);
      count--;
      // With nothing stored the sum is zero by definition; drop the rounding residue.
      if (count === 0) T.fill(0);
    },
    energy(x) {
      if (count === 0) throw new Error('energy: the distributed memory is empty (count = 0)');
      const f = map.phi(x, scratch);
      let s = 0;
      for (let j = 0; j < T.length; j++) s += f[j] * T[j];
      if (map.positive && !(s > 0)) throw underflow(s);
      return -Math.log(Math.max(s, eps)) / beta;
    },
    energyAndGradient(x) {
      if (count === 0) throw new Error('energy: the distributed memory is empty (count = 0)');
      const grad = new Float64Array(map.spec.D);
      const s = map.dotAndJacobianT(x, T, grad);
      if (map.positive && !(s > 0)) throw underflow(s);
      if (s <= eps) {
        grad.fill(0);
        return { energy: -Math.log(eps) / beta, grad };
      }
      const c = -1 / (beta * s);
      for (let i = 0; i < grad.length; i++) {
        grad[i] *= c;
        if (!Number.isFinite(grad[i]))
          throw new Error(`energyAndGradient: ∇Ẽ[${i}] = ${grad[i]} overflowed (φ(x)·T = ${s})`);
      }
      return { energy: -Math.log(s) / beta, grad };
    },
    params: () => map.outputSize,
  };
}
