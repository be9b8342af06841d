/**
 * How the cue is made (CueSpec: start, flip noise, occluded rectangle, clamp mask). Plain data,
 * replaced wholesale or in part by setCue, so a shared link can restore it. A cue that switches
 * to the drawing starts with no added noise (a clean drawing is the point; the user can still add
 * noise), unless the same call sets the noise too (a link or saved set-up restores it as saved).
 */
import type { StateCreator } from 'zustand';
import type { CueSpec } from '../core/data/contracts';

/** Memory 3 of the default bank (digits 0–9) with a fifth of its pixels flipped. */
export const DEFAULT_CUE: CueSpec = {
  start: { kind: 'memory', index: 3 },
  flipP: 0.2,
  occlude: null,
  clamp: null,
};

export interface CueSlice {
  cue: CueSpec;
  setCue: (partial: Partial<CueSpec>) => void;
  resetCue: () => void;
}

export const createCueSlice: StateCreator<CueSlice, [], [], CueSlice> = (set) => ({
  cue: DEFAULT_CUE,
  setCue: (partial) =>
    set((s) => {
      const toDrawing =
        partial.start?.kind === 'drawing' &&
        s.cue.start.kind !== 'drawing' &&
        partial.flipP === undefined;
      return { cue: { ...s.cue, ...partial, ...(toDrawing ? { flipP: 0 } : {}) } };
    }),
  resetCue: () => set({ cue: DEFAULT_CUE }),
});
