/**
 * The two ways the hidden-neuron network refuses work (docs/models.md §5): a bad argument
 * (`fieldError`, a plain Error whose message starts with the field's name) and a number that
 * left the float64 range during the computation (`HiddenOverflowError`, whose `field` says which
 * control to lower). Nothing here returns NaN or Infinity silently.
 */

/** Which control an overflow points at: the power n, the inverse temperature, the step, a state. */
export type HiddenOverflowField = 'n' | 'beta' | 'dt' | 'v' | 'h';

export class HiddenOverflowError extends Error {
  readonly field: HiddenOverflowField;
  constructor(field: HiddenOverflowField, message: string) {
    super(message);
    this.name = 'HiddenOverflowError';
    this.field = field;
  }
}

/** An Error for a bad argument: `${field} ${rule}, got ${value}`. */
export function fieldError(field: string, rule: string, value: unknown): Error {
  return new Error(`${field} ${rule}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && typeof (value as { length?: unknown }).length === 'number') {
    return `an array of length ${String((value as { length: number }).length)}`;
  }
  return typeof value;
}
