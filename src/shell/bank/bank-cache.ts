/**
 * The current memory bank as numbers, computed once per bank version: the K × N patterns in
 * [−1, 1] (bankPatterns), their signs (what the binary families see), and the similarity sample
 * the regime indicator judges n and β from.
 */
import { signPatterns } from '../../core/dynamics/stepper';
import type { Patterns } from '../../core/dynamics/types';
import { useDamStore } from '../../store';
import { bankPatterns, bankResolvable } from './bank';
import { bankStats, type BankStats } from '../model/regime';

interface Cached {
  version: number;
  size: number;
  patterns: Patterns;
  signs: Patterns | null;
  stats: BankStats | null;
}

let cached: Cached | null = null;

/** null while the bank needs the MNIST digits and they are not loaded yet. */
function entry(): Cached | null {
  const { bank } = useDamStore.getState();
  if (cached && cached.version === bank.version && cached.size === bank.size) return cached;
  if (!bankResolvable(bank.items)) return null;
  cached = {
    version: bank.version,
    size: bank.size,
    patterns: bankPatterns(bank.items, bank.size),
    signs: null,
    stats: null,
  };
  return cached;
}

export function currentMemories(): { patterns: Patterns; version: number } | null {
  const e = entry();
  return e ? { patterns: e.patterns, version: e.version } : null;
}

/** ±1 signs of the memories (the binary families' view). */
export function currentSigns(): Patterns | null {
  const e = entry();
  if (!e) return null;
  e.signs ??= signPatterns(e.patterns);
  return e.signs;
}

/** The regime indicator's similarity sample (16 memories against all). */
export function currentStats(): BankStats | null {
  const e = entry();
  if (!e) return null;
  e.stats ??= bankStats(e.patterns);
  return e.stats;
}

/** Drops the cache (e.g. once the MNIST digits arrive). */
export function invalidateBankCache(): void {
  cached = null;
}
