/**
 * The distributed memory T = Σ_μ φ(ξ^μ) of DrDAM (docs/models.md §6.2) with tfjs: for a block of
 * memories X (k×D) and a block of projections S (y×D), Z = X Sᵀ is one matMul, and the block's
 * contribution to T is a column reduction of √β Z's features. Blocks keep every tensor at most
 * BLOCK_ENTRIES floats, whatever K, Y and D. Matches FeaturesExperimentHooks.buildT.
 *
 * Sᵀ is uploaded already transposed (D×y): on tfjs-wasm 4.22 matMul(X, S, false, true) was ~10×
 * slower than matMul(X, Sᵀ) for K = 128, D = 100, Y = 2^15 (364 vs 34 ms, Node, this machine).
 *
 *  - trig maps: Z is read back and cos, sin (cos(z + b)) are summed on the host in float64 —
 *    Math.cos on 4M floats took ~40 ms where tf.cos took ~140 ms and tf.sin ~110 ms;
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

/** log Σ_k exp(±√β z − β‖ξ_k‖²) over the rows of the block, one tensor per sign. */
function expBlockSums(spec: FeatureMapSpec, z: Tensor2D, shifts: Tensor): Tensor[] {
  const up = tf.logSumExp(tf.sub(z, shifts), 0);
  if (spec.kind === 'exp') return [up];
  return [up, tf.logSumExp(tf.sub(tf.neg(z), shifts), 0)];
}

/** Columns [y0, y0 + rows) of Sᵀ, D×rows row-major, from S (Y×D row-major). */
function transposedRows(S: Float32Array, D: number, y0: number, rows: number): Float32Array {
  const out = new Float32Array(D * rows);
  for (let y = 0; y < rows; y++) {
    const from = (y0 + y) * D;
    for (let i = 0; i < D; i++) out[i * rows + y] = S[from + i];
  }
  return out;
}

/** Adds the trig features of the count×rows block z (unscaled x·s) into acc, float64. */
function addTrigSums(
  spec: FeatureMapSpec,
  z: Float32Array,
  count: number,
  y0: number,
  rows: number,
  b: Float64Array | null,
  acc: Float64Array,
): void {
  const { Y } = spec;
  const r = Math.sqrt(spec.beta);
  for (let k = 0; k < count; k++) {
    const at = k * rows;
    if (spec.kind === 'sincos') {
      for (let y = 0; y < rows; y++) {
        const v = r * z[at + y];
        acc[y0 + y] += Math.cos(v);
        acc[Y + y0 + y] += Math.sin(v);
      }
    } else for (let y = 0; y < rows; y++) acc[y0 + y] += Math.cos(r * z[at + y] + b![y0 + y]);
  }
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
    const sT = tf.tensor2d(transposedRows(S, D, y0, rows), [D, rows]);
    try {
      for (let k0 = 0; k0 < K; k0 += kBlock) {
        const count = Math.min(kBlock, K - k0);
        if (!positive) {
          const z = tf.tidy(() => tf.matMul(rowsTensor(memories, D, k0, count), sT));
          try {
            addTrigSums(spec, z.dataSync() as Float32Array, count, y0, rows, b, acc);
          } finally {
            z.dispose();
          }
          continue;
        }
        const sums = tf.tidy(() => {
          const x = rowsTensor(memories, D, k0, count);
          const z = tf.mul(tf.matMul(x, sT), rootBeta) as Tensor2D;
          const sh = tf.tensor2d(Float32Array.from(shifts.subarray(k0, k0 + count)), [count, 1]);
          return expBlockSums(spec, z, sh);
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
          for (let y = 0; y < rows; y++) acc[at + y] = logAddExp(acc[at + y], v[y]);
        }
      }
    } finally {
      sT.dispose();
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
