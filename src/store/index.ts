/**
 * The one application store (zustand slices pattern): the shared slices here, and each lab's
 * slice merged in at start-up from the lab registry (installLabSlices). A lab declares its
 * slice's type by merging it into LabSlices (src/labs/<id>/app/slice.ts):
 *
 *   declare module '../../../store' { interface LabSlices extends BasinSlice {} }
 *
 * so the store never imports a lab, and DamState still knows every slice.
 */
import { create, type StateCreator } from 'zustand';
import { createBackendSlice, type BackendSlice } from './backend-slice';
import { createBankSlice, type BankSlice } from './bank-slice';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createCueSlice, type CueSlice } from './cue-slice';
import { createDrawingSlice, type DrawingSlice } from './drawing-slice';
import { createParamsSlice, type ParamsSlice } from './params-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type SharedState = ParamsSlice &
  BankSlice &
  BackendSlice &
  UiSlice &
  DrawingSlice &
  CueSlice &
  CompareSlice;

/** Filled by the labs through declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LabSlices {}

export type DamState = SharedState & LabSlices;

/** The shared slices as one state creator (tests build a store of their own from it). */
export const sharedSlices: StateCreator<DamState> = (...a) =>
  ({
    ...createParamsSlice(...a),
    ...createBankSlice(...a),
    ...createBackendSlice(...a),
    ...createUiSlice(...a),
    ...createDrawingSlice(...a),
    ...createCueSlice(...a),
    ...createCompareSlice(...a),
  }) as DamState;

export const useDamStore = create<DamState>()(sharedSlices);

const installed = new Set<StateCreator<DamState, [], [], object>>();

/** Merges labs' slices into the store (once each; before the first render). */
export function installLabSlices(
  slices: readonly (StateCreator<DamState, [], [], object> | undefined)[],
): void {
  for (const slice of slices) {
    if (!slice || installed.has(slice)) continue;
    installed.add(slice);
    const part = slice(useDamStore.setState, useDamStore.getState, useDamStore);
    useDamStore.setState(part as Partial<DamState>);
  }
}
