/**
 * The studio's part of the store: the run's status and per-lane verdicts (low-frequency, for
 * React) and whether it compares several models. The per-frame data (each lane's recorded
 * frames) lives in the studio's live cache (live.ts), not here.
 */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';
import type { ModelChoice } from '../../../shell/model/model';
import type { Progress, StudioVerdict } from './verdict';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'error';

/** What a change of the model (n, β, family, update mode, temperature) does to a run. */
export type OnModelChange = 'continue' | 'restart';
export const ON_MODEL_CHANGE = ['continue', 'restart'] as const;

export interface LaneSummary {
  model: ModelChoice;
  verdict: StudioVerdict | null;
  /** Why retrieval failed and what to try; null when it did not fail. */
  hint: string | null;
  converged: boolean;
  /**
   * Set while the shown frame has neither settled nor reached the step limit: the verdict is not
   * due yet, only where the state stands.
   */
  progress: Progress | null;
  /** Progress in steps at the verdict. */
  t: number;
  /** Stability ratio min|e_i| / max|e_i| of a final state (binary families); null otherwise. */
  sr?: number | null;
}

export interface StudioSlice {
  run: {
    status: RunStatus;
    error?: string;
    lanes: LaneSummary[];
  };
  studio: {
    /** Compare mode: the compared models (store/compare-slice.ts) run side by side. */
    compare: boolean;
    /** Go on from the current state under the new model, or start again from the cue. */
    onModelChange: OnModelChange;
  };
  setRun: (patch: Partial<StudioSlice['run']>) => void;
  setStudio: (patch: Partial<StudioSlice['studio']>) => void;
}

declare module '../../../store' {
  interface LabSlices extends StudioSlice {}
}

export const createStudioSlice: StateCreator<DamState, [], [], StudioSlice> = (set) => ({
  run: { status: 'idle', lanes: [] },
  studio: { compare: false, onModelChange: 'continue' },
  setRun: (patch) => set((s) => ({ run: { ...s.run, ...patch } })),
  setStudio: (patch) => set((s) => ({ studio: { ...s.studio, ...patch } })),
});
