/**
 * The random-features view's part of the store: its set-up (shared in links and saved) and the
 * status of its three long jobs — the 2-D toy, the error-against-Y curve, MNIST inpainting.
 * The results themselves are in the runtime's cache.
 */
import type { StateCreator } from 'zustand';
import { IDLE_JOB, type JobProgress } from '../../../shell/jobs';
import type { DamState } from '../../../store';
import { DEFAULT_FEATURES } from './rf-presets';
import type { FeaturesSetup } from './rf-setup';

export type RfJobName = 'toy' | 'curve' | 'mnist';
export const RF_JOBS: readonly RfJobName[] = ['toy', 'curve', 'mnist'];

export interface RfState {
  features: FeaturesSetup;
  featuresJobs: Record<RfJobName, JobProgress>;
  setFeatures: (patch: Partial<FeaturesSetup>) => void;
  setFeaturesJob: (job: RfJobName, patch: Partial<JobProgress>) => void;
}

export const createRfState: StateCreator<DamState, [], [], RfState> = (set) => ({
  features: DEFAULT_FEATURES,
  featuresJobs: { toy: IDLE_JOB, curve: IDLE_JOB, mnist: IDLE_JOB },
  setFeatures: (patch) => set((s) => ({ features: { ...s.features, ...patch } })),
  setFeaturesJob: (job, patch) =>
    set((s) => ({
      featuresJobs: { ...s.featuresJobs, [job]: { ...s.featuresJobs[job], ...patch } },
    })),
});
