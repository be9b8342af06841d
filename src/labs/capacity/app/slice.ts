/**
 * The capacity lab's part of the store: the set-up (the whole grid, shared in links and saved),
 * the view shown, and the status of the run. The measured points are in the runtime's results
 * cache (results.ts), not here.
 */
import type { StateCreator } from 'zustand';
import { CAPACITY_PRESETS } from '../../../core/capacity/presets';
import type { GridSpec } from '../../../core/capacity/types';
import type { DamState } from '../../../store';
import type { GridSummary } from '../worker/api';

export const CAPACITY_VIEWS = ['curve', 'scaling', 'separation', 'stats'] as const;
export type CapacityView = (typeof CAPACITY_VIEWS)[number];

export interface CapacitySetup {
  grid: GridSpec;
  /** The preset the grid was last loaded from (null: none, or opened from a file). */
  preset: string | null;
  view: CapacityView;
}

export type CapacityStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface CapacityRun {
  status: CapacityStatus;
  /** Trials done and in all, over the whole grid. */
  done: number;
  total: number;
  /** Points reported and in the grid. */
  points: number;
  totalPoints: number;
  /** Page-side time from Run to the last point (or to the cancel), ms. */
  elapsedMs: number;
  /** Where the results shown came from: a run, or a result file opened. */
  source: 'run' | 'file' | null;
  /** The file's name, when the results came from one. */
  file?: string;
  summary?: GridSummary;
  error?: string;
}

export interface CapacitySlice {
  capacity: CapacitySetup;
  capacityRun: CapacityRun;
  setCapacity: (patch: Partial<CapacitySetup>) => void;
  setCapacityRun: (patch: Partial<CapacityRun>) => void;
}

declare module '../../../store' {
  interface LabSlices extends CapacitySlice {}
}

const first = CAPACITY_PRESETS.find((p) => p.id === 'scaling') ?? CAPACITY_PRESETS[0];

export const DEFAULT_CAPACITY: CapacitySetup = {
  grid: first.grid,
  preset: first.id,
  view: first.view,
};

export const IDLE_RUN: CapacityRun = {
  status: 'idle',
  done: 0,
  total: 0,
  points: 0,
  totalPoints: 0,
  elapsedMs: 0,
  source: null,
};

export const createCapacitySlice: StateCreator<DamState, [], [], CapacitySlice> = (set) => ({
  capacity: DEFAULT_CAPACITY,
  capacityRun: IDLE_RUN,
  setCapacity: (patch) => set((s) => ({ capacity: { ...s.capacity, ...patch } })),
  setCapacityRun: (patch) => set((s) => ({ capacityRun: { ...s.capacityRun, ...patch } })),
});
