/**
 * The energy families as the studio offers them. "Classical" is the polynomial family at n = 2
 * (Hopfield 1982); everything else maps one to one onto the core's ModelSpec.
 */
import type { EnergyKind, ModelSpec } from '../../core/dynamics/types';

export type Family = 'classical' | EnergyKind;

/** A model as chosen in the UI: plain data (URL-safe). */
export interface ModelChoice {
  energy: Family;
  /** Interaction power (polynomial, rectified), integer 2 … 60. */
  n: number;
  /** Inverse temperature (exponential, softmax), 1e-3 … 1e3. */
  beta: number;
}

export const FAMILIES: readonly { value: Family; label: string }[] = [
  { value: 'classical', label: 'Classical Hopfield (n = 2)' },
  { value: 'polynomial', label: 'Polynomial  F(x) = xⁿ' },
  { value: 'rectified', label: 'Rectified  F(x) = max(x, 0)ⁿ' },
  { value: 'exponential', label: 'Exponential  F(x) = e^(βx)' },
  { value: 'softmax', label: 'Softmax (continuous, Ramsauer)' },
];

export function toSpec(m: ModelChoice): ModelSpec {
  return m.energy === 'classical'
    ? { energy: 'polynomial', n: 2, beta: m.beta }
    : { energy: m.energy, n: m.n, beta: m.beta };
}

/** Whether the family has the interaction power n as its knob (else β). */
export const usesN = (f: Family): boolean => f === 'polynomial' || f === 'rectified';
export const isBinaryFamily = (f: Family): boolean => f !== 'softmax';

export function formatBeta(v: number): string {
  if (v >= 100) return v.toFixed(0);
  if (v >= 0.01) return String(Number(v.toPrecision(3)));
  return v.toExponential(1);
}

/** Short name, e.g. "polynomial n = 20", "softmax β = 0.05", "classical (n = 2)". */
export function describeModel(m: ModelChoice): string {
  if (m.energy === 'classical') return 'classical (n = 2)';
  if (usesN(m.energy)) return `${m.energy} n = ${m.n}`;
  return `${m.energy} β = ${formatBeta(m.beta)}`;
}
