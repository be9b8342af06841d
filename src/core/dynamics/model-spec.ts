/**
 * Model parameters, their ranges, and validation shared by the UI, the worker and the CLI.
 */
import type { BinaryEnergy, EnergyKind, ModelSpec } from './types';

/** Every value a control can reach; the core is exact across all of them. */
export const LIMITS = {
  nMin: 2,
  nMax: 60,
  betaMin: 1e-3,
  betaMax: 1e3,
  dimMax: 4096,
  countMax: 10_000,
  maxStepsMax: 100_000,
} as const;

export const ENERGY_KINDS: readonly EnergyKind[] = [
  'polynomial',
  'rectified',
  'exponential',
  'softmax',
];

export function isBinaryEnergy(energy: EnergyKind): energy is BinaryEnergy {
  return energy !== 'softmax';
}

export function isEnergyKind(value: unknown): value is EnergyKind {
  return typeof value === 'string' && (ENERGY_KINDS as readonly string[]).includes(value);
}

/** Returns null when the spec is usable, otherwise one sentence saying what is wrong. */
export function validateModel(spec: ModelSpec): string | null {
  if (!isEnergyKind(spec.energy)) {
    return `unknown energy "${String(spec.energy)}" (expected one of ${ENERGY_KINDS.join(', ')})`;
  }
  if (spec.energy === 'polynomial' || spec.energy === 'rectified') {
    const n = spec.n;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < LIMITS.nMin || n > LIMITS.nMax) {
      return `n must be an integer from ${LIMITS.nMin} to ${LIMITS.nMax}, got ${String(n)}`;
    }
  }
  if (spec.energy === 'exponential' || spec.energy === 'softmax') {
    const b = spec.beta;
    if (typeof b !== 'number' || !Number.isFinite(b) || b < LIMITS.betaMin || b > LIMITS.betaMax) {
      return `beta must be a number from ${LIMITS.betaMin} to ${LIMITS.betaMax}, got ${String(b)}`;
    }
  }
  return null;
}

/** Returns null for an integer step budget in [0, maxStepsMax], otherwise what is wrong. */
export function validateMaxSteps(maxSteps: number): string | null {
  if (Number.isInteger(maxSteps) && maxSteps >= 0 && maxSteps <= LIMITS.maxStepsMax) return null;
  return `maxSteps must be an integer from 0 to ${LIMITS.maxStepsMax}, got ${maxSteps}`;
}
