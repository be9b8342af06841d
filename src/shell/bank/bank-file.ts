/**
 * The memory bank as a JSON file (export/import). Versioned; MNIST digits are stored by index,
 * glyphs by letter, random patterns by seed, drawn or uploaded images inline as base64, and a
 * prototype task, if the bank carries one, as packed bits (prototype-wire.ts). Reading
 * goes through the schema layer (persist/wire.ts): unknown keys and out-of-range values are
 * errors that name the field ("items[3].source.index: …").
 */
import * as v from 'valibot';
import type { MemoryItem } from '../../core/data/contracts';
import { list } from '../../schema/fields';
import { parseInput, parseJsonText } from '../../schema/parse';
import { BANK_MAX, type BankPrototypes } from '../../store/bank-slice';
import { gridSizeSchema, itemSchema, itemToWire, type WireItem } from '../persist/wire';
import {
  checkPrototypesFit,
  prototypesSchema,
  prototypesToWire,
  type WirePrototypes,
} from './prototype-wire';

export const BANK_FORMAT = 'dam-playground-bank';
export const BANK_FILE_VERSION = 1;
/** Largest bank file read (10,000 inline 64×64 images fit). */
export const BANK_FILE_MAX_BYTES = 64 * 2 ** 20;

export interface BankFile {
  format: typeof BANK_FORMAT;
  version: number;
  size: number;
  items: WireItem[];
  prototypes?: WirePrototypes;
}

export interface BankValue {
  size: number;
  items: MemoryItem[];
  prototypes: BankPrototypes | null;
}

export const bankToFile = (
  size: number,
  items: readonly MemoryItem[],
  prototypes?: BankPrototypes | null,
): BankFile => ({
  format: BANK_FORMAT,
  version: BANK_FILE_VERSION,
  size,
  items: items.map(itemToWire),
  ...(prototypes ? { prototypes: prototypesToWire(prototypes) } : {}),
});

export const bankFileSchema = () =>
  v.strictObject({
    format: v.literal(
      BANK_FORMAT,
      `must be "${BANK_FORMAT}" (this is not a DAM Playground memory bank)`,
    ),
    version: v.literal(
      BANK_FILE_VERSION,
      `must be ${BANK_FILE_VERSION} (other versions are not supported)`,
    ),
    size: gridSizeSchema(),
    items: list(itemSchema(), 0, BANK_MAX),
    prototypes: v.optional(prototypesSchema()),
  });

/** Validates a parsed bank file (or the bank of a saved set-up at `at`). */
export function bankFromValue(value: unknown, at = ''): BankValue {
  const o = parseInput(bankFileSchema(), value, { maxDepth: 6, at });
  const prototypes = o.prototypes ?? null;
  checkPrototypesFit(prototypes, o.size, at ? `${at}.prototypes` : 'prototypes');
  return { size: o.size, items: o.items, prototypes };
}

/** Parses and validates the text of a bank file; throws InputError naming the first problem. */
export function bankFromJson(textIn: string): BankValue {
  return bankFromValue(parseJsonText(textIn, { maxBytes: BANK_FILE_MAX_BYTES, maxDepth: 6 }));
}
