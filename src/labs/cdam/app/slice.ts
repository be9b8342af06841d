/**
 * The CDAM lab's part of the store: the set-up (memories, graph, coupling, the live a, h, β, η,
 * the cue, the run's length and speed, the phase map's grid; shared in links and saved), the
 * run's status and step, the node selected in the graph editor, and each experiment's job. The
 * state, the correlation trace and the experiments' results live in the runtime's cache.
 */
import type { StateCreator } from 'zustand';
import { IDLE_JOB, type JobProgress } from '../../../shell/jobs';
import type { DamState } from '../../../store';
import { DEFAULT_CDAM, type CdamLabSetup } from './setup';

export const CDAM_JOBS = ['range', 'sequence', 'automaton', 'phase'] as const;
export type CdamJobName = (typeof CDAM_JOBS)[number];

export type CdamRunStatus = 'empty' | 'ready' | 'playing' | 'paused' | 'done' | 'error';

export interface CdamRunState {
  status: CdamRunStatus;
  /** Steps taken. */
  t: number;
  error?: string;
}

export interface CdamSlice {
  cdam: CdamLabSetup;
  cdamRun: CdamRunState;
  cdamJobs: Record<CdamJobName, JobProgress>;
  cdamSelected: number | null;
  setCdam: (patch: Partial<CdamLabSetup>) => void;
  setCdamRun: (patch: Partial<CdamRunState>) => void;
  setCdamJob: (job: CdamJobName, patch: Partial<JobProgress>) => void;
  setCdamSelected: (node: number | null) => void;
}

declare module '../../../store' {
  interface LabSlices extends CdamSlice {}
}

export const createCdamSlice: StateCreator<DamState, [], [], CdamSlice> = (set) => ({
  cdam: DEFAULT_CDAM,
  cdamRun: { status: 'empty', t: 0 },
  cdamJobs: { range: IDLE_JOB, sequence: IDLE_JOB, automaton: IDLE_JOB, phase: IDLE_JOB },
  cdamSelected: null,
  setCdam: (patch) => set((s) => ({ cdam: { ...s.cdam, ...patch } })),
  setCdamRun: (patch) => set((s) => ({ cdamRun: { ...s.cdamRun, ...patch } })),
  setCdamJob: (job, patch) =>
    set((s) => ({ cdamJobs: { ...s.cdamJobs, [job]: { ...s.cdamJobs[job], ...patch } } })),
  setCdamSelected: (node) => set({ cdamSelected: node }),
});
