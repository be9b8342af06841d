/**
 * The random projection of a DrDAM feature map (docs/models.md §6.2), drawn in the engine exactly
 * as core/features/feature-maps.ts draws it: createRng(seed), then S (Y×D, row-major, row y =
 * feature y) from .normal() rounded to float32, then — for 'cos' only — b_y = .next()·2π. Same
 * seed, Y and D → the same S, bit for bit (feature-maps test in features-batch.test.ts).
 *
 * Plain typed arrays only (no tfjs): the batch code uploads them.
 */
import { EXP_LIMIT, MAX_FEATURE_ENTRIES, type FeatureMapSpec } from '../core/features/feature-maps';
import { createRng } from '../core/util/random';

export interface Projection {
  /** Y×D, row-major, float32 as in the core. */
  S: Float32Array;
  /** Phases of the 'cos' map (length Y), null for the other maps. */
  b: Float64Array | null;
}

const KINDS = ['sincos', 'cos', 'exp', 'expexp'];

/** Throws an Error naming the field, as createFeatureMap does, before anything is allocated. */
export function checkMapSpec(spec: FeatureMapSpec): void {
  const { kind, Y, D, beta } = spec;
  if ((spec.projection ?? 'gaussian') !== 'gaussian')
    throw new Error(`the tfjs engine takes the Gaussian projection only (got ${spec.projection})`);
  if (!KINDS.includes(kind))
    throw new Error(`kind must be one of ${KINDS.join(', ')}, got ${kind}`);
  if (!Number.isInteger(Y) || Y < 1) throw new Error(`Y must be an integer ≥ 1, got ${Y}`);
  if (!Number.isInteger(D) || D < 1) throw new Error(`D must be an integer ≥ 1, got ${D}`);
  if (Y * D > MAX_FEATURE_ENTRIES)
    throw new Error(`Y·D = ${Y * D} entries of S is above the cap of ${MAX_FEATURE_ENTRIES}`);
  if (!Number.isFinite(beta) || beta < 0)
    throw new Error(`beta must be finite and ≥ 0, got ${beta}`);
}

/** The last projection drawn (one entry: S for D = 784, Y = 2^15 is 100 MiB). */
let lastDrawn: { key: string; projection: Projection } | null = null;

/**
 * S (and b) for the spec. The last one drawn is kept and handed out again for the same seed, Y,
 * D and phases (drawing 3.3M normals took ~190 ms for D = 100, Y = 2^15): callers share the
 * arrays and must not write to them. `fresh: true` draws anew and leaves the cache alone.
 */
export function drawProjection(spec: FeatureMapSpec, opts: { fresh?: boolean } = {}): Projection {
  checkMapSpec(spec);
  const { Y, D } = spec;
  const key = `${spec.seed}|${Y}|${D}|${spec.kind === 'cos' ? 'b' : ''}`;
  if (!opts.fresh && lastDrawn?.key === key) return lastDrawn.projection;
  const rng = createRng(spec.seed);
  const S = new Float32Array(Y * D);
  for (let j = 0; j < S.length; j++) S[j] = rng.normal();
  let b: Float64Array | null = null;
  if (spec.kind === 'cos') {
    b = new Float64Array(Y);
    for (let y = 0; y < Y; y++) b[y] = rng.next() * 2 * Math.PI;
  }
  const projection = { S, b };
  if (!opts.fresh) lastDrawn = { key, projection };
  return projection;
}

/** Drops the kept projection (frees its memory). */
export function forgetProjection(): void {
  lastDrawn = null;
}

/** Output length of φ: 2Y for 'sincos' and 'expexp', Y for 'cos' and 'exp'. */
export const outputSizeOf = (spec: FeatureMapSpec): number =>
  spec.kind === 'sincos' || spec.kind === 'expexp' ? 2 * spec.Y : spec.Y;

/** The constant in front of φ, as in the core. */
export function scaleOf(spec: FeatureMapSpec): number {
  if (spec.kind === 'cos') return Math.sqrt(2 / spec.Y);
  if (spec.kind === 'expexp') return 1 / Math.sqrt(2 * spec.Y);
  return 1 / Math.sqrt(spec.Y);
}

export const isPositiveMap = (spec: FeatureMapSpec): boolean =>
  spec.kind === 'exp' || spec.kind === 'expexp';

/**
 * β‖x‖² of each of the `count` rows of x (length D each), float64; throws on a non-finite entry,
 * and for the Exp maps on a shift exp cannot represent (the core's refusal).
 */
export function rowShifts(
  spec: FeatureMapSpec,
  x: Float64Array,
  count: number,
  what: string,
): Float64Array {
  const { D, beta } = spec;
  if (!Number.isInteger(count) || count < 1 || x.length !== count * D)
    throw new Error(`${what}: ${x.length} values is not ${count} rows of D = ${D}`);
  const shifts = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    let sq = 0;
    for (let i = r * D; i < (r + 1) * D; i++) {
      if (!Number.isFinite(x[i])) throw new Error(`${what}[${i}] = ${x[i]} is not finite`);
      sq += x[i] * x[i];
    }
    shifts[r] = beta * sq;
    if (isPositiveMap(spec) && shifts[r] >= EXP_LIMIT)
      throw new Error(
        `${spec.kind} map: β‖x‖² = ${shifts[r].toPrecision(6)} for row ${r} of ${what} is beyond ` +
          `exp's range (${EXP_LIMIT.toFixed(2)}); lower beta or the norm of x`,
      );
  }
  return shifts;
}

/** T of the right length, finite, and ≥ 0 for the Exp maps; throws naming the entry. */
export function checkWeights(spec: FeatureMapSpec, T: Float64Array): void {
  if (T.length !== outputSizeOf(spec))
    throw new Error(`T has length ${T.length}, the ${spec.kind} map outputs ${outputSizeOf(spec)}`);
  for (let j = 0; j < T.length; j++) {
    if (!Number.isFinite(T[j])) throw new Error(`T[${j}] = ${T[j]} is not finite`);
    if (isPositiveMap(spec) && T[j] < 0)
      throw new Error(`T[${j}] = ${T[j]} is negative, impossible for the ${spec.kind} map`);
  }
}
