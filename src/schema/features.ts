/**
 * The DrDAM-vs-MrDAM measurement's outside input (docs/models.md §6.5 QUANT1b): the config of
 * `dam features --config` (and of the flags, which build the same object) → a
 * FeaturesExperimentSpec. Unknown keys and out-of-range values are errors naming the field
 * (`Ys[2]: …`); every size is capped before anything is allocated:
 *  - D ≤ 4096, K ≤ 10,000, K·D ≤ 2^24 (and K ≤ 2^(D−1), so K unique patterns are easy to draw),
 *    at most 8 betas and 24 Ys, queryCount ≤ 10,000, retrieval.steps ≤ 100,000;
 *  - each Y ≤ ⌊2^26 / D⌋ for the Gaussian projection (S is Y·D float32), ≤ 2^22 for Hadamard
 *    (the core's maxYFor); no β, Y or query kind listed twice;
 *  - the work, counted in multiply-adds of S with a pattern, ≤ FEATURES_COST_MAX = 10^12:
 *      Σ_β Σ_Y Y·D·(K + 2·queryCount·|queries| + 2·steps·retrieval.queries)
 *    (building T, then Ẽ and ∇Ẽ at each query, then both passes of each descent step);
 *  - the Exp maps overflow exp once β‖x‖² ≥ 709.78; for {0,1}^D/√D patterns ‖x‖² ≤ 1, so they
 *    are refused for β ≥ 709 up front.
 */
import * as v from 'valibot';
import type { FeaturesExperimentSpec } from '../core/features/experiment-types';
import { MAX_FEATURE_ENTRIES, maxYFor } from '../core/features/feature-maps';
import { MAX_PATTERN_ENTRIES } from '../core/features/patterns';
import { int, list, num, oneOf, seed } from './fields';
import { InputError, parseInput, parseJsonText, quote } from './parse';

export const FEATURES_LIMITS = {
  DMax: 4096,
  KMax: 10_000,
  betasMax: 8,
  betaMin: 1e-3,
  betaMax: 1e4,
  /** Exp maps: β‖x‖² ≤ β for the patterns, and exp overflows past ~709.78. */
  expBetaMax: 709,
  YsMax: 24,
  queryCountMax: 10_000,
  stepsMax: 100_000,
  alphaMax: 10,
} as const;

/** Multiply-adds of S with a pattern the whole measurement may take (see the header). */
export const FEATURES_COST_MAX = 1e12;
export const FEATURES_CONFIG_BYTES = 64 * 1024;

/** QUANT1b's descent (α = 0.03, 1000 steps), from 10 queries when not given. */
export const DEFAULT_RETRIEVAL = { alpha: 0.03, steps: 1000, queries: 10 } as const;

const L = FEATURES_LIMITS;
const opt = <S extends v.GenericSchema>(s: S, d: unknown) => v.optional(s, d as never);
const EXAMPLE = '{"D": 100, "K": 500, "betas": [10], "Ys": [2500, 5000]}';
const QUERY_KINDS = ['stored', 'near', 'random'] as const;

const retrievalSchema = () =>
  v.nullable(
    v.strictObject(
      {
        alpha: opt(num(1e-9, L.alphaMax), DEFAULT_RETRIEVAL.alpha),
        steps: opt(int(1, L.stepsMax), DEFAULT_RETRIEVAL.steps),
        queries: opt(int(1, L.queryCountMax), DEFAULT_RETRIEVAL.queries),
        tol: v.optional(num(1e-15, 1)),
      },
      'must be null or a descent like {"alpha": 0.03, "steps": 1000, "queries": 10}',
    ),
  );

