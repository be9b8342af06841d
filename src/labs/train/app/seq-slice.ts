/**
 * The sequential mode's part of the store: which mode the training lab shows, the sequential
 * set-up, the preset it came from, and the run's status with per-run progress. Every epoch's
 * accuracies and the memories live in the runtime's cache (seq-results.ts).
 */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';
import { DEFAULT_SEQ_SETUP, type SeqLabSetup } from './seq-setup';

export type SeqStatus = 'idle' | 'running' | 'paused' | 'finished' | 'cancelled' | 'error';

export interface SeqState {
  mode: 'single' | 'sequential';
  setup: SeqLabSetup;
  preset: string | null;
  status: SeqStatus;
  error?: string;
  /** Epochs done over the whole sequence, per run id. */
  done: number[];
  /** Page-side time of the last finished sequence, ms. */
  elapsedMs: number;
}

export interface SeqSlice {
  seq: SeqState;
  setSeq: (patch: Partial<SeqState>) => void;
  setSeqSetup: (patch: Partial<SeqLabSetup>) => void;
}

declare module '../../../store' {
  interface LabSlices extends SeqSlice {}
}

export const createSeqSlice: StateCreator<DamState, [], [], SeqSlice> = (set) => ({
  seq: {
    mode: 'single',
    setup: DEFAULT_SEQ_SETUP,
    preset: 'naive-n',
    status: 'idle',
    done: [],
    elapsedMs: 0,
  },
  setSeq: (patch) => set((s) => ({ seq: { ...s.seq, ...patch } })),
  setSeqSetup: (patch) =>
    set((s) => ({ seq: { ...s.seq, setup: { ...s.seq.setup, ...patch }, preset: null } })),
});
