/**
 * The CDAM schemas' shared part (cdam.ts is the index): the limits, the work caps, the parsed
 * shapes (core/cdam/requests.ts, the room's too) and the helpers every parser uses.
 */
import * as v from 'valibot';
import { CDAM_SOURCES, type CdamSetup } from '../core/cdam/requests';
import type { CdamParams } from '../core/cdam/types';
import { num } from './fields';
import { checkShape, describeIssue, InputError, quote } from './parse';

export const CDAM_LIMITS = {
  PMax: 60,
  NMin: 2,
  NMax: 4096,
  /** The range-of-recall ring needs distances 0, 1 and more. */
  rangePMin: 3,
  aMin: -10,
  aMax: 10,
  hMin: -10,
  hMax: 10,
  betaMin: 0.001,
  betaMax: 1000,
  etaMin: 0.001,
  etaMax: 1,
  noiseMax: 10,
  stepsMax: 1000,
  sequenceStepsMax: 2000,
  rangePairsMax: 16,
  sequencePairsMax: 8,
  automatonNMin: 40,
  personShareMin: 0.05,
  personShareMax: 0.95,
  everyMax: 1000,
  inputsMax: 20,
  automatonStepsMax: 5000,
  RMin: 2,
  RMax: 64,
  /** MNIST memories are 28 × 28 whatever N says. */
  mnistN: 784,
  /** The UI's slider ranges (docs/models.md §10.3, playground defaults); the limits above still bound typed values. */
  ui: {
    a: [-3, 2],
    h: [0, 4],
    beta: [0.1, 5],
    eta: [0.01, 0.5],
    steps: 100,
  },
} as const;

/** Multiply-adds a range-of-recall sweep may take (≈ 10 s in the worker; the paper's is 4.5·10⁷). */
export const CDAM_RANGE_WORK_MAX = 3e9;
/** pairs·steps·P·N a sequence request may take (each step is ≈ 4·P·N multiply-adds). */
export const CDAM_SEQUENCE_WORK_MAX = 1e9;
/** R²·steps·P² a phase map may take (each step is ≈ 2·P² multiply-adds). */
export const CDAM_PHASE_WORK_MAX = 3e9;
export const CDAM_CONFIG_BYTES = 64 * 1024;
/** The adjacency import's size cap (a 60 × 60 matrix of "0," is 7.2 KB). */
export const CDAM_CSV_BYTES = 64 * 1024;

export const L = CDAM_LIMITS;
/** Deepest nesting: config → request → setup → graph → edges → [i, j]. */
export const MAX_DEPTH = 6;
export const SOURCES = CDAM_SOURCES;
export type {
  CdamCue,
  CdamMemoriesSpec,
  CdamSetup,
  CdamSource,
  PhaseRequest,
  SequenceRequest,
} from '../core/cdam/requests';

export interface CdamAdvance {
  setup: CdamSetup;
  x: Float64Array;
  params: CdamParams;
  steps: number;
}

export const fail = (field: string, message: string): never => {
  throw new InputError(`${field || 'the value'}: ${message}`, field);
};
/** A field's path inside `at`: join('setup', 'graph.P') = 'setup.graph.P', join('x', '[3]') = 'x[3]'. */
export const join = (at: string, key: string) =>
  !at ? key : key.startsWith('[') ? at + key : `${at}.${key}`;

/** Validates against a schema at path `at` (the shape was checked once, at the top). */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  at: string,
): v.InferOutput<S> {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return r.output;
  const { field, message } = describeIssue(r.issues[0], at);
  throw new InputError(message, field);
}

/** The keys of an object (exactly these, none missing, none unknown); values still unchecked. */
export function keysOf<K extends string>(
  value: unknown,
  keys: readonly K[],
  at: string,
  example: string,
) {
  const entries = Object.fromEntries(keys.map((k) => [k, v.unknown()])) as Record<
    K,
    v.UnknownSchema
  >;
  return check(v.strictObject(entries, `must be an object like ${example}`), value, at) as Record<
    K,
    unknown
  >;
}

/** Every public parser: forbidden keys and nesting first. */
export function top(value: unknown, what: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`the ${what}: must be an object (got ${quote(value)})`);
  checkShape(value, MAX_DEPTH);
}

export const beta = () => num(L.betaMin, L.betaMax);
export const eta = () => num(L.etaMin, L.etaMax);
export const pairSchema = () =>
  v.strictObject(
    { a: num(L.aMin, L.aMax), h: num(L.hMin, L.hMax) },
    'must be a pair like {"a": -0.5, "h": 1.5}',
  );

// ---- memories ---------------------------------------------------------------------------------
