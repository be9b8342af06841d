/** Which compute backend the worker chose and why, as reported by its init(). */
import type { StateCreator } from 'zustand';
import type { BackendInfo, BackendPreference } from '../worker-api/backend';

export type BackendStatus = 'starting' | 'ready' | 'restarting' | 'error';

export interface BackendSlice {
  backend: {
    requested: BackendPreference;
    status: BackendStatus;
    info: BackendInfo | null;
    error?: string;
  };
  setBackend: (patch: Partial<BackendSlice['backend']>) => void;
}

export const createBackendSlice: StateCreator<BackendSlice, [], [], BackendSlice> = (set) => ({
  backend: { requested: 'auto', status: 'starting', info: null },
  setBackend: (patch) => set((s) => ({ backend: { ...s.backend, ...patch } })),
});
