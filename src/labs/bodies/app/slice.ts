/**
 * The bodies lab's part of the store: which view is shown ('hidden': the two-layer network of
 * hidden neurons; 'features': random features), and each view's own part.
 */
import type { StateCreator } from 'zustand';
import type { DamState } from '../../../store';
import { createFeaturesPart, type FeaturesPart } from './features-slice';
import { createHiddenPart, type HiddenPart } from './hidden-slice';

export const BODIES_VIEWS = ['hidden', 'features'] as const;
export type BodiesView = (typeof BODIES_VIEWS)[number];

export interface BodiesSlice extends HiddenPart, FeaturesPart {
  bodiesView: BodiesView;
  setBodiesView: (view: BodiesView) => void;
}

declare module '../../../store' {
  interface LabSlices extends BodiesSlice {}
}

export const createBodiesSlice: StateCreator<DamState, [], [], BodiesSlice> = (...a) => ({
  bodiesView: 'hidden',
  setBodiesView: (view) => a[0]({ bodiesView: view }),
  ...createHiddenPart(...a),
  ...createFeaturesPart(...a),
});
