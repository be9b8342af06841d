import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createCueSlice, DEFAULT_CUE, type CueSlice } from './cue-slice';

const store = () => create<CueSlice>()((...a) => createCueSlice(...a));

describe('cue slice', () => {
  it('a cue that switches to the drawing has no added noise by default', () => {
    const s = store();
    expect(s.getState().cue.flipP).toBe(DEFAULT_CUE.flipP);
    expect(DEFAULT_CUE.flipP).toBeGreaterThan(0);
    s.getState().setCue({ start: { kind: 'drawing' } });
    expect(s.getState().cue).toMatchObject({ start: { kind: 'drawing' }, flipP: 0 });
  });

  it('the user can still add noise to the drawn cue, and switching again keeps it', () => {
    const s = store();
    s.getState().setCue({ start: { kind: 'drawing' } });
    s.getState().setCue({ flipP: 0.15 });
    s.getState().setCue({ start: { kind: 'drawing' } });
    expect(s.getState().cue.flipP).toBe(0.15);
  });

  it('a restored cue keeps the noise it was saved with', () => {
    const s = store();
    s.getState().setCue({ ...DEFAULT_CUE, start: { kind: 'drawing' }, flipP: 0.3 });
    expect(s.getState().cue.flipP).toBe(0.3);
  });
});
