import { describe, expect, it } from 'vitest';
import type { Patterns } from '../../core/dynamics/types';
import type { CueSpec } from '../../core/data/contracts';
import type { GreyImage } from '../../core/data/images';
import { buildCue } from './cue';

const SIZE = 8;
const DIM = SIZE * SIZE;

function bank(): Patterns {
  const data = new Float32Array(3 * DIM);
  for (let mu = 0; mu < 3; mu++)
    for (let i = 0; i < DIM; i++) data[mu * DIM + i] = (i + mu) % 3 === 0 ? 1 : -1;
  return { count: 3, dim: DIM, data };
}

const drawing = (size = SIZE): GreyImage => {
  const pixels = new Uint8Array(size * size);
  pixels[0] = 255;
  return { width: size, height: size, pixels };
};

const spec = (over: Partial<CueSpec> = {}): CueSpec => ({
  start: { kind: 'memory', index: 1 },
  flipP: 0,
  occlude: null,
  clamp: null,
  ...over,
});

describe('buildCue', () => {
  it('starts from the chosen memory, unchanged without corruption', () => {
    const { state, clamp } = buildCue(spec(), bank(), drawing(), 1);
    expect(Array.from(state)).toEqual(Array.from(bank().data.subarray(DIM, 2 * DIM)));
    expect(clamp).toBeNull();
  });

  it('clamps a memory index outside the bank and gives background for an empty bank', () => {
    const last = buildCue(spec({ start: { kind: 'memory', index: 99 } }), bank(), drawing(), 1);
    expect(Array.from(last.state)).toEqual(Array.from(bank().data.subarray(2 * DIM)));
    const empty = buildCue(spec(), { count: 0, dim: DIM, data: new Float32Array(0) }, drawing(), 1);
    expect(empty.state.every((v) => v === -1)).toBe(true);
  });

  it('starts from the drawing, resampled to the bank grid', () => {
    const own = buildCue(spec({ start: { kind: 'drawing' } }), bank(), drawing(), 1).state;
    expect(own[0]).toBe(1);
    expect(own[1]).toBe(-1);
    const big = buildCue(spec({ start: { kind: 'drawing' } }), bank(), drawing(16), 1).state;
    expect(big.length).toBe(DIM);
    expect(big[0]).toBeCloseTo(-1 + 2 * (255 / 4 / 255), 1);
  });

  it('is the same for the same seeds and different for another', () => {
    const c = spec({ start: { kind: 'random', seed: 5 }, flipP: 0.3 });
    const a = buildCue(c, bank(), drawing(), 7).state;
    expect(Array.from(buildCue(c, bank(), drawing(), 7).state)).toEqual(Array.from(a));
    expect(Array.from(buildCue(c, bank(), drawing(), 8).state)).not.toEqual(Array.from(a));
    const other = buildCue({ ...c, start: { kind: 'random', seed: 6 } }, bank(), drawing(), 7);
    expect(Array.from(other.state)).not.toEqual(Array.from(a));
    expect(a.every((v) => v === 1 || v === -1)).toBe(true);
  });

  it('flips about a fraction p of the pixels', () => {
    const big: Patterns = { count: 1, dim: 64 * 64, data: new Float32Array(64 * 64).fill(1) };
    const { state } = buildCue(
      spec({ start: { kind: 'memory', index: 0 }, flipP: 0.25 }),
      big,
      drawing(64),
      3,
    );
    const flipped = state.filter((v) => v === -1).length / state.length;
    expect(flipped).toBeGreaterThan(0.22);
    expect(flipped).toBeLessThan(0.28);
  });

  it('sets the occluded rectangle to background, after the noise', () => {
    const occlude = { x: 2, y: 3, w: 4, h: 2 };
    const { state } = buildCue(spec({ flipP: 0.5, occlude }), bank(), drawing(), 1);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        if (x >= 2 && x < 6 && y >= 3 && y < 5) expect(state[y * SIZE + x]).toBe(-1);
      }
    }
  });

  it('passes the clamp mask through, and drops an empty or wrong-sized one', () => {
    const mask = new Uint8Array(DIM);
    mask[10] = 1;
    expect(Array.from(buildCue(spec({ clamp: mask }), bank(), drawing(), 1).clamp ?? [])).toEqual(
      Array.from(mask),
    );
    expect(buildCue(spec({ clamp: new Uint8Array(DIM) }), bank(), drawing(), 1).clamp).toBeNull();
    expect(
      buildCue(spec({ clamp: new Uint8Array(5).fill(1) }), bank(), drawing(), 1).clamp,
    ).toBeNull();
  });

  it('never modifies its inputs', () => {
    const b = bank();
    const before = b.data.slice();
    buildCue(spec({ flipP: 0.5, occlude: { x: 0, y: 0, w: 8, h: 8 } }), b, drawing(), 1);
    expect(Array.from(b.data)).toEqual(Array.from(before));
  });
});
