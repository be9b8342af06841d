/**
 * The memory bank: an ordered list of memories (MNIST digits by index, letter glyphs, seeded random
 * patterns, drawn or uploaded pixels) on one square grid, plus the MNIST load status. Plain data
 * only, so it can be persisted (IndexedDB), exported (JSON) and shared (URL). `version` rises on
 * every change so consumers can cache the resolved patterns.
 *
 * A bank may carry a prototype task (`prototypes`: the patterns its memories are noisy examples
 * of). The record belongs to those memories on that grid: adding, removing or clearing memories
 * drops it, reordering keeps it, and replacing the bank keeps only a record given with it that fits
 * the new grid. `bankAside` holds the bank (with its cue and model) a prototype task replaced, until
 * the user restores it.
 */
import type { StateCreator } from 'zustand';
import { GRID_MAX, GRID_MIN, type CueSpec, type MemoryItem } from '../core/data/contracts';
import { defaultBankItems } from '../shell/bank/bank-items';
import type { Family } from '../shell/model/model';

export type DatasetStatus = 'loading' | 'ready' | 'error';

/** Most memories a bank may hold (all of MNIST). */
export const BANK_MAX = 10_000;

/** Most prototypes a bank's prototype task may name. */
export const PROTOTYPES_MAX = 100;

/** A prototype task's generating patterns (the bank's memories are examples of them). */
export interface BankPrototypes {
  /** P prototypes. */
  count: number;
  /** N = size², the bank's grid. */
  dim: number;
  /** One name per prototype ('P3', a digit). */
  labels: string[];
  /** P × N, ±1. */
  bits: Int8Array;
}

export interface Bank {
  /** Side of the square grid every memory is resolved to. */
  size: number;
  items: MemoryItem[];
  version: number;
  /** The prototype task the memories are examples of; absent for an ordinary bank. */
  prototypes?: BankPrototypes;
}

/** The bank a prototype task replaced, with the cue and model it was used with. */
export interface BankAside {
  size: number;
  items: MemoryItem[];
  prototypes: BankPrototypes | null;
  cue: CueSpec;
  model: { energy: Family; n: number; beta: number };
}

export interface BankSlice {
  bank: Bank;
  /** Load status of the MNIST asset (pixels live in src/app/mnist-data.ts). */
  dataset: { status: DatasetStatus; error?: string; count: number };
  setDataset: (dataset: BankSlice['dataset']) => void;
  /** Appends items (up to BANK_MAX in all); returns how many were added. */
  addItems: (items: MemoryItem[]) => number;
  removeItem: (id: string) => void;
  /** Moves item `id` to position `toIndex` (clamped). */
  moveItem: (id: string, toIndex: number) => void;
  /** Replaces the whole bank (grid size, items and, if it fits the grid, a prototype task). */
  replaceBank: (size: number, items: MemoryItem[], prototypes?: BankPrototypes | null) => void;
  clearBank: () => void;
  /** The bank a prototype task put aside (null: none held). */
  bankAside: BankAside | null;
  setBankAside: (aside: BankAside | null) => void;
}

const clampSize = (size: number) =>
  Math.min(GRID_MAX, Math.max(GRID_MIN, Math.round(Number.isFinite(size) ? size : GRID_MIN)));

export const createBankSlice: StateCreator<BankSlice, [], [], BankSlice> = (set, get) => ({
  bank: { size: 28, items: defaultBankItems(), version: 0 },
  dataset: { status: 'loading', count: 0 },
  setDataset: (dataset) => set({ dataset }),
  addItems: (items) => {
    const { bank } = get();
    const room = Math.max(0, BANK_MAX - bank.items.length);
    const added = items.slice(0, room);
    if (added.length === 0) return 0;
    const all = [...bank.items, ...added];
    set({ bank: { size: bank.size, items: all, version: bank.version + 1 } });
    return added.length;
  },
  removeItem: (id) =>
    set((s) => {
      const items = s.bank.items.filter((it) => it.id !== id);
      if (items.length === s.bank.items.length) return {};
      return { bank: { size: s.bank.size, items, version: s.bank.version + 1 } };
    }),
  moveItem: (id, toIndex) =>
    set((s) => {
      const from = s.bank.items.findIndex((it) => it.id === id);
      if (from < 0) return {};
      const to = Math.max(0, Math.min(s.bank.items.length - 1, Math.trunc(toIndex)));
      if (to === from) return {};
      const items = s.bank.items.slice();
      const [moved] = items.splice(from, 1);
      items.splice(to, 0, moved);
      return { bank: { ...s.bank, items, version: s.bank.version + 1 } };
    }),
  replaceBank: (size, items, prototypes) =>
    set((s) => {
      const n = clampSize(size);
      const bank: Bank = { size: n, items: items.slice(0, BANK_MAX), version: s.bank.version + 1 };
      if (prototypes && prototypes.dim === n * n) bank.prototypes = prototypes;
      return { bank };
    }),
  clearBank: () =>
    set((s) => ({ bank: { size: s.bank.size, items: [], version: s.bank.version + 1 } })),
  bankAside: null,
  setBankAside: (bankAside) => set({ bankAside }),
});
