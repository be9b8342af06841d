/**
 * Random feature maps for the RBF kernel κ(x, x′) = exp(−(β/2)‖x − x′‖²) (DrDAM, Hoover et al.
 * 2024; docs/models.md §6.2). With S ∈ R^{Y×D}, S_ij ~ N(0, 1), and b ~ U(0, 2π)^Y:
 *
 *  - 'sincos' (trig RF, Rahimi–Recht): φ(x) = Y^{-1/2} [cos(√β Sx), sin(√β Sx)]    → 2Y outputs
 *  - 'cos':                            φ(x) = √(2/Y) cos(√β Sx + b)                 → Y outputs
 *  - 'exp' (positive RF, Performer):   φ(x) = Y^{-1/2} exp(√β Sx − β‖x‖²)           → Y outputs
 *  - 'expexp' (symmetric positive RF): φ(x) = (2Y)^{-1/2} [exp(√β Sx − β‖x‖²),
 *                                                           exp(−√β Sx − β‖x‖²)]     → 2Y outputs
 *
 * In expectation over S (and b), φ(x)·φ(x′) = κ(x, x′). For the 2Y maps the first Y outputs are the
 * cos (resp. +) block and the last Y the sin (resp. −) block.
 *
 * Randomness: createRng(seed) draws S row-major (row y = feature y) with .normal(), then, for 'cos'
 * only, b with .next()·2π. So every kind with the same seed, Y and D shares the same S. S is kept
 * as a Float32Array (half the memory; the float32-rounded draws are still i.i.d. and close to
 * N(0, 1)); all arithmetic is in float64.
 */
import { createRng } from '../util/random';

export type FeatureMapKind = 'sincos' | 'cos' | 'exp' | 'expexp';

export interface FeatureMapSpec {
  kind: FeatureMapKind;
  /** Number of random projections (rows of S). SinCos and ExpExp output 2Y numbers, Cos and Exp Y. */
  Y: number;
  /** Input dimension (columns of S). */
  D: number;
  /** Inverse temperature of the kernel; finite and ≥ 0. */
  beta: number;
  seed: number;
}

export interface FeatureMap {
  readonly spec: Readonly<FeatureMapSpec>;
  /** Length of φ(x): 2Y for 'sincos' and 'expexp', Y for 'cos' and 'exp'. */
  readonly outputSize: number;
  /** True for the positive maps ('exp', 'expexp'), whose φ(x)·φ(x′) estimates are never negative. */
  readonly positive: boolean;
  /**
   * φ(x) for x of length D, written into `out` (length outputSize) when given. Throws on a wrong
   * length, a non-finite entry of x, or (Exp maps) an exponent that exp cannot represent.
   */
  phi(x: Float64Array, out?: Float64Array): Float64Array;
}

/** The largest Y·D (entries of S) a map may allocate: 2^26 float32 = 256 MiB. */
export const MAX_FEATURE_ENTRIES = 2 ** 26;
/** exp(t) is finite and nonzero (normal) for |t| below this. */
export const EXP_LIMIT = Math.log(Number.MAX_VALUE); // ≈ 709.78

function checkSpec(spec: FeatureMapSpec): void {
  const { kind, Y, D, beta } = spec;
  if (kind !== 'sincos' && kind !== 'cos' && kind !== 'exp' && kind !== 'expexp')
    throw new Error(`kind must be 'sincos', 'cos', 'exp' or 'expexp', got ${String(kind)}`);
  if (!Number.isInteger(Y) || Y < 1) throw new Error(`Y must be an integer ≥ 1, got ${Y}`);
  if (!Number.isInteger(D) || D < 1) throw new Error(`D must be an integer ≥ 1, got ${D}`);
  if (Y * D > MAX_FEATURE_ENTRIES)
    throw new Error(
      `Y·D = ${Y}·${D} = ${Y * D} entries of S is above the cap of ${MAX_FEATURE_ENTRIES} ` +
        `(Y at most ${Math.floor(MAX_FEATURE_ENTRIES / D)} for D = ${D})`,
    );
  if (!Number.isFinite(beta) || beta < 0)
    throw new Error(`beta must be finite and ≥ 0, got ${beta}`);
}

/** Builds the seeded map; throws an Error naming the field for a bad spec. */
export function createFeatureMap(spec: FeatureMapSpec): FeatureMap {
  checkSpec(spec);
  const { kind, Y, D, beta } = spec;
  const rng = createRng(spec.seed);
  const S = new Float32Array(Y * D);
  for (let j = 0; j < S.length; j++) S[j] = rng.normal();
  let b: Float64Array | null = null;
  if (kind === 'cos') {
    b = new Float64Array(Y);
    for (let y = 0; y < Y; y++) b[y] = rng.next() * 2 * Math.PI;
  }
  const double = kind === 'sincos' || kind === 'expexp';
  const outputSize = double ? 2 * Y : Y;
  const rootBeta = Math.sqrt(beta);
  const scale =
    kind === 'cos' ? Math.sqrt(2 / Y) : kind === 'expexp' ? 1 / Math.sqrt(2 * Y) : 1 / Math.sqrt(Y);

  const phi = (x: Float64Array, out?: Float64Array): Float64Array => {
    if (x.length !== D) throw new Error(`phi: x has length ${x.length}, the map expects D = ${D}`);
    const res = out ?? new Float64Array(outputSize);
    if (res.length !== outputSize)
      throw new Error(`phi: out has length ${res.length}, the map outputs ${outputSize}`);
    let sq = 0;
    for (let i = 0; i < D; i++) {
      if (!Number.isFinite(x[i])) throw new Error(`phi: x[${i}] = ${x[i]} is not finite`);
      sq += x[i] * x[i];
    }
    const shift = beta * sq;
    if ((kind === 'exp' || kind === 'expexp') && shift >= EXP_LIMIT)
      throw new Error(
        `${kind} map: β‖x‖² = ${beta}·${sq.toPrecision(6)} = ${shift.toPrecision(6)} is beyond ` +
          `exp's range (±${EXP_LIMIT.toFixed(2)}); lower beta or the norm of x`,
      );
    for (let y = 0; y < Y; y++) {
      let z = 0;
      const row = y * D;
      for (let i = 0; i < D; i++) z += S[row + i] * x[i];
      z *= rootBeta;
      if (kind === 'sincos') {
        res[y] = scale * Math.cos(z);
        res[Y + y] = scale * Math.sin(z);
      } else if (kind === 'cos') {
        res[y] = scale * Math.cos(z + (b as Float64Array)[y]);
      } else {
        const up = z - shift;
        const down = -z - shift;
        if (up >= EXP_LIMIT || (kind === 'expexp' && down >= EXP_LIMIT))
          throw new Error(
            `${kind} map: exponent ±√β(Sx)_${y} − β‖x‖² = ${Math.max(up, down).toPrecision(6)} ` +
              `overflows exp (limit ${EXP_LIMIT.toFixed(2)}); lower beta or the norm of x`,
          );
        res[y] = scale * Math.exp(up);
        if (kind === 'expexp') res[Y + y] = scale * Math.exp(down);
      }
    }
    return res;
  };

  return {
    spec: Object.freeze({ ...spec }),
    outputSize,
    positive: kind === 'exp' || kind === 'expexp',
    phi,
  };
}
