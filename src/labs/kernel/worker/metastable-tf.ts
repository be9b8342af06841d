/**
 * The MNIST metastable table (Hu, Wu & Liu 2024, Table 1; docs/models.md §7.4): test digits as
 * queries against a training's memories, `iterations` kernelized retrieval steps
 *   x ← Ξᵀ p,  p = normaliser(β Φ(Ξ) Φ(x)),
 * then the support size of the last p (entries above the threshold), per normaliser, with the
 * raw and the learned Φ. Φ(queries), the scores and x = Ξᵀp are tfjs matmuls over all queries at
 * once; each query's normaliser runs in the core (M entries: sort or bisection). Between steps
 * it checks for a cancel and yields (`pause`).
 */
import type { Patterns } from '../../../core/dynamics/types';
import { supportSize } from '../../../core/kernel/khm';
import { supportHistogram } from '../../../core/kernel/metastable';
import { normalise } from '../../../core/kernel/normalisers';
import type { LinearMap, Normaliser } from '../../../core/kernel/types';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import { tf, type Tensor2D } from '../../../engine/tf';
import type { KernelMetastableRequest, KernelMetastableResult, KernelMetastableRow } from './api';

export interface MetastableHooks {
  signal?: AbortLike;
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

const f32 = (a: ArrayLike<number>) => Float32Array.from(a);

/** Support sizes of the final weight vectors of every query under one Φ and one normaliser. */
async function supportSizes(
  map: LinearMap | null,
  memories: Patterns,
  queries: Patterns,
  kind: Normaliser,
  req: KernelMetastableRequest,
  hooks: MetastableHooks,
  tick: () => void,
): Promise<number[]> {
  const { count: M, dim: D } = memories;
  const Q = queries.count;
  const Xi = tf.tensor2d(f32(memories.data), [M, D]);
  // Wᵀ and (β Φ(Ξ))ᵀ are stored: tfjs-wasm's matmul is far slower with a transposed operand.
  const Wt = map ? tf.tidy(() => tf.transpose(tf.tensor2d(f32(map.W), [map.dPhi, D]))) : null;
  const b = map ? tf.tensor1d(f32(map.b)) : null;
  const phi = (x: Tensor2D): Tensor2D => (Wt && b ? (tf.add(tf.matMul(x, Wt), b) as Tensor2D) : x);
  const phiXiT = tf.tidy(() => tf.transpose(tf.mul(phi(Xi), req.khm.beta)) as Tensor2D);
  let X = tf.tensor2d(f32(queries.data), [Q, D]);
  const P = new Float32Array(Q * M);
  const z = new Float64Array(M);
  const p = new Float64Array(M);
  try {
    for (let it = 0; it < req.khm.iterations; it++) {
      throwIfAborted(hooks.signal);
      const S = tf.tidy(() => tf.matMul(phi(X), phiXiT));
      const scores = await S.data();
      S.dispose();
      for (let q = 0; q < Q; q++) {
        for (let m = 0; m < M; m++) z[m] = scores[q * M + m];
        normalise(kind, z, p);
        for (let m = 0; m < M; m++) {
          if (!Number.isFinite(p[m]))
            throw new Error(`metastable: the ${kind} weights of query ${q} are not finite`);
          P[q * M + m] = p[m];
        }
      }
      const next: Tensor2D = tf.tidy(() => tf.matMul(tf.tensor2d(P, [Q, M]), Xi));
      X.dispose();
      X = next;
      tick();
      await hooks.pause?.();
    }
  } finally {
    tf.dispose([Xi, X, phiXiT, ...(Wt && b ? [Wt, b] : [])]);
  }
  const sizes: number[] = [];
  for (let q = 0; q < Q; q++)
    sizes.push(supportSize(P.subarray(q * M, (q + 1) * M), req.threshold));
  return sizes;
}

export async function metastableTable(
  req: KernelMetastableRequest,
  memories: Patterns,
  queries: Patterns,
  maps: { raw: LinearMap | null; learned: LinearMap },
  hooks: MetastableHooks = {},
): Promise<KernelMetastableResult> {
  const t0 = performance.now();
  const total = 2 * req.normalisers.length * req.khm.iterations;
  let done = 0;
  hooks.onProgress?.(0, total);
  const tick = () => hooks.onProgress?.(++done, total);
  const rows: KernelMetastableRow[] = [];
  for (const normaliser of req.normalisers) {
    for (const phi of ['raw', 'learned'] as const) {
      const map = phi === 'raw' ? maps.raw : maps.learned;
      const sizes = await supportSizes(map, memories, queries, normaliser, req, hooks, tick);
      rows.push({ normaliser, phi, histogram: supportHistogram(sizes, req.maxK) });
    }
  }
  return {
    rows,
    queries: queries.count,
    M: memories.count,
    backend: tf.getBackend() ?? 'none',
    ms: performance.now() - t0,
  };
}
