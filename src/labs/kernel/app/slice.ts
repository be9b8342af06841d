/**
 * The kernel lab's part of the store: the set-up (memories, the U-Hop+ training, the kernelized
 * retrieval, the basin map and the metastable table; shared in links and saved), the preset it
 * came from, the iteration the scrubber shows, whether the training is paused, and each long
 * job's status (src/shell/jobs.ts). The results themselves live in the runtime's cache.
 */
import type { StateCreator } from 'zustand';
import type { KhmSpec, Normaliser, UhopSpec } from '../../../core/kernel/types';
import { IDLE_JOB, type JobProgress } from '../../../shell/jobs';
import type { DamState } from '../../../store';
import type { KernelMemoriesSpec } from '../worker/api';

export interface KernelBasinSetup {
  /** Cells per side (8 … 160). */
  R: number;
  /** Converged when within tol of a memory. */
  tol: number;
  /** 'identity': the 2-D toy's own plane; 'memories': the plane through memories 1, 2, 3. */
  plane: 'identity' | 'memories';
  /** Where the map retrieves: the KHM in memory space, or the paper's Fig. 2 in feature space. */
  space: 'memory' | 'feature';
}

export interface KernelMetastableSetup {
  queries: number;
  threshold: number;
  maxK: number;
  normalisers: Normaliser[];
}

export interface KernelSetup {
  memories: KernelMemoriesSpec;
  uhop: UhopSpec;
  khm: KhmSpec;
  basin: KernelBasinSetup;
  metastable: KernelMetastableSetup;
  /** What "before" is: Φ = identity (the plain softmax model) or the seeded initial map. */
  raw: 'identity' | 'initial';
  /** The preset the set-up was last loaded from (null: edited or from a link). */
  preset: string | null;
}

export const KERNEL_JOBS = ['train', 'basins', 'contours', 'metastable'] as const;
export type KernelJobName = (typeof KERNEL_JOBS)[number];

export interface KernelSlice {
  kernel: KernelSetup;
  kernelJobs: Record<KernelJobName, JobProgress>;
  /** The iteration the scrubber shows (null: the latest). */
  kernelScrub: number | null;
  /** The running training is held after its current iteration. */
  kernelPaused: boolean;
  setKernel: (patch: Partial<KernelSetup>) => void;
  setKernelJob: (job: KernelJobName, patch: Partial<JobProgress>) => void;
  setKernelScrub: (iteration: number | null) => void;
  setKernelPaused: (paused: boolean) => void;
}

declare module '../../../store' {
  interface LabSlices extends KernelSlice {}
}

export const DEFAULT_KERNEL_SETUP: KernelSetup = {
  memories: { source: 'gaussian', M: 6, D: 10, sphere: true, seed: 1 },
  uhop: {
    dPhi: 3,
    tau: 0.1,
    lr: 0.05,
    optimiser: 'adam',
    iterations: 500,
    seed: 1,
    bias: false,
  },
  khm: { beta: 8, normaliser: 'softmax', iterations: 5 },
  basin: { R: 48, tol: 0.001, plane: 'memories', space: 'memory' },
  metastable: { queries: 100, threshold: 0.01, maxK: 6, normalisers: ['softmax'] },
  raw: 'initial',
  preset: 'tammes-6',
};

export const createKernelSlice: StateCreator<DamState, [], [], KernelSlice> = (set) => ({
  kernel: DEFAULT_KERNEL_SETUP,
  kernelJobs: {
    train: IDLE_JOB,
    basins: IDLE_JOB,
    contours: IDLE_JOB,
    metastable: IDLE_JOB,
  },
  kernelScrub: null,
  kernelPaused: false,
  setKernel: (patch) => set((s) => ({ kernel: { ...s.kernel, ...patch } })),
  setKernelJob: (job, patch) =>
    set((s) => ({ kernelJobs: { ...s.kernelJobs, [job]: { ...s.kernelJobs[job], ...patch } } })),
  setKernelScrub: (iteration) => set({ kernelScrub: iteration }),
  setKernelPaused: (paused) => set({ kernelPaused: paused }),
});
