/**
 * Argument checks for the hidden-neuron network: every refusal names its field and the bad
 * value (errors.ts), so a lab can show it beside the control that produced it.
 */
import { fieldError } from './errors';
import type { HiddenInput, HiddenMemories, HiddenNetSpec, HiddenState } from './types';

export const MIN_POWER = 2;
export const MAX_POWER = 60;
/** The largest weight matrix K·N accepted (4096 memories of 2048 pixels). */
export const MAX_WEIGHTS = 4096 * 2048;

const MODELS: readonly string[] = ['A', 'B', 'C'];
const FS: readonly string[] = ['power', 'rectified', 'exp'];

function positive(field: string, x: unknown): void {
  if (typeof x !== 'number' || !Number.isFinite(x) || !(x > 0)) {
    throw fieldError(field, 'must be a finite number > 0', x);
  }
}

export function validateSpec(spec: HiddenNetSpec): void {
  if (!MODELS.includes(spec.model))
    throw fieldError('model', "must be 'A', 'B' or 'C'", spec.model);
  if (!FS.includes(spec.F)) throw fieldError('F', "must be 'power', 'rectified' or 'exp'", spec.F);
  const { n } = spec;
  if (!Number.isInteger(n) || n < MIN_POWER || n > MAX_POWER) {
    throw fieldError('n', `must be an integer in ${MIN_POWER}…${MAX_POWER}`, n);
  }
  positive('beta', spec.beta);
  positive('tauF', spec.tauF);
  positive('tauH', spec.tauH);
  positive('dt', spec.dt);
  if (!Number.isFinite(spec.dt / spec.tauF)) {
    throw fieldError('dt', `divided by tauF = ${spec.tauF} must be finite`, spec.dt);
  }
}

export function validateMemories(mem: HiddenMemories): void {
  const { K, N, data } = mem;
  if (!Number.isInteger(K) || K < 1) throw fieldError('K', 'must be an integer ≥ 1', K);
  if (!Number.isInteger(N) || N < 1) throw fieldError('N', 'must be an integer ≥ 1', N);
  if (K * N > MAX_WEIGHTS) throw fieldError('K·N', `must be ≤ ${MAX_WEIGHTS}`, K * N);
  if (!(data instanceof Float64Array) || data.length !== K * N) {
    throw fieldError('mem.data', `must be a Float64Array of length K·N = ${K * N}`, data);
  }
  finiteEntries('mem.data', data);
}

/** Throws unless `x` has `length` entries. */
export function checkLength(field: string, x: ArrayLike<number> | undefined, length: number): void {
  if (x === undefined || x.length !== length) {
    throw fieldError(field, `must have length ${length}`, x);
  }
}

/** Throws at the first non-finite entry, naming it. */
export function finiteEntries(field: string, x: ArrayLike<number>): void {
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw fieldError(`${field}[${i}]`, 'must be finite', x[i]);
  }
}

/** Lengths of an input: I (N) and clamp (N, entries 0 or 1). */
export function checkInput(input: HiddenInput, N: number): void {
  checkLength('input.I', input.I, N);
  const { clamp } = input;
  if (clamp === undefined) return;
  checkLength('input.clamp', clamp, N);
  for (let i = 0; i < N; i++) {
    if (clamp[i] > 1) throw fieldError(`input.clamp[${i}]`, 'must be 0 or 1', clamp[i]);
  }
}

export function checkState(state: HiddenState, K: number, N: number): void {
  checkLength('state.v', state.v, N);
  checkLength('state.h', state.h, K);
}
