/**
 * The current memory bank as numbers, computed once per bank version: the K × N patterns in
 * [−1, 1] (bankPatterns), their signs (what the binary families see), and the similarity sample
 * the regime indicator judges n and β from. One instance lives in the shell.
 */
import { signPatterns } from '../../core/dynamics/stepper';
import type { Patterns } from '../../core/dynamics/types';
import type { Bank } from '../../store/bank-slice';
import { bankStats, type BankStats } from '../model/regime';
import { bankPatterns, bankResolvable } from './bank';
import type { MnistData } from './mnist-data';

export interface BankCache {
  /** null while the bank needs the MNIST digits and they are not loaded yet. */
  memories(): { patterns: Patterns; version: number } | null;
  /** ±1 signs of the memories (the binary families' view). */
  signs(): Patterns | null;
  /** The regime indicator's similarity sample (16 memories against all). */
  stats(): BankStats | null;
}

interface Entry {
  version: number;
  size: number;
  patterns: Patterns;
  signs: Patterns | null;
  stats: BankStats | null;
}

export function createBankCache(bank: () => Bank, mnist: MnistData): BankCache {
  let cached: Entry | null = null;
  const entry = (): Entry | null => {
    const b = bank();
    if (cached && cached.version === b.version && cached.size === b.size) return cached;
    const set = mnist.set();
    if (!bankResolvable(b.items, set)) return null;
    cached = {
      version: b.version,
      size: b.size,
      patterns: bankPatterns(b.items, b.size, set),
      signs: null,
      stats: null,
    };
    return cached;
  };
  return {
    memories() {
      const e = entry();
      return e ? { patterns: e.patterns, version: e.version } : null;
    },
    signs() {
      const e = entry();
      if (!e) return null;
      e.signs ??= signPatterns(e.patterns);
      return e.signs;
    },
    stats() {
      const e = entry();
      if (!e) return null;
      e.stats ??= bankStats(e.patterns);
      return e.stats;
    },
  };
}
