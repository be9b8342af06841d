import { describe, expect, it } from 'vitest';
import { blankImage } from '../../core/data/preprocess';
import { bankPatterns } from '../bank/bank';
import { glyphItem, inlineItem, mnistItem, randomItem } from '../bank/bank-items';
import type { CueSpec } from '../../core/data/contracts';
import { buildCue } from './cue';
import { currentCue, startMemoryIndex } from './current-cue';

// Glyph, random and inline items resolve without the MNIST asset.
const items = [glyphItem('A'), randomItem(4), glyphItem('B'), inlineItem(blankImage(16), 'x')];
const size = 16;

const spec = (over: Partial<CueSpec> = {}): CueSpec => ({
  start: { kind: 'memory', index: 2 },
  flipP: 0.3,
  occlude: { x: 1, y: 2, w: 5, h: 4 },
  clamp: null,
  ...over,
});

describe('currentCue', () => {
  it('equals buildCue over the whole bank', () => {
    for (const index of [0, 1, 2, 3, 42]) {
      const cue = spec({ start: { kind: 'memory', index } });
      const drawing = blankImage(size);
      const whole = buildCue(cue, bankPatterns(items, size, null), drawing, 9);
      const one = currentCue({ cue, items, size, drawing, seed: 9, mnist: null })!;
      expect(Array.from(one.state)).toEqual(Array.from(whole.state));
    }
  });

  it('works for drawing and random starts and an empty bank', () => {
    const drawing = blankImage(size);
    drawing.pixels[5] = 255;
    const cue = spec({ start: { kind: 'drawing' }, flipP: 0, occlude: null });
    expect(currentCue({ cue, items: [], size, drawing, seed: 1, mnist: null })!.state[5]).toBe(1);
    const rnd = spec({ start: { kind: 'random', seed: 3 } });
    expect(currentCue({ cue: rnd, items, size, drawing, seed: 1, mnist: null })!.state.length).toBe(
      256,
    );
  });

  it('is null while an MNIST start memory cannot be resolved', () => {
    const cue = spec({ start: { kind: 'memory', index: 0 } });
    expect(
      currentCue({
        cue,
        items: [mnistItem(5)],
        size,
        drawing: blankImage(size),
        seed: 1,
        mnist: null,
      }),
    ).toBeNull();
  });

  it('clamps the start index into the bank', () => {
    expect(startMemoryIndex(spec({ start: { kind: 'memory', index: 9 } }), 4)).toBe(3);
    expect(startMemoryIndex(spec(), 0)).toBe(-1);
    expect(startMemoryIndex(spec({ start: { kind: 'drawing' } }), 4)).toBe(-1);
  });
});
