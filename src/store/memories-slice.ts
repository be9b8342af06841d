/**
 * Which MNIST digits are stored: at most one example per class 0–9, chosen by its ordinal within the
 * class, plus which stored class is the cue source. The pixels stay in src/app/mnist-data.ts.
 */
import type { StateCreator } from 'zustand';

export type DatasetStatus = 'loading' | 'ready' | 'error';

export interface MemoriesSlice {
  dataset: { status: DatasetStatus; error?: string; count: number };
  /** Per class d: which example of class d (ordinal within the class). */
  picks: number[];
  /** Per class d: whether that example is stored as a memory. */
  included: boolean[];
  /** Class of the memory the cue is made from; always an included class. */
  cueClass: number;
  setDataset: (dataset: MemoriesSlice['dataset']) => void;
  toggleClass: (d: number) => void;
  /** Moves class d's pick by `delta`, wrapping over `classSize` examples. */
  stepExample: (d: number, delta: number, classSize: number) => void;
  setCue: (d: number) => void;
}

const CLASSES = 10;

export const createMemoriesSlice: StateCreator<MemoriesSlice, [], [], MemoriesSlice> = (set) => ({
  dataset: { status: 'loading', count: 0 },
  picks: Array.from({ length: CLASSES }, () => 0),
  included: Array.from({ length: CLASSES }, () => true),
  cueClass: 3,
  setDataset: (dataset) => set({ dataset }),
  toggleClass: (d) =>
    set((s) => {
      const included = s.included.slice();
      included[d] = !included[d];
      if (!included.some(Boolean)) return {}; // keep at least one memory
      const cueClass = included[s.cueClass] ? s.cueClass : included.indexOf(true);
      return { included, cueClass };
    }),
  stepExample: (d, delta, classSize) =>
    set((s) => {
      const picks = s.picks.slice();
      picks[d] = (((picks[d] + delta) % classSize) + classSize) % classSize;
      return { picks };
    }),
  setCue: (d) => set((s) => (s.included[d] ? { cueClass: d } : {})),
});
