/**
 * The random-features view's part of the store: its set-up (shared in links and saved) and the
 * status of its three long jobs — the 2-D toy, the error-against-Y curve, MNIST inpainting.
 * The results themselves are in the runtime's cache.
 */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';
import { DEFAULT_FEATURES } from './rf-presets';
import type { FeaturesSetup } from './rf-setup';

export type RfJobName = 'toy' | 'curve' | 'mnist';
export const RF_JOBS: readonly RfJobName[] = ['toy', 'curve', 'mnist'];

export interface RfJob {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  done: number;
  total: number;
  elapsedMs: number;
  error?: string;
}

export const IDLE_RF_JOB: RfJob = { status: 'idle', done: 0, total: 0, elapsedMs: 0 };

export interface RfState {
  features: FeaturesSetup;
  featuresJobs: Record<RfJobName, RfJob>;
  setFeatures: (patch: Partial<FeaturesSetup>) => void;
  setFeaturesJob: (job: RfJobName, patch: Partial<RfJob>) => void;
}

export const createRfState: StateCreator<DamState, [], [], RfState> = (set) => ({
  features: DEFAULT_FEATURES,
  featuresJobs: { toy: IDLE_RF_JOB, curve: IDLE_RF_JOB, mnist: IDLE_RF_JOB },
  setFeatures: (patch) => set((s) => ({ features: { ...s.features, ...patch } })),
  setFeaturesJob: (job, patch) =>
    set((s) => ({
      featuresJobs: { ...s.featuresJobs, [job]: { ...s.featuresJobs[job], ...patch } },
    })),
});
