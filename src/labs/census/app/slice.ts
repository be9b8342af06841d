/**
 * The census lab's part of the store: the set-up (task, network, probes, the classifiers' test
 * and options, the phase map; shared in links and saved), the state picked, and the status of
 * each long job. The results themselves are in the runtime's cache (results.ts).
 */
import type { StateCreator } from 'zustand';
import { IDLE_JOB, type JobProgress } from '../../../shell/jobs';
import { DEFAULT_CLASSIFIER, type ClassifierOptions } from '../../../core/census/models/options';
import { DEFAULT_CENSUS, DEFAULT_PHASE } from '../../../core/census/presets';
import type { CensusSpec, PhaseSpec } from '../../../core/census/types';
import type { DamState } from '../../../store';
import type { TestChoice } from './edit';

export interface CensusSetup {
  spec: CensusSpec;
  /** The preset the set-up was last loaded from (null: edited, or from a link). */
  preset: string | null;
  /** What the classifiers are tested on. */
  test: TestChoice;
  classifier: ClassifierOptions;
  phase: PhaseSpec;
}

export type JobName = 'census' | 'classify' | 'phase';

export interface CensusSlice {
  census: CensusSetup;
  /** The state shown in detail (an index into the census's states), or null. */
  censusPicked: number | null;
  censusJobs: Record<JobName, JobProgress>;
  setCensus: (patch: Partial<CensusSetup>) => void;
  setCensusPicked: (index: number | null) => void;
  setCensusJob: (job: JobName, patch: Partial<JobProgress>) => void;
}

declare module '../../../store' {
  interface LabSlices extends CensusSlice {}
}

export const DEFAULT_CENSUS_SETUP: CensusSetup = {
  spec: DEFAULT_CENSUS,
  preset: 'default',
  test: 'split',
  classifier: DEFAULT_CLASSIFIER,
  phase: DEFAULT_PHASE,
};

export const createCensusSlice: StateCreator<DamState, [], [], CensusSlice> = (set) => ({
  census: DEFAULT_CENSUS_SETUP,
  censusPicked: null,
  censusJobs: { census: IDLE_JOB, classify: IDLE_JOB, phase: IDLE_JOB },
  setCensus: (patch) => set((s) => ({ census: { ...s.census, ...patch } })),
  setCensusPicked: (index) => set({ censusPicked: index }),
  setCensusJob: (job, patch) =>
    set((s) => ({ censusJobs: { ...s.censusJobs, [job]: { ...s.censusJobs[job], ...patch } } })),
});
