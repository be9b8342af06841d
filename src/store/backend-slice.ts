/** Which compute backend the worker chose and why, as reported by its init(). */
import type { StateCreator } from 'zustand';
import type { BackendInfo, BackendPreference } from '../worker-api/backend';

/**
 * starting: the worker is loading; calibrating: it answers (exact core work such as the studio's
 * trajectories can run) while it times the tfjs backends; ready: the backend is chosen.
 */
export type BackendStatus = 'starting' | 'calibrating' | 'ready' | 'restarting' | 'error';

/** Whether the worker takes core work (it may still be choosing its tfjs backend). */
export const workerUp = (status: BackendStatus): boolean =>
  status === 'ready' || status === 'calibrating';

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
