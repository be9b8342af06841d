/** The random-features view's part of the bodies lab's store (rf-state.ts holds it). */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';
import { createRfState, type RfState } from './rf-state';

export type FeaturesPart = RfState;
export type { RfJobName } from './rf-state';

export const createFeaturesPart: StateCreator<DamState, [], [], FeaturesPart> = (...a) =>
  createRfState(...a);
