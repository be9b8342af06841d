/**
 * The distributed memory T = Σ_μ φ(ξ^μ) of DrDAM (docs/models.md §6.2) with tfjs: for a block of
 * memories X (k×D) and a block of projections S (y×D), Z = √β X Sᵀ is one matMul, and the block's
 * contribution to T is a column reduction of Z's features. Blocks keep every tensor at most
 * BLOCK_ENTRIES floats, whatever K, Y and D. Matches FeaturesExperimentHooks.buildT.
 *
 *  - trig maps: the column sums of cos Z, sin Z (cos(Z + b)) in float32, added up in float64;
 *  - Exp maps: φ underflows float32 long before float64 (e^−β‖ξ‖² with β‖ξ‖² up to ~709), so the
 *    block gives log Σ_μ exp(±z − β‖ξ^μ‖²) (tf.logSumExp), the blocks are joined in float64 and
 *    T_y = scale·exp(·) is taken in float64 — never 0 where the core's float64 sum is not.
 *
 * S is drawn as the core draws it (features-projection.ts); the arithmetic is float32, so T
 * agrees with the core to float32 rounding, not bit for bit. The Hadamard projection has no dense
 * S: its T is the core's.
 */
import { createDrDam } from '../core/features/drdam';
import { createFeatureMap, type FeatureMapSpec } from '../core/features/feature-maps';
import {
  drawProjection,
  isPositiveMap,
  outputSizeOf,
  rowShifts,
  scaleOf,
  type Projection,
} from './features-projection';
import { tf, type Tensor, type Tensor2D } from './tf';

/** The largest tensor a block holds: 2^22 float32 = 16 MiB. */
export const BLOCK_ENTRIES = 2 ** 22;

/** log(e^a + e^b) in float64, for −∞ too. */
const logAddExp = (a: number, b: number): number => {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
};

/** Rows [from, from + count) of a row-major float64 matrix with D columns, as a float32 tensor. */
export function rowsTensor(x: Float64Array, D: number, from: number, count: number): Tensor2D {
  return tf.tensor2d(Float32Array.from(x.subarray(from * D, (from + count) * D)), [count, D]);
}

function blockSums(
  spec: FeatureMapSpec,
  z: Tensor2D,
  b: Tensor | null,
  shifts: Tensor | null,
): Tensor[] {
  if (spec.kind === 'sincos') return [tf.sum(tf.cos(z), 0), tf.sum(tf.sin(z), 0)];
  if (spec.kind === 'cos') return [tf.sum(tf.cos(tf.add(z, b!)), 0)];
  const up = tf.logSumExp(tf.sub(z, shifts!), 0);
  if (spec.kind === 'exp') return [up];
  return [up, tf.logSumExp(tf.sub(tf.neg(z), shifts!), 0)];
}

/** The core's T: the Hadamard projection is O(Y log D) per pattern there, no dense S to upload. */
function coreT(spec: FeatureMapSpec, memories: Float64Array, K: number): Float64Array {
  const D = spec.D;
  if (memories.length !== K * D)
    throw new Error(`memories: ${memories.length} values is not ${K} rows of D = ${D}`);
  const dam = createDrDam(createFeatureMap(spec));
  for (let k = 0; k < K; k++) dam.add(memories.subarray(k * D, (k + 1) * D));
  return dam.T.slice();
}

/**
 * T = Σ_μ φ(ξ^μ) for the K memories (row-major K×D, float64), as a Float64Array of the map's
 * output size. Throws on a bad spec, memories of the wrong length or with a non-finite value,
 * an Exp map whose β‖ξ‖² is beyond exp's range, or a T that is not finite.
 */
export function buildTfT(
  spec: FeatureMapSpec,
  memories: Float64Array,
  K: number,
  opts: { projection?: Projection; blockEntries?: number } = {},
): Float64Array {
  if ((spec.projection ?? 'gaussian') === 'hadamard') return coreT(spec, memories, K);
  const { S, b } = opts.projection ?? drawProjection(spec);
  const block = opts.blockEntries ?? BLOCK_ENTRIES;
  const { Y, D, beta } = spec;
  const shifts = rowShifts(spec, memories, K, 'memories');
  const positive = isPositiveMap(spec);
  const parts = outputSizeOf(spec) / Y;
  const acc = new Float64Array(outputSizeOf(spec)).fill(positive ? -Infinity : 0);
  const rootBeta = Math.sqrt(beta);
  const yBlock = Math.max(1, Math.min(Y, Math.floor(block / D)));
  for (let y0 = 0; y0 < Y; y0 += yBlock) {
    const rows = Math.min(yBlock, Y - y0);
    const kBlock = Math.max(1, Math.min(K, Math.floor(block / rows)));
    const s = tf.tensor2d(S.subarray(y0 * D, (y0 + rows) * D), [rows, D]);
    const bt = b ? tf.tensor1d(Float32Array.from(b.subarray(y0, y0 + rows))) : null;
    try {
      for (let k0 = 0; k0 < K; k0 += kBlock) {
        const count = Math.min(kBlock, K - k0);
        const sums = tf.tidy(() => {
          const x = rowsTensor(memories, D, k0, count);
          const z = tf.mul(tf.matMul(x, s, false, true), rootBeta) as Tensor2D;
          const sh = positive
            ? tf.tensor2d(Float32Array.from(shifts.subarray(k0, k0 + count)), [count, 1])
            : null;
          return blockSums(spec, z, bt, sh);
        });
        let values: Float32Array[];
        try {
          values = sums.map((t) => t.dataSync() as Float32Array);
        } finally {
          tf.dispose(sums);
        }
        for (let p = 0; p < parts; p++) {
          const v = values[p];
          const at = p * Y + y0;
          for (let y = 0; y < rows; y++)
            acc[at + y] = positive ? logAddExp(acc[at + y], v[y]) : acc[at + y] + v[y];
        }
      }
    } finally {
      s.dispose();
      bt?.dispose();
    }
  }
  const scale = scaleOf(spec);
  for (let j = 0; j < acc.length; j++) {
    acc[j] = positive ? scale * Math.exp(acc[j]) : scale * acc[j];
    if (!Number.isFinite(acc[j]))
      throw new Error(`${spec.kind} map: T[${j}] = ${acc[j]} is not finite; lower beta`);
  }
  return acc;
}
