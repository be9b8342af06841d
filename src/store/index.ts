/** The one application store, built from slices (zustand slices pattern). */
import { create } from 'zustand';
import { createBackendSlice, type BackendSlice } from './backend-slice';
import { createMemoriesSlice, type MemoriesSlice } from './memories-slice';
import { createParamsSlice, type ParamsSlice } from './params-slice';
import { createRunSlice, type RunSlice } from './run-slice';

export type DamState = ParamsSlice & MemoriesSlice & BackendSlice & RunSlice;

export const useDamStore = create<DamState>()((...a) => ({
  ...createParamsSlice(...a),
  ...createMemoriesSlice(...a),
  ...createBackendSlice(...a),
  ...createRunSlice(...a),
}));
