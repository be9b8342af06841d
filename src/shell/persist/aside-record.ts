/**
 * The bank a prototype task put aside (store/bank-slice.ts BankAside) in the saved set-up, so the
 * user's memories survive a reload until they restore them: the bank as a bank file, its cue and
 * its model. Read through the same schemas as the current bank, cue and model.
 */
import * as v from 'valibot';
import { parseInput } from '../../schema/parse';
import type { BankAside } from '../../store/bank-slice';
import { bankFromValue, bankToFile, type BankFile } from '../bank/bank-file';
import type { ModelChoice } from '../model/model';
import { cueSchema, cueToWire, modelSchema, type WireCue } from './wire';

export interface AsideRecord {
  bank: BankFile;
  cue: WireCue;
  model: ModelChoice;
}

export const asideToRecord = (a: BankAside): AsideRecord => ({
  bank: bankToFile(a.size, a.items, a.prototypes),
  cue: cueToWire(a.cue),
  model: a.model,
});

/** @throws InputError naming the first problem, under `at`. */
export function asideFromRecord(value: unknown, at: string): BankAside {
  const o = parseInput(
    v.strictObject({ bank: v.unknown(), cue: v.unknown(), model: v.unknown() }),
    value,
    { maxDepth: 7, at },
  );
  const { size, items, prototypes } = bankFromValue(o.bank, `${at}.bank`);
  return {
    size,
    items,
    prototypes,
    cue: parseInput(cueSchema(size, items.length), o.cue, { maxDepth: 4, at: `${at}.cue` }),
    model: parseInput(modelSchema(), o.model, { maxDepth: 2, at: `${at}.model` }),
  };
}
