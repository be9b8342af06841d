/**
 * The live run: its status and per-lane verdicts (low-frequency, for React), the compare set-up,
 * and `live`, the per-frame view that charts read through transient subscriptions
 * (useDamStore.subscribe), never through React selectors.
 */
import type { StateCreator } from 'zustand';
import type { ModelSpec } from '../../../core/dynamics/types';
import type { TrajectoryFrame } from '../../../worker-api/dam-api';
import type { History } from './history';
import type { ModelChoice } from '../../../shell/model/model';
import type { StudioVerdict } from './verdict';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'error';

export interface LaneSummary {
  model: ModelChoice;
  verdict: StudioVerdict | null;
  /** Why retrieval failed and what to try; null when it did not fail. */
  hint: string | null;
  converged: boolean;
  /** Progress in steps at the verdict. */
  t: number;
}

/** One recorded frame with the model it was computed under. */
export interface LiveFrame extends TrajectoryFrame {
  spec: ModelSpec;
  /** Set on the frame recorded right after a model or dynamics change. */
  reconfigured?: boolean;
}

export interface LiveLane {
  spec: ModelSpec;
  history: History<LiveFrame>;
  /** Grid side (√N). */
  side: number;
  clamp: Uint8Array | null;
  /** Name of memory μ. */
  labels: readonly string[];
  /** Memory the cue came from, null for a drawing or random cue. */
  cueMemory: number | null;
}

/** Mutated in place by the run controller; `tick` changes whenever anything in it did. */
export interface LiveView {
  tick: number;
  lanes: LiveLane[];
}

/** Compare mode is on while ui.view === 'compare' (the view carried by share links). */
export interface CompareSetup {
  /** 2 … 4 models run side by side on the same cue. */
  models: ModelChoice[];
}

export const DEFAULT_COMPARE: ModelChoice[] = [
  { energy: 'classical', n: 2, beta: 0.05 },
  { energy: 'polynomial', n: 20, beta: 0.05 },
  { energy: 'softmax', n: 2, beta: 0.05 },
];

export interface RunSlice {
  run: {
    status: RunStatus;
    error?: string;
    lanes: LaneSummary[];
  };
  compare: CompareSetup;
  live: LiveView;
  setRun: (patch: Partial<RunSlice['run']>) => void;
  setCompare: (patch: Partial<CompareSetup>) => void;
  /** Tells subscribers that `live` changed (same lanes, new tick) or replaces its lanes. */
  touchLive: (lanes?: LiveLane[]) => void;
}

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set) => ({
  run: { status: 'idle', lanes: [] },
  compare: { models: DEFAULT_COMPARE },
  live: { tick: 0, lanes: [] },
  setRun: (patch) => set((s) => ({ run: { ...s.run, ...patch } })),
  setCompare: (patch) => set((s) => ({ compare: { ...s.compare, ...patch } })),
  touchLive: (lanes) =>
    set((s) => ({ live: { tick: s.live.tick + 1, lanes: lanes ?? s.live.lanes } })),
});
