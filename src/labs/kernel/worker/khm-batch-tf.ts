/**
 * Kernelized retrieval of many queries at once (docs/models.md §7.1):
 *   x ← Ξᵀ p,  p = normaliser(β Φ(Ξ) Φ(x)),  `iterations` times,
 * with Φ(queries), the scores and Ξᵀp as tfjs matmuls over the whole batch, and each query's
 * normaliser in the core (M entries: a sort or a bisection). Wᵀ and (βΦ(Ξ))ᵀ are stored so no
 * matmul transposes an operand (tfjs-wasm is far slower then). Between steps it checks for a
 * cancel, reports a step and yields (`pause`); every tensor is disposed.
 */
import type { Patterns } from '../../../core/dynamics/types';
import { normalise } from '../../../core/kernel/normalisers';
import type { LinearMap, Normaliser } from '../../../core/kernel/types';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import { tf, type Tensor2D } from '../../../engine/tf';

export interface BatchHooks {
  signal?: AbortLike;
  pause?: () => Promise<void>;
  /** After each step. */
  onStep?: () => void;
}

export interface BatchRetrieval {
  /** Q × M: the last step's weights. */
  P: Float32Array;
  /** Q × D: the states after the last step. */
  X: Float32Array;
}

const f32 = (a: ArrayLike<number>) => Float32Array.from(a);

/** `map` null: the identity Φ (the studio's softmax model for softmax). */
export async function retrieveBatchTf(
  map: LinearMap | null,
  memories: Patterns,
  queries: Patterns,
  beta: number,
  kind: Normaliser,
  iterations: number,
  hooks: BatchHooks = {},
): Promise<BatchRetrieval> {
  const { count: M, dim: D } = memories;
  const Q = queries.count;
  if (queries.dim !== D) throw new Error(`queries have length ${queries.dim}, memories ${D}`);
  if (map && map.D !== D) throw new Error(`the map takes length ${map.D}, memories have ${D}`);
  const Xi = tf.tensor2d(f32(memories.data), [M, D]);
  const Wt = map ? tf.tidy(() => tf.transpose(tf.tensor2d(f32(map.W), [map.dPhi, D]))) : null;
  const b = map ? tf.tensor1d(f32(map.b)) : null;
  const phi = (x: Tensor2D): Tensor2D => (Wt && b ? (tf.add(tf.matMul(x, Wt), b) as Tensor2D) : x);
  const phiXiT = tf.tidy(() => tf.transpose(tf.mul(phi(Xi), beta)) as Tensor2D);
  let X = tf.tensor2d(f32(queries.data), [Q, D]);
  const P = new Float32Array(Q * M);
  const z = new Float64Array(M);
  const p = new Float64Array(M);
  try {
    for (let it = 0; it < iterations; it++) {
      throwIfAborted(hooks.signal);
      const S = tf.tidy(() => tf.matMul(phi(X), phiXiT));
      const scores = await S.data();
      S.dispose();
      for (let q = 0; q < Q; q++) {
        for (let m = 0; m < M; m++) z[m] = scores[q * M + m];
        const w = normalise(kind, z, p);
        for (let m = 0; m < M; m++) {
          if (!Number.isFinite(w[m]))
            throw new Error(`retrieval: the ${kind} weights of query ${q} are not finite`);
          P[q * M + m] = w[m];
        }
      }
      const next: Tensor2D = tf.tidy(() => tf.matMul(tf.tensor2d(P, [Q, M]), Xi));
      X.dispose();
      X = next;
      hooks.onStep?.();
      await hooks.pause?.();
    }
    return { P, X: Float32Array.from(await X.data()) };
  } finally {
    tf.dispose([Xi, X, phiXiT, ...(Wt && b ? [Wt, b] : [])]);
  }
}
