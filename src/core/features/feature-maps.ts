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
 * Projections (spec.projection):
 *  - 'gaussian' (default): createRng(seed) draws S row-major (row y = feature y) with .normal(),
 *    then, for 'cos' only, b with .next()·2π. So every kind with the same seed, Y and D shares the
 *    same S. S is kept as a Float32Array (the float32-rounded draws are still i.i.d. and close to
 *    N(0, 1)); all arithmetic is in float64. Y·D ≤ MAX_FEATURE_ENTRIES.
 *  - 'hadamard': structured orthogonal blocks (hadamard.ts), O(Y) memory and O(Y log D) time per
 *    φ(x); 'cos' phases from createRng(subSeed(seed, 3)). Y ≤ MAX_HADAMARD_Y whatever D.
 *
 * The Jacobian: J_φ(x)ᵀ w = √β Sᵀ g − 2βx (φ(x)·w) [the last term for the Exp maps only], with the
 * per-row weights g of feature-terms.ts; dotAndJacobianT computes Sx once for φ and the Jacobian.
 */
import { createRng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import { featuresFromZ, jacobianWeights, type TermParams } from './feature-terms';
import { createHadamardProjection, MAX_HADAMARD_Y } from './hadamard';
import { createGaussianProjection, type Projection } from './projection';

export { EXP_LIMIT } from './feature-terms';

export type FeatureMapKind = 'sincos' | 'cos' | 'exp' | 'expexp';
export type ProjectionKind = 'gaussian' | 'hadamard';

export interface FeatureMapSpec {
  kind: FeatureMapKind;
  /** Number of random projections (rows of S). SinCos and ExpExp output 2Y numbers, Cos and Exp Y. */
  Y: number;
  /** Input dimension (columns of S). */
  D: number;
  /** Inverse temperature of the kernel; finite and ≥ 0. */
  beta: number;
  seed: number;
  /** How S is drawn; 'gaussian' when absent. */
  projection?: ProjectionKind;
}

export interface FeatureMap {
  readonly spec: Readonly<FeatureMapSpec>;
  /** Length of φ(x): 2Y for 'sincos' and 'expexp', Y for 'cos' and 'exp'. */
  readonly outputSize: number;
  /** True for the positive maps ('exp', 'expexp'), whose φ(x)·φ(x′) estimates are never negative. */
  readonly positive: boolean;
  /** Bytes the map holds: S (or the Hadamard signs and row scales), b, and its scratch buffers. */
  readonly bytes: number;
  /**
   * φ(x) for x of length D, written into `out` (length outputSize) when given. Throws on a wrong
   * length, a non-finite entry of x, or (Exp maps) an exponent that exp cannot represent.
   */
  phi(x: Float64Array, out?: Float64Array): Float64Array;
  /** J_φ(x)ᵀ w (length D) for w of length outputSize, into `out` when given. */
  jacobianT(x: Float64Array, w: Float64Array, out?: Float64Array): Float64Array;
  /** φ(x)·w, with J_φ(x)ᵀ w written into `out` (length D): one projection S x for both. */
  dotAndJacobianT(x: Float64Array, w: Float64Array, out: Float64Array): number;
}

/** The largest Y·D (entries of S) a dense Gaussian map may allocate: 2^26 float32 = 256 MiB. */
export const MAX_FEATURE_ENTRIES = 2 ** 26;

/** The largest Y a map of this projection allows for input dimension D. */
export function maxYFor(projection: ProjectionKind, D: number): number {
  return projection === 'hadamard' ? MAX_HADAMARD_Y : Math.floor(MAX_FEATURE_ENTRIES / D);
}

function checkSpec(spec: FeatureMapSpec): void {
  const { kind, Y, D, beta } = spec;
  const projection = spec.projection ?? 'gaussian';
  if (kind !== 'sincos' && kind !== 'cos' && kind !== 'exp' && kind !== 'expexp')
    throw new Error(`kind must be 'sincos', 'cos', 'exp' or 'expexp', got ${String(kind)}`);
  if (projection !== 'gaussian' && projection !== 'hadamard')
    throw new Error(`projection must be 'gaussian' or 'hadamard', got ${String(projection)}`);
  if (!Number.isInteger(Y) || Y < 1) throw new Error(`Y must be an integer ≥ 1, got ${Y}`);
  if (!Number.isInteger(D) || D < 1) throw new Error(`D must be an integer ≥ 1, got ${D}`);
  if (projection === 'gaussian' && Y * D > MAX_FEATURE_ENTRIES)
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
  let proj: Projection;
  let b: Float64Array | null = null;
  if ((spec.projection ?? 'gaussian') === 'gaussian') {
    const rng = createRng(spec.seed);
    proj = createGaussianProjection(Y, D, rng);
    if (kind === 'cos') b = phases(Y, () => rng.next());
  } else {
    proj = createHadamardProjection(Y, D, spec.seed);
    const rng = createRng(subSeed(spec.seed, 3));
    if (kind === 'cos') b = phases(Y, () => rng.next());
  }
  const double = kind === 'sincos' || kind === 'expexp';
  const outputSize = double ? 2 * Y : Y;
  const rootBeta = Math.sqrt(beta);
  const scale =
    kind === 'cos' ? Math.sqrt(2 / Y) : kind === 'expexp' ? 1 / Math.sqrt(2 * Y) : 1 / Math.sqrt(Y);
  const terms: TermParams = { kind, Y, scale, beta, b };
  const expMap = kind === 'exp' || kind === 'expexp';
  const z = new Float64Array(Y);
  const g = new Float64Array(Y);
  const f = new Float64Array(outputSize);

  /** z = √β S x; returns ‖x‖². */
  const project = (x: Float64Array, where: string): number => {
    if (x.length !== D)
      throw new Error(`${where}: x has length ${x.length}, the map expects D = ${D}`);
    let sq = 0;
    for (let i = 0; i < D; i++) {
      if (!Number.isFinite(x[i])) throw new Error(`${where}: x[${i}] = ${x[i]} is not finite`);
      sq += x[i] * x[i];
    }
    proj.apply(x, z);
    for (let y = 0; y < Y; y++) z[y] *= rootBeta;
    return sq;
  };

  const checkLength = (a: Float64Array, n: number, name: string, where: string): void => {
    if (a.length !== n) throw new Error(`${where}: ${name} has length ${a.length}, expected ${n}`);
  };

  const phi = (x: Float64Array, out?: Float64Array): Float64Array => {
    const res = out ?? new Float64Array(outputSize);
    if (res.length !== outputSize)
      throw new Error(`phi: out has length ${res.length}, the map outputs ${outputSize}`);
    featuresFromZ(terms, z, project(x, 'phi'), res);
    return res;
  };

  const dotAndJacobianT = (x: Float64Array, w: Float64Array, out: Float64Array): number => {
    checkLength(w, outputSize, 'w', 'jacobianT');
    checkLength(out, D, 'out', 'jacobianT');
    featuresFromZ(terms, z, project(x, 'jacobianT'), f);
    let dot = 0;
    for (let j = 0; j < outputSize; j++) dot += f[j] * w[j];
    jacobianWeights(terms, z, f, w, g);
    proj.applyT(g, out);
    for (let i = 0; i < D; i++) {
      out[i] = rootBeta * out[i] - (expMap ? 2 * beta * x[i] * dot : 0);
      if (!Number.isFinite(out[i]))
        throw new Error(`jacobianT: entry ${i} = ${out[i]} is not finite (β = ${beta}, ${kind})`);
    }
    return dot;
  };

  return {
    spec: Object.freeze({ ...spec }),
    outputSize,
    positive: expMap,
    bytes: proj.bytes + (b ? b.byteLength : 0) + z.byteLength + g.byteLength + f.byteLength,
    phi,
    jacobianT(x, w, out) {
      const res = out ?? new Float64Array(D);
      dotAndJacobianT(x, w, res);
      return res;
    },
    dotAndJacobianT,
  };
}

function phases(Y: number, next: () => number): Float64Array {
  const b = new Float64Array(Y);
  for (let y = 0; y < Y; y++) b[y] = next() * 2 * Math.PI;
  return b;
}
