/**
 * The MNIST metastable table (Hu, Wu & Liu 2024, Table 1; docs/models.md §7.4): test digits as
 * queries against a training's memories, `iterations` kernelized retrieval steps
 *   x ← Ξᵀ p,  p = normaliser(β Φ(Ξ) Φ(x)),
 * then the support size of the last p (entries above the threshold), per normaliser, with the
 * raw and the learned Φ, by khm-batch-tf.ts (tfjs matmuls over all queries at once, each
 * query's normaliser in the core).
 */
import type { Patterns } from '../../../core/dynamics/types';
import { mapRows } from '../../../core/kernel/feature-map';
import { supportSize } from '../../../core/kernel/khm';
import { supportHistogram } from '../../../core/kernel/metastable';
import type { LinearMap } from '../../../core/kernel/types';
import { tf } from '../../../engine/tf';
import type { KernelMetastableRequest, KernelMetastableResult, KernelMetastableRow } from './api';
import { retrieveBatchTf, type BatchHooks } from './khm-batch-tf';

export type MetastableHooks = Omit<BatchHooks, 'onStep'> & {
  onProgress?: (done: number, total: number) => void;
};

/** Mean over the memories of ‖Φ(ξ)‖² (Φ = identity when `map` is null). */
export function meanSq(map: LinearMap | null, memories: Patterns): number {
  const rows = map ? mapRows(map, memories) : memories.data;
  let s = 0;
  for (let i = 0; i < rows.length; i++) s += rows[i] * rows[i];
  return s / memories.count;
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
      const { beta, iterations } = req.khm;
      const { P } = await retrieveBatchTf(map, memories, queries, beta, normaliser, iterations, {
        ...hooks,
        onStep: tick,
      });
      const M = memories.count;
      const sizes = Array.from({ length: queries.count }, (_, q) =>
        supportSize(P.subarray(q * M, (q + 1) * M), req.threshold),
      );
      rows.push({ normaliser, phi, histogram: supportHistogram(sizes, req.maxK) });
    }
  }
  return {
    rows,
    queries: queries.count,
    M: memories.count,
    featureSq: { raw: meanSq(maps.raw, memories), learned: meanSq(maps.learned, memories) },
    backend: tf.getBackend() ?? 'none',
    ms: performance.now() - t0,
  };
}
