/** The random-features view's part of the bodies lab's store (the DrDAM view fills it). */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeaturesPart {}

export const createFeaturesPart: StateCreator<DamState, [], [], FeaturesPart> = () => ({});
