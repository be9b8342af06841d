/**
 * The basins view's part of the store: the slice of state space (plane, resolution, updates per
 * probe; shared in links) and the status of the current computation. Only plain, small data
 * lives here: the maps, the probe and the curves are in the lab's results cache (results.ts).
 */
import type { StateCreator } from 'zustand';
import type { PlaneSpec } from '../../../core/basins/basin-types';
import type { DamState } from '../../../store';

export const BASIN_RESOLUTIONS = [64, 128, 256, 512] as const;

export interface BasinSettings {
  plane: PlaneSpec;
  /** Cells per side of the finest pass. */
  resolution: number;
  /** Updates per probe before it counts as unconverged. */
  maxSteps: number;
}

export const DEFAULT_BASIN: BasinSettings = {
  plane: { kind: 'memories', a: 0, b: 1, c: 2 },
  resolution: 128,
  maxSteps: 20,
};

export type BasinStatus = 'idle' | 'computing' | 'done' | 'error';

export interface BasinRunState {
  status: BasinStatus;
  /** Cells per side of the pass shown (0: none yet). */
  shownResolution: number;
  /** Share of the finest map done, 0 … 1. */
  progress: number;
  elapsedMs: number;
  error?: string;
  /** Curves: idle, computing (done / total trials), done or error. */
  curves: { status: BasinStatus; done: number; total: number; error?: string };
}

export interface BasinSlice {
  basin: BasinSettings;
  basinRun: BasinRunState;
  setBasin: (patch: Partial<BasinSettings>) => void;
  setBasinRun: (patch: Partial<BasinRunState>) => void;
}

declare module '../../../store' {
  interface LabSlices extends BasinSlice {}
}

export const createBasinSlice: StateCreator<DamState, [], [], BasinSlice> = (set) => ({
  basin: DEFAULT_BASIN,
  basinRun: {
    status: 'idle',
    shownResolution: 0,
    progress: 0,
    elapsedMs: 0,
    curves: { status: 'idle', done: 0, total: 0 },
  },
  setBasin: (patch) => set((s) => ({ basin: { ...s.basin, ...patch } })),
  setBasinRun: (patch) => set((s) => ({ basinRun: { ...s.basinRun, ...patch } })),
});
