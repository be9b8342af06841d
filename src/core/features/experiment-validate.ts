/**
 * Checks a FeaturesExperimentSpec before any work, with an Error naming the field and its value.
 */
import { MAX_DESCENT_STEPS } from './descend';
import { EXP_LIMIT, maxYFor } from './feature-maps';
import type { FeaturesExperimentSpec, QueryKind } from './experiment-types';
import { MAX_HADAMARD_D } from './hadamard';
import { MAX_PATTERN_ENTRIES } from './patterns';

/** The most β values, and the most Y values, of one experiment. */
export const MAX_EXPERIMENT_LIST = 64;
/** The most queries per kind. */
export const MAX_QUERY_COUNT = 10_000;

const QUERY_KINDS: QueryKind[] = ['stored', 'near', 'random'];

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function checkList(name: string, list: unknown): number[] {
  if (!Array.isArray(list) || list.length === 0)
    throw new Error(`${name} must be a non-empty array, got ${JSON.stringify(list)}`);
  if (list.length > MAX_EXPERIMENT_LIST)
    throw new Error(`${name} has ${list.length} values, at most ${MAX_EXPERIMENT_LIST} allowed`);
  if (new Set(list).size !== list.length)
    throw new Error(`${name} must not repeat a value, got ${JSON.stringify(list)}`);
  return list as number[];
}

export function validateFeaturesSpec(spec: FeaturesExperimentSpec): void {
  const { D, K, map, projection, queryCount, nearFlip, retrieval, seed } = spec;
  if (map !== 'sincos' && map !== 'cos' && map !== 'exp' && map !== 'expexp')
    throw new Error(`map must be 'sincos', 'cos', 'exp' or 'expexp', got ${String(map)}`);
  if (projection !== 'gaussian' && projection !== 'hadamard')
    throw new Error(`projection must be 'gaussian' or 'hadamard', got ${String(projection)}`);
  if (!isInt(D) || D < 1 || D > MAX_HADAMARD_D)
    throw new Error(`D must be an integer in [1, ${MAX_HADAMARD_D}], got ${D}`);
  if (!isInt(K) || K < 1) throw new Error(`K must be an integer ≥ 1, got ${K}`);
  if (K > 2 ** D) throw new Error(`K = ${K} unique patterns need K ≤ 2^D = ${2 ** D} (D = ${D})`);
  if (K * D > MAX_PATTERN_ENTRIES)
    throw new Error(`K·D = ${K * D} is above the cap of ${MAX_PATTERN_ENTRIES} (K = ${K})`);
  for (const [i, beta] of checkList('betas', spec.betas).entries()) {
    if (typeof beta !== 'number' || !Number.isFinite(beta) || beta <= 0)
      throw new Error(`betas[${i}] must be finite and > 0, got ${beta}`);
    // Patterns and queries have ‖x‖² ≤ 1, so the Exp maps' exponent −β‖x‖² stays in range.
    if ((map === 'exp' || map === 'expexp') && beta >= EXP_LIMIT)
      throw new Error(`betas[${i}] = ${beta} is beyond the ${map} map's range (< ${EXP_LIMIT})`);
  }
  const maxY = maxYFor(projection, D);
  for (const [i, Y] of checkList('Ys', spec.Ys).entries()) {
    if (!isInt(Y) || Y < 1) throw new Error(`Ys[${i}] must be an integer ≥ 1, got ${Y}`);
    if (Y > maxY)
      throw new Error(
        `Ys[${i}] = ${Y} is above the largest Y allowed, ${maxY} (${projection}, D = ${D})`,
      );
  }
  const queries = spec.queries as unknown;
  if (!Array.isArray(queries) || queries.length === 0)
    throw new Error(`queries must be a non-empty array, got ${JSON.stringify(queries)}`);
  for (const [i, q] of queries.entries())
    if (!QUERY_KINDS.includes(q as QueryKind))
      throw new Error(`queries[${i}] must be 'stored', 'near' or 'random', got ${String(q)}`);
  if (new Set(queries).size !== queries.length)
    throw new Error(`queries must be unique, got ${JSON.stringify(queries)}`);
  if (!isInt(queryCount) || queryCount < 1 || queryCount > MAX_QUERY_COUNT)
    throw new Error(`queryCount must be an integer in [1, ${MAX_QUERY_COUNT}], got ${queryCount}`);
  if (typeof nearFlip !== 'number' || !(nearFlip >= 0 && nearFlip <= 1))
    throw new Error(`nearFlip must be in [0, 1], got ${nearFlip}`);
  if (retrieval !== null) {
    if (typeof retrieval !== 'object')
      throw new Error(`retrieval must be null or an object, got ${String(retrieval)}`);
    const { alpha, steps, queries: n, tol } = retrieval;
    if (tol !== undefined && (typeof tol !== 'number' || !Number.isFinite(tol) || tol <= 0))
      throw new Error(`retrieval.tol must be finite and > 0 when given, got ${tol}`);
    if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha <= 0)
      throw new Error(`retrieval.alpha must be finite and > 0, got ${alpha}`);
    if (!isInt(steps) || steps < 1 || steps > MAX_DESCENT_STEPS)
      throw new Error(
        `retrieval.steps must be an integer in [1, ${MAX_DESCENT_STEPS}], got ${steps}`,
      );
    if (!isInt(n) || n < 1 || n > MAX_QUERY_COUNT)
      throw new Error(`retrieval.queries must be an integer in [1, ${MAX_QUERY_COUNT}], got ${n}`);
  }
  if (!isInt(seed)) throw new Error(`seed must be an integer, got ${seed}`);
}
