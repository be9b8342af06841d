/**
 * The JSON case of `dam retrieve` (README "Command line"), read through one valibot schema plus
 * the checks that relate fields to each other (equal row lengths, the state's length, ±1 values
 * for the binary energies, softmax inputs whose products float64 can hold), and turned into the
 * core's types:
 *   { "model": {"energy", "n"?, "beta"?}, "memories": [[…], …], "state": […], "dynamics"?: {…} }
 * Every problem is one InputError naming the field: `dynamics.maxstep: unknown key`.
 */
import * as v from 'valibot';
import { ENERGY_KINDS, LIMITS, isBinaryEnergy } from '../core/dynamics/model-spec';
import type { DynamicsSpec, ModelSpec, Patterns } from '../core/dynamics/types';
import { int, list, num, oneOf, seed } from './fields';
import { InputError, parseInput, parseJsonText, quote } from './parse';

export interface RetrieveCase {
  spec: ModelSpec;
  memories: Patterns;
  state: Float64Array;
  dynamics: DynamicsSpec;
}

/** case → memories → row → value: three levels of objects and arrays. */
export const RETRIEVE_CASE_DEPTH = 3;

const finite = () =>
  v.pipe(v.number('must be a finite number'), v.finite('must be a finite number'));
const vector = () => list(finite(), 1, LIMITS.dimMax);

const modelSchema = () =>
  v.strictObject(
    {
      energy: oneOf(ENERGY_KINDS),
      // Checked whatever the energy, even where it ignores the value.
      n: v.optional(int(LIMITS.nMin, LIMITS.nMax), 2),
      beta: v.optional(num(LIMITS.betaMin, LIMITS.betaMax), 1),
    },
    'must be an object like {"energy": "polynomial", "n": 3}',
  );

const dynamicsSchema = () =>
  v.strictObject(
    {
      mode: v.optional(oneOf(['async', 'sync'] as const), 'async'),
      order: v.optional(oneOf(['sequential', 'random'] as const), 'sequential'),
      seed: v.optional(seed(), 0),
      maxSteps: v.optional(int(0, LIMITS.maxStepsMax), 50),
    },
    'must be an object like {"mode": "async", "maxSteps": 50}',
  );

export const retrieveCaseSchema = () =>
  v.strictObject(
    {
      model: modelSchema(),
      memories: list(vector(), 1, LIMITS.countMax),
      state: vector(),
      dynamics: v.optional(dynamicsSchema(), {}),
    },
    'must be a JSON object with "model", "memories" and "state"',
  );

type Parsed = v.InferOutput<ReturnType<typeof retrieveCaseSchema>>;

const values = (k: number) => `${k} value${k === 1 ? '' : 's'}`;

function checkLengths(rows: number[][], state: number[]): void {
  const N = rows[0].length;
  rows.forEach((row, mu) => {
    if (row.length !== N) {
      throw new InputError(
        `memories[${mu}]: has ${values(row.length)} but memories[0] has ${N} (the rows are ragged)`,
        `memories[${mu}]`,
      );
    }
  });
  if (state.length !== N) {
    throw new InputError(
      `state: has length ${state.length}, the memories have length ${N}`,
      'state',
    );
  }
}

function checkBinary(energy: string, rows: number[][], state: number[]): void {
  const check = (values: number[], at: string) => {
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      if (x !== 1 && x !== -1) {
        throw new InputError(
          `${at}[${i}]: must be ±1 for the ${energy} energy (got ${quote(x)})`,
          `${at}[${i}]`,
        );
      }
    }
  };
  rows.forEach((row, mu) => check(row, `memories[${mu}]`));
  check(state, 'state');
}

/** Largest product the softmax checks allow: sums of a few such terms stay below 1.8e308. */
const SOFTMAX_SAFE = 1e300;

/**
 * Softmax: β·ξ·x is at most β·N·max|ξ|·max|x|, and ½‖x‖², ½M² at most N·max²/2; the state stays
 * within max|ξ| after the first update. Requiring max(1, β)·N·max² ≤ 1e300 for both the memories
 * and the state keeps every number of the run finite.
 */
function checkSoftmaxRange(beta: number, rows: number[][], state: number[]): void {
  const scale = Math.max(1, beta) * state.length;
  const refuse = (field: string, max: number, norm: string) => {
    if (scale * max * max <= SOFTMAX_SAFE) return;
    const shown = String(Number(max.toPrecision(3)));
    throw new InputError(
      `${field}: values up to ${shown} overflow float64 in β·ξ·x or ${norm} ` +
        `(N = ${state.length}, β = ${beta}); scale them down`,
      field,
    );
  };
  let maxXi = 0;
  for (const row of rows) for (const x of row) maxXi = Math.max(maxXi, Math.abs(x));
  let maxX = 0;
  for (const x of state) maxX = Math.max(maxX, Math.abs(x));
  refuse('memories', maxXi, '½‖ξ‖²');
  refuse('state', maxX, '½‖x‖²');
}

function toCase(o: Parsed): RetrieveCase {
  const K = o.memories.length;
  const N = o.state.length;
  const data = new Float64Array(K * N);
  o.memories.forEach((row, mu) => data.set(row, mu * N));
  return {
    spec: { energy: o.model.energy, n: o.model.n, beta: o.model.beta },
    memories: { count: K, dim: N, data },
    state: Float64Array.from(o.state),
    dynamics: o.dynamics,
  };
}

/** Validates a parsed case; throws InputError naming the first problem. */
export function retrieveCaseFromValue(value: unknown): RetrieveCase {
  const o = parseInput(retrieveCaseSchema(), value, { maxDepth: RETRIEVE_CASE_DEPTH });
  checkLengths(o.memories, o.state);
  if (isBinaryEnergy(o.model.energy)) checkBinary(o.model.energy, o.memories, o.state);
  else checkSoftmaxRange(o.model.beta, o.memories, o.state);
  return toCase(o);
}

/** Parses and validates the JSON text of a case (at most `maxBytes` characters). */
export function retrieveCaseFromJson(text: string, maxBytes: number): RetrieveCase {
  return retrieveCaseFromValue(
    parseJsonText(text, { maxBytes, maxDepth: RETRIEVE_CASE_DEPTH, what: 'the case' }),
  );
}
