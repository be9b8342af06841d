/**
 * Parses and checks the JSON case of `dam retrieve` into core types. Every problem becomes one
 * sentence naming the field at fault.
 */
import { LIMITS, isEnergyKind } from '../core/dynamics/model-spec';
import type { DynamicsSpec, ModelSpec, Patterns } from '../core/dynamics/types';

export interface RetrieveCase {
  spec: ModelSpec;
  memories: Patterns;
  state: Float64Array;
  dynamics: DynamicsSpec;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function numberArray(v: unknown, what: string): number[] {
  if (!Array.isArray(v)) throw new Error(`${what} must be an array of numbers`);
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) {
      throw new Error(`${what}[${i}] must be a finite number, got ${JSON.stringify(v[i])}`);
    }
  }
  return v as number[];
}

function optionalNumber(
  obj: Record<string, unknown>,
  key: string,
  fallback: number,
  what: string,
): number {
  const v = obj[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`${what}.${key} must be a number`);
  return v;
}

function parseModel(v: unknown): ModelSpec {
  if (!isObject(v))
    throw new Error('"model" must be an object like {"energy": "polynomial", "n": 3}');
  if (!isEnergyKind(v.energy)) {
    throw new Error(
      `model.energy must be one of polynomial, rectified, exponential, softmax; got ${JSON.stringify(v.energy)}`,
    );
  }
  return {
    energy: v.energy,
    n: optionalNumber(v, 'n', 2, 'model'),
    beta: optionalNumber(v, 'beta', 1, 'model'),
  };
}

function parseDynamics(v: unknown): DynamicsSpec {
  if (v === undefined) return { mode: 'async', order: 'sequential', seed: 0, maxSteps: 50 };
  if (!isObject(v)) throw new Error('"dynamics" must be an object');
  const mode = v.mode ?? 'async';
  const order = v.order ?? 'sequential';
  if (mode !== 'async' && mode !== 'sync')
    throw new Error(`dynamics.mode must be "async" or "sync", got ${JSON.stringify(mode)}`);
  if (order !== 'sequential' && order !== 'random') {
    throw new Error(
      `dynamics.order must be "sequential" or "random", got ${JSON.stringify(order)}`,
    );
  }
  const seed = optionalNumber(v, 'seed', 0, 'dynamics');
  if (!Number.isInteger(seed)) throw new Error('dynamics.seed must be an integer');
  const maxSteps = optionalNumber(v, 'maxSteps', 50, 'dynamics');
  if (!Number.isInteger(maxSteps) || maxSteps < 0 || maxSteps > LIMITS.maxStepsMax) {
    throw new Error(`dynamics.maxSteps must be an integer from 0 to ${LIMITS.maxStepsMax}`);
  }
  return { mode, order, seed, maxSteps };
}

/** Throws Error(one sentence) on anything the contract does not allow. */
export function parseRetrieveCase(text: string): RetrieveCase {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`input is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (!isObject(raw))
    throw new Error('input must be a JSON object with "model", "memories", "state" and "dynamics"');
  const spec = parseModel(raw.model);
  if (!Array.isArray(raw.memories) || raw.memories.length === 0) {
    throw new Error(
      '"memories" must be a non-empty array of rows (one array of N numbers per memory)',
    );
  }
  const rows = raw.memories.map((r, mu) => numberArray(r, `memories[${mu}]`));
  const dim = rows[0].length;
  rows.forEach((r, mu) => {
    if (r.length !== dim)
      throw new Error(`memories are ragged: row 0 has ${dim} values, row ${mu} has ${r.length}`);
  });
  const data = new Float64Array(rows.length * dim);
  rows.forEach((r, mu) => data.set(r, mu * dim));
  const state = Float64Array.from(numberArray(raw.state, 'state'));
  return {
    spec,
    memories: { count: rows.length, dim, data },
    state,
    dynamics: parseDynamics(raw.dynamics),
  };
}
