/** The one application store, built from slices (zustand slices pattern). */
import { create } from 'zustand';
import { createBackendSlice, type BackendSlice } from './backend-slice';
import { createBasinSlice, type BasinSlice } from '../labs/basins/app/slice';
import { createBankSlice, type BankSlice } from './bank-slice';
import { createCueSlice, type CueSlice } from './cue-slice';
import { createDrawingSlice, type DrawingSlice } from './drawing-slice';
import { createLabSlice, type LabSlice } from '../labs/train/app/slice';
import { createParamsSlice, type ParamsSlice } from './params-slice';
import { createRunSlice, type RunSlice } from '../labs/studio/app/slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type DamState = ParamsSlice &
  BankSlice &
  BackendSlice &
  RunSlice &
  UiSlice &
  DrawingSlice &
  CueSlice &
  BasinSlice &
  LabSlice;

export const useDamStore = create<DamState>()((...a) => ({
  ...createParamsSlice(...a),
  ...createBankSlice(...a),
  ...createBackendSlice(...a),
  ...createRunSlice(...a),
  ...createUiSlice(...a),
  ...createDrawingSlice(...a),
  ...createCueSlice(...a),
  ...createBasinSlice(...a),
  ...createLabSlice(...a),
}));
