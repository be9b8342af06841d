/** The latest retrieval run: its status, its recorded trace and the animation playhead. */
import type { StateCreator } from 'zustand';
import type { Frame, Verdict } from '../core/types';

export type RunStatus = 'idle' | 'running' | 'done' | 'error';

export interface RunResult {
  /** Snapshots from the cue (frame 0) to the final state. */
  frames: Frame[];
  initialEnergy: number;
  /** Energy after each step. */
  energies: number[];
  steps: number;
  converged: boolean;
  final: Float32Array;
  verdict: Verdict;
  /** Digit class of each stored memory, in memory order. */
  memoryLabels: number[];
  /** Memory index the cue was made from. */
  cueMemory: number;
  /** Whether states are ±1 (binary energies) or continuous in [−1, 1] (softmax). */
  continuous: boolean;
  elapsedMs: number;
}

export interface RunSlice {
  run: {
    id: number;
    status: RunStatus;
    error?: string;
    result: RunResult | null;
    /** Index into result.frames currently shown. */
    frame: number;
  };
  setRun: (patch: Partial<RunSlice['run']>) => void;
}

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set) => ({
  run: { id: 0, status: 'idle', result: null, frame: 0 },
  setRun: (patch) => set((s) => ({ run: { ...s.run, ...patch } })),
});
