/**
 * The memories and queries of the QUANT1b measurement (models.md §6.5), each from its own derived
 * seed: memories = binaryPatterns(K, D, subSeed(seed, 1)); 'stored' = the first min(queryCount, K)
 * memories; 'near' = memory q mod K with round(nearFlip·D) bits flipped (createRng(subSeed(seed,
 * 2))); 'random' = fair-coin {0, 1/√D}^D vectors (createRng(subSeed(seed, 3))), not deduplicated.
 */
import { createRng } from '../util/random';
import { subSeed } from '../util/sub-seed';
import type { FeaturesExperimentSpec, QueryKind } from './experiment-types';
import { binaryPatterns, flipBits } from './patterns';

export interface QuerySets {
  memories: Float64Array;
  sets: Map<QueryKind, Float64Array[]>;
}

function randomSet(n: number, D: number, seed: number): Float64Array[] {
  const rng = createRng(subSeed(seed, 3));
  const one = 1 / Math.sqrt(D);
  return Array.from({ length: n }, () =>
    Float64Array.from({ length: D }, () => (rng.nextUint32() >>> 31 ? one : 0)),
  );
}

/** Memories, every query kind of the spec, and always 'random' (the baseline needs it). */
export function makeQueries(spec: FeaturesExperimentSpec): QuerySets {
  const { K, D, queryCount, seed } = spec;
  const memories = binaryPatterns(K, D, subSeed(seed, 1));
  const row = (k: number) => memories.slice(k * D, (k + 1) * D);
  const sets = new Map<QueryKind, Float64Array[]>();
  sets.set('random', randomSet(queryCount, D, seed));
  if (spec.queries.includes('stored'))
    sets.set(
      'stored',
      Array.from({ length: Math.min(queryCount, K) }, (_, k) => row(k)),
    );
  if (spec.queries.includes('near')) {
    const rng = createRng(subSeed(seed, 2));
    const near = Array.from({ length: queryCount }, (_, q) =>
      flipBits(row(q % K), spec.nearFlip, rng),
    );
    sets.set('near', near);
  }
  return { memories, sets };
}

/** Where retrieval starts: 'near' queries, else 'stored', else 'random' — the first of spec.queries. */
export function retrievalKind(queries: QueryKind[]): QueryKind {
  return queries.includes('near') ? 'near' : queries.includes('stored') ? 'stored' : 'random';
}
