/**
 * The memory bank as a JSON file (export/import). Versioned; MNIST digits are stored by index,
 * glyphs by letter, random patterns by seed, drawn or uploaded images inline as base64.
 */
import { BANK_MAX } from '../../store/bank-slice';
import type { MemoryItem } from '../../core/data/contracts';
import {
  gridSize,
  itemFromWire,
  itemToWire,
  record,
  SetupError,
  type WireItem,
} from '../persist/wire';

export const BANK_FORMAT = 'dam-playground-bank';
export const BANK_FILE_VERSION = 1;

export interface BankFile {
  format: typeof BANK_FORMAT;
  version: number;
  size: number;
  items: WireItem[];
}

export const bankToFile = (size: number, items: readonly MemoryItem[]): BankFile => ({
  format: BANK_FORMAT,
  version: BANK_FILE_VERSION,
  size,
  items: items.map(itemToWire),
});

/** Validates a parsed bank file; throws SetupError naming the first problem. */
export function bankFromValue(value: unknown): { size: number; items: MemoryItem[] } {
  const o = record(value, 'the file');
  if (o.format !== BANK_FORMAT) {
    throw new SetupError(`it is not a DAM Playground memory bank (format "${String(o.format)}")`);
  }
  if (o.version !== BANK_FILE_VERSION) {
    throw new SetupError(`bank file version ${String(o.version)} is not supported`);
  }
  const size = gridSize(o.size);
  if (!Array.isArray(o.items)) throw new SetupError('"items" is not a list');
  if (o.items.length > BANK_MAX) {
    throw new SetupError(`it holds ${o.items.length} memories, more than ${BANK_MAX}`);
  }
  const items = o.items.map((it, k) => itemFromWire(it, `memory ${k + 1}`));
  return { size, items };
}

/** Parses and validates the text of a bank file. */
export function bankFromJson(text: string): { size: number; items: MemoryItem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SetupError('it is not valid JSON');
  }
  return bankFromValue(value);
}
