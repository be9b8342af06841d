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
 */
import type { FeatureMap } from './feature-maps';

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
  /** Parameter count of the distributed memory: outputSize (2Y for SinCos), to set beside K·D. */
  params(): number;
}

export function createDrDam(map: FeatureMap): DrDam {
  const T = new Float64Array(map.outputSize);
  const scratch = new Float64Array(map.outputSize);
  const { beta } = map.spec;
  if (!(beta > 0)) throw new Error(`beta must be > 0 for an energy, got ${beta}`);
  const eps = map.positive ? 0 : TRIG_EPSILON;
  let count = 0;

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
      if (map.positive && !(s > 0))
        throw new Error(
          `energy: φ(x)·T = ${s} underflowed for the ${map.spec.kind} map ` +
            `(β = ${beta}); the query is too far from every memory for this β`,
        );
      return -Math.log(Math.max(s, eps)) / beta;
    },
    params: () => map.outputSize,
  };
}
