/**
 * A bank's prototype task (store/bank-slice.ts BankPrototypes) as JSON: the ±1 bits packed
 * (1 = +1) in base64, with the count, the dimension and one label per prototype. Bank files, saved
 * set-ups and share links all read it through prototypesSchema, then check it fits the bank's grid.
 */
import * as v from 'valibot';
import { bytesToBase64, packBits, unpackBits } from '../../core/data/base64';
import { GRID_MAX, GRID_MIN } from '../../core/data/contracts';
import { int, list, text } from '../../schema/fields';
import { InputError } from '../../schema/parse';
import { PROTOTYPES_MAX, type BankPrototypes } from '../../store/bank-slice';
import { base64Bytes, LABEL_MAX } from '../persist/wire';

export interface WirePrototypes {
  count: number;
  dim: number;
  labels: string[];
  /** count × dim bits, packed most significant first, base64. */
  bits: string;
}

export function prototypesToWire(p: BankPrototypes): WirePrototypes {
  const on = new Uint8Array(p.bits.length);
  for (let i = 0; i < on.length; i++) on[i] = p.bits[i] > 0 ? 1 : 0;
  return { count: p.count, dim: p.dim, labels: p.labels, bits: bytesToBase64(packBits(on)) };
}

export const prototypesSchema = () =>
  v.pipe(
    v.strictObject({
      count: int(1, PROTOTYPES_MAX),
      dim: int(GRID_MIN * GRID_MIN, GRID_MAX * GRID_MAX),
      labels: list(text(LABEL_MAX), 1, PROTOTYPES_MAX),
      bits: base64Bytes('prototype bits', Math.ceil((PROTOTYPES_MAX * GRID_MAX * GRID_MAX) / 8)),
    }),
    v.rawTransform(({ dataset, addIssue, NEVER }): BankPrototypes => {
      const o = dataset.value;
      if (o.labels.length !== o.count) {
        addIssue({ message: `has ${o.labels.length} labels for ${o.count} prototypes` });
        return NEVER;
      }
      let on: Uint8Array;
      try {
        on = unpackBits(o.bits, o.count * o.dim);
      } catch {
        addIssue({ message: `bits do not hold ${o.count} prototypes of ${o.dim} units` });
        return NEVER;
      }
      const bits = Int8Array.from(on, (b) => (b ? 1 : -1));
      return { count: o.count, dim: o.dim, labels: o.labels, bits };
    }),
  );

/** @throws InputError at `at` when the prototypes do not fit the size×size grid. */
export function checkPrototypesFit(p: BankPrototypes | null, size: number, at: string): void {
  if (p && p.dim !== size * size) {
    throw new InputError(
      `${at}: the prototypes have ${p.dim} units, not the ${size}×${size} grid's ${size * size}`,
      at,
    );
  }
}
