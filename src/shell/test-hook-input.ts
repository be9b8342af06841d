/** The input area's part of `window.__dam` (?e2e=1): the drawing, the cue and the bank size. */
import { useDamStore } from '../store';
import { resolveImage } from './bank/bank';
import { currentCue } from './cue/current-cue';

export interface InputTestApi {
  /** The cue the next run starts from, as plain arrays; null while its memory is not loaded. */
  cue(): { state: number[]; clamp: number[] | null } | null;
  /** The CueSpec as plain JSON (clamp as an array). */
  cueSpec(): unknown;
  /** The drawing: raw strokes, the image as used, its grid size and undo depth. */
  drawing(): { size: number; raw: number[]; image: number[]; undo: number; redo: number };
  /** Number of memories in the bank. */
  bankCount(): number;
  /** Grey pixels (0–255) of memory `index` on the bank's grid; null while it cannot be resolved. */
  memoryGrey(index: number): number[] | null;
}

export const inputTestApi: InputTestApi = {
  cue() {
    const s = useDamStore.getState();
    const built = currentCue({
      cue: s.cue,
      items: s.bank.items,
      size: s.bank.size,
      drawing: s.drawing.image,
      seed: s.params.seed,
    });
    if (!built) return null;
    return { state: Array.from(built.state), clamp: built.clamp ? Array.from(built.clamp) : null };
  },
  cueSpec() {
    const { cue } = useDamStore.getState();
    return { ...cue, clamp: cue.clamp ? Array.from(cue.clamp) : null };
  },
  drawing() {
    const { drawing, drawingHistory } = useDamStore.getState();
    return {
      size: drawing.raw.width,
      raw: Array.from(drawing.raw.pixels),
      image: Array.from(drawing.image.pixels),
      undo: drawingHistory.past.length,
      redo: drawingHistory.future.length,
    };
  },
  bankCount: () => useDamStore.getState().bank.items.length,
  memoryGrey(index) {
    const { bank } = useDamStore.getState();
    const item = bank.items[index];
    if (!item) return null;
    try {
      return Array.from(resolveImage(item.source, bank.size).pixels);
    } catch {
      return null;
    }
  },
};
