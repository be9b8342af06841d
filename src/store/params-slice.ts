/** Model, dynamics and corruption parameters: scalars only, so they can live in a URL. */
import type { StateCreator } from 'zustand';
import type { EnergyKind, UpdateMode, UpdateOrder } from '../core/types';

export interface Params {
  energy: EnergyKind;
  /** Interaction power (polynomial, rectified). */
  n: number;
  /** Inverse temperature β (exponential, softmax). */
  beta: number;
  mode: UpdateMode;
  order: UpdateOrder;
  /** Seeds both the corruption and random update order. */
  seed: number;
  maxSteps: number;
  /** Probability of flipping each pixel of the cue. */
  flipP: number;
  /** Also blank a rectangle (the lower third) of the cue. */
  mask: boolean;
}

/**
 * n = 20 rather than 3: binarised MNIST digits overlap strongly (cosine ≈ 0.6–0.8), and at n = 3 the
 * stored digits are not even fixed points. Krotov & Hopfield (2016) also used n = 20 on MNIST.
 */
export const DEFAULT_PARAMS: Params = {
  energy: 'polynomial',
  n: 20,
  beta: 1,
  mode: 'async',
  order: 'sequential',
  seed: 1,
  maxSteps: 50,
  flipP: 0.2,
  mask: false,
};

export interface ParamsSlice {
  params: Params;
  setParam: <K extends keyof Params>(key: K, value: Params[K]) => void;
  resetParams: () => void;
}

export const createParamsSlice: StateCreator<ParamsSlice, [], [], ParamsSlice> = (set) => ({
  params: DEFAULT_PARAMS,
  setParam: (key, value) => set((s) => ({ params: { ...s.params, [key]: value } })),
  resetParams: () => set({ params: DEFAULT_PARAMS }),
});
