/**
 * The models compared side by side: the studio runs them in compare mode, the basins view
 * overlays their basin-size curves (shared, so it lives here rather than in either lab).
 */
import type { StateCreator } from 'zustand';
import type { ModelChoice } from '../shell/model/model';

export interface CompareSetup {
  /** 2 … 4 models run side by side on the same cue. */
  models: ModelChoice[];
}

export const DEFAULT_COMPARE: ModelChoice[] = [
  { energy: 'classical', n: 2, beta: 0.05 },
  { energy: 'polynomial', n: 20, beta: 0.05 },
  { energy: 'softmax', n: 2, beta: 0.05 },
];

export interface CompareSlice {
  compare: CompareSetup;
  setCompare: (patch: Partial<CompareSetup>) => void;
}

export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = (set) => ({
  compare: { models: DEFAULT_COMPARE },
  setCompare: (patch) => set((s) => ({ compare: { ...s.compare, ...patch } })),
});
