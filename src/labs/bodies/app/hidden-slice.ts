/**
 * The hidden-neuron view's part of the bodies lab's store: the set-up (shared in links and
 * saved), the run's job status and the frame shown. The run itself is in the runtime's cache.
 */
import type { StateCreator } from 'zustand';
import { IDLE_JOB, type JobProgress } from '../../../shell/jobs';
import type { DamState } from '../../../store';
import type { HiddenSetup } from '../worker/api';

export const DEFAULT_HIDDEN: HiddenSetup = {
  model: 'B',
  F: 'power',
  n: 10,
  beta: 20,
  tauF: 1,
  tauH: 0.1,
  dt: 0.05,
  steps: 200,
  K: 10,
  cue: 'test',
  memory: 7,
  digit: 7,
  sample: 0,
  noise: 0.3,
  mask: 'none',
  inpaint: 'clamp',
  gain: 1,
  h0: 'zero',
  seed: 1,
};

export interface HiddenPart {
  bodiesHidden: HiddenSetup;
  bodiesHiddenJob: JobProgress;
  /** The frame shown (an index into the run's frames). */
  bodiesHiddenFrame: number;
  /** Whether the frames are playing back, and how many frames per second. */
  bodiesHiddenPlaying: boolean;
  bodiesHiddenSpeed: number;
  setBodiesHidden: (patch: Partial<HiddenSetup>) => void;
  setBodiesHiddenJob: (patch: Partial<JobProgress>) => void;
  setBodiesHiddenFrame: (frame: number) => void;
  setBodiesHiddenPlaying: (playing: boolean) => void;
  setBodiesHiddenSpeed: (fps: number) => void;
}

export const createHiddenPart: StateCreator<DamState, [], [], HiddenPart> = (set) => ({
  bodiesHidden: DEFAULT_HIDDEN,
  bodiesHiddenJob: IDLE_JOB,
  bodiesHiddenFrame: 0,
  bodiesHiddenPlaying: false,
  bodiesHiddenSpeed: 20,
  setBodiesHidden: (patch) => set((s) => ({ bodiesHidden: { ...s.bodiesHidden, ...patch } })),
  setBodiesHiddenJob: (patch) =>
    set((s) => ({ bodiesHiddenJob: { ...s.bodiesHiddenJob, ...patch } })),
  setBodiesHiddenFrame: (frame) => set({ bodiesHiddenFrame: frame }),
  setBodiesHiddenPlaying: (playing) => set({ bodiesHiddenPlaying: playing }),
  setBodiesHiddenSpeed: (fps) => set({ bodiesHiddenSpeed: fps }),
});