const schema = () =>
  v.strictObject(
    {
      D: int(1, L.DMax),
      K: int(1, L.KMax),
      betas: list(num(L.betaMin, L.betaMax), 1, L.betasMax),
      Ys: list(int(1, MAX_FEATURE_ENTRIES), 1, L.YsMax),
      map: opt(oneOf(['sincos', 'cos', 'exp', 'expexp'] as const), 'sincos'),
      projection: opt(oneOf(['gaussian', 'hadamard'] as const), 'gaussian'),
      queries: opt(list(oneOf(QUERY_KINDS), 1, QUERY_KINDS.length), ['stored']),
      queryCount: opt(int(1, L.queryCountMax), 100),
      nearFlip: opt(num(0, 1), 0.1),
      retrieval: opt(retrievalSchema(), null),
      seed: opt(seed(), 1),
    },
    `must be a measurement like ${EXAMPLE}`,
  );

/** The work of a spec in multiply-adds of S with a pattern (the formula of the header). */
export function featuresCost(s: FeaturesExperimentSpec): number {
  const perYD =
    s.K +
    2 * s.queryCount * s.queries.length +
    (s.retrieval ? 2 * s.retrieval.steps * s.retrieval.queries : 0);
  const sumY = s.Ys.reduce((a, y) => a + y, 0);
  return s.betas.length * sumY * s.D * perYD;
}

const fail = (field: string, message: string): never => {
  throw new InputError(`${field}: ${message}`, field);
};

/** A FeaturesExperimentSpec with the defaults filled; InputError naming the field otherwise. */
export function parseFeaturesConfig(json: unknown): FeaturesExperimentSpec {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new InputError(`the config: must be an object like ${EXAMPLE} (got ${quote(json)})`);
  const s = parseInput(schema(), json, { maxDepth: 2 }) as FeaturesExperimentSpec;
  if (s.D < 31 && s.K > 2 ** (s.D - 1))
    fail('K', `at most 2^(D−1) = ${2 ** (s.D - 1)} unique patterns for D = ${s.D} (got ${s.K})`);
  const maxY = maxYFor(s.projection, s.D);
  s.Ys.forEach((Y, i) => {
    if (Y > maxY)
      fail(
        `Ys[${i}]`,
        `at most ${maxY} features for D = ${s.D} with the ${s.projection} projection (got ${Y})`,
      );
  });
  if (s.K * s.D > MAX_PATTERN_ENTRIES)
    fail('K', `K·D = ${s.K * s.D} pattern entries is above the cap of ${MAX_PATTERN_ENTRIES}`);
  for (const name of ['betas', 'Ys', 'queries'] as const) {
    const list: readonly unknown[] = s[name];
    const dup = list.findIndex((q, i) => list.indexOf(q) !== i);
    if (dup >= 0) fail(`${name}[${dup}]`, `${String(list[dup])} is listed twice`);
  }
  if (s.map === 'exp' || s.map === 'expexp') {
    const i = s.betas.findIndex((b) => b >= L.expBetaMax);
    if (i >= 0)
      fail(
        `betas[${i}]`,
        `the ${s.map} map computes exp(√β Sx − β‖x‖²), and β‖x‖² reaches β for {0,1}^D/√D ` +
          `patterns: exp overflows at β ≥ ${L.expBetaMax} (got ${s.betas[i]}); lower beta or use sincos`,
      );
  }
  const cost = featuresCost(s);
  if (cost > FEATURES_COST_MAX)
    fail(
      'Ys',
      `${cost.toPrecision(3)} multiply-adds (β·ΣY·D·(K + 2·queries + 2·descent steps)) is above ` +
        `the cap of ${FEATURES_COST_MAX.toPrecision(1)}; fewer or smaller Ys, betas or queries`,
    );
  return s;
}

/** Config text → spec; broken JSON is one clear line. `what` prefixes messages (a file name). */
export function parseFeaturesConfigText(text: string, what?: string): FeaturesExperimentSpec {
  const raw = parseJsonText(text, { maxBytes: FEATURES_CONFIG_BYTES, maxDepth: 2, what });
  try {
    return parseFeaturesConfig(raw);
  } catch (e) {
    if (e instanceof InputError && what) throw new InputError(`${what}: ${e.message}`, e.field);
    throw e;
  }
}
