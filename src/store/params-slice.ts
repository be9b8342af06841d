/**
 * Model and dynamics parameters: flat scalars only, so the share link can serialise them and
 * replace them wholesale (setParams). The cue (noise, occlusion, clamp) lives in the cue slice.
 */
import type { StateCreator } from 'zustand';
import type { UpdateMode, UpdateOrder } from '../core/dynamics/types';
import type { Family } from '../shell/model/model';
import { SPEED_DEFAULT } from '../shell/model/speed';

/** How a Step press advances: one neuron or one sweep (async); sync and softmax: one update. */
export type StepUnit = 'neuron' | 'sweep';
/** How the energy chart shows E: normalised (E / Nⁿ or E / N), signed log, or raw. */
export type EnergyAxis = 'normalised' | 'log' | 'raw';

export interface Params {
  energy: Family;
  /** Interaction power (polynomial, rectified), 2 … 60. */
  n: number;
  /** Inverse temperature (exponential, softmax), 1e-3 … 1e3. */
  beta: number;
  mode: UpdateMode;
  order: UpdateOrder;
  /** Relative temperature of stochastic updates (binary families); 0 = deterministic. */
  temperature: number;
  /** Seeds the cue noise, the random update order and stochastic updates. */
  seed: number;
  /** Playback speed level (src/studio/speed.ts). */
  speed: number;
  /** A run stops after this many steps (sweeps) without settling. */
  maxSteps: number;
  stepUnit: StepUnit;
  energyAxis: EnergyAxis;
}

/**
 * n = 20 rather than 3: binarised MNIST digits overlap strongly (cosine ≈ 0.6–0.8), and at n = 3 the
 * stored digits are not even fixed points. Krotov & Hopfield (2016) also used n = 20 on MNIST.
 */
export const DEFAULT_PARAMS: Params = {
  energy: 'polynomial',
  n: 20,
  beta: 0.05,
  mode: 'async',
  order: 'sequential',
  temperature: 0,
  seed: 1,
  speed: SPEED_DEFAULT,
  maxSteps: 50,
  stepUnit: 'sweep',
  energyAxis: 'normalised',
};

export interface ParamsSlice {
  params: Params;
  setParams: (partial: Partial<Params>) => void;
  setParam: <K extends keyof Params>(key: K, value: Params[K]) => void;
  resetParams: () => void;
}

export const createParamsSlice: StateCreator<ParamsSlice, [], [], ParamsSlice> = (set) => ({
  params: DEFAULT_PARAMS,
  setParams: (partial) => set((s) => ({ params: { ...s.params, ...partial } })),
  setParam: (key, value) => set((s) => ({ params: { ...s.params, [key]: value } })),
  resetParams: () => set({ params: DEFAULT_PARAMS }),
});
