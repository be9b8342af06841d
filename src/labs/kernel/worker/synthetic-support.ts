/**
 * The paper's synthetic metastable-state table (docs/models.md §7.4, first row): queries drawn
 * like the memories (N(0, I), on the sphere when the memories are), `iterations` kernelized
 * retrieval steps in the core, and the support size of the last weight vector (entries above
 * 0.01 for softmax, above 0 for the sparse normalisers) with the initial and the learned Φ.
 */
import type { Patterns } from '../../../core/dynamics/types';
import { createKhm, supportSize } from '../../../core/kernel/khm';
import { gaussianMemories } from '../../../core/kernel/memories';
import { supportHistogram } from '../../../core/kernel/metastable';
import type { LinearMap, Normaliser, SupportHistogram } from '../../../core/kernel/types';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';

export interface SyntheticSupportSpec {
  queries: number;
  beta: number;
  iterations: number;
  normaliser: Normaliser;
  seed: number;
  sphere: boolean;
  /** Sizes 1 … maxK − 1, then "maxK or more". */
  maxK: number;
}

/** The paper's set-up: β = 1, 20 retrieval steps, sizes 1 … 10. */
export const SYNTHETIC_DEFAULTS = { queries: 100, beta: 1, iterations: 20, maxK: 11 } as const;

export const thresholdFor = (n: Normaliser): number => (n === 'softmax' ? 0.01 : 0);

export function syntheticSupport(
  spec: SyntheticSupportSpec,
  memories: Patterns,
  maps: { initial: LinearMap; learned: LinearMap },
  signal?: AbortLike,
): { initial: SupportHistogram; learned: SupportHistogram; threshold: number } {
  const D = memories.dim;
  const q = gaussianMemories(spec.queries, D, spec.seed, spec.sphere);
  const threshold = thresholdFor(spec.normaliser);
  const run = (map: LinearMap) => {
    const khm = createKhm(map, memories, spec.beta, spec.normaliser);
    const sizes: number[] = [];
    for (let k = 0; k < spec.queries; k++) {
      throwIfAborted(signal);
      const x0 = Float64Array.from(q.data.subarray(k * D, (k + 1) * D));
      sizes.push(supportSize(khm.retrieve(x0, spec.iterations).p, threshold));
    }
    return supportHistogram(sizes, spec.maxK);
  };
  return { initial: run(maps.initial), learned: run(maps.learned), threshold };
}
