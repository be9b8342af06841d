/**
 * The memory bank: an ordered list of memories (MNIST digits by index, letter glyphs, seeded random
 * patterns, drawn or uploaded pixels) on one square grid, plus the MNIST load status. Plain data
 * only, so it can be persisted (IndexedDB), exported (JSON) and shared (URL). `version` rises on
 * every change so consumers can cache the resolved patterns.
 */
import type { StateCreator } from 'zustand';
import { GRID_MAX, GRID_MIN, type MemoryItem } from '../core/data/contracts';
import { defaultBankItems } from '../shell/bank/bank-items';

export type DatasetStatus = 'loading' | 'ready' | 'error';

/** Most memories a bank may hold (all of MNIST). */
export const BANK_MAX = 10_000;

export interface Bank {
  /** Side of the square grid every memory is resolved to. */
  size: number;
  items: MemoryItem[];
  version: number;
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
  /** Replaces the whole bank (grid size and items). */
  replaceBank: (size: number, items: MemoryItem[]) => void;
  clearBank: () => void;
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
    set({ bank: { ...bank, items: [...bank.items, ...added], version: bank.version + 1 } });
    return added.length;
  },
  removeItem: (id) =>
    set((s) => {
      const items = s.bank.items.filter((it) => it.id !== id);
      if (items.length === s.bank.items.length) return {};
      return { bank: { ...s.bank, items, version: s.bank.version + 1 } };
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
  replaceBank: (size, items) =>
    set((s) => ({
      bank: { size: clampSize(size), items: items.slice(0, BANK_MAX), version: s.bank.version + 1 },
    })),
  clearBank: () => set((s) => ({ bank: { ...s.bank, items: [], version: s.bank.version + 1 } })),
});
