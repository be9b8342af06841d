import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  divergingGradient,
  divergingIndex,
  divergingRgb,
  runColour,
  runTextColour,
  writeDiverging,
} from './kh-colors';

const lum = ([r, g, b]: number[]) => 0.299 * r + 0.587 * g + 0.114 * b;

describe('diverging memory colours', () => {
  it('is near white at 0 and dark at both ends, purple for −1 and orange for +1', () => {
    expect(lum(divergingRgb(0))).toBeGreaterThan(225);
    expect(lum(divergingRgb(-1))).toBeLessThan(60);
    expect(lum(divergingRgb(1))).toBeLessThan(100);
    const [pr, , pb] = divergingRgb(-1);
    expect(pb).toBeGreaterThan(pr); // purple: more blue than red
    const [or, , ob] = divergingRgb(1);
    expect(or).toBeGreaterThan(ob); // orange: more red than blue
  });

  it('is symmetric in lightness around 0 and monotone towards each end', () => {
    for (const v of [0.25, 0.5, 0.75]) {
      expect(Math.abs(lum(divergingRgb(v)) - lum(divergingRgb(-v)))).toBeLessThan(45);
    }
    const steps = [0, 0.25, 0.5, 0.75, 1];
    for (let k = 1; k < steps.length; k++) {
      expect(lum(divergingRgb(steps[k]))).toBeLessThan(lum(divergingRgb(steps[k - 1])));
      expect(lum(divergingRgb(-steps[k]))).toBeLessThan(lum(divergingRgb(-steps[k - 1])));
    }
  });

  it('clamps out-of-range values and maps NaN to the neutral colour', () => {
    expect(divergingIndex(-5)).toBe(divergingIndex(-1));
    expect(divergingIndex(5)).toBe(divergingIndex(1));
    expect(divergingIndex(Number.NaN)).toBe(divergingIndex(0));
    expect(divergingIndex(-1)).toBe(0);
    expect(divergingIndex(1)).toBe(255);
  });

  it('writes opaque RGBA and builds a CSS gradient from −1 to +1', () => {
    const px = new Uint8ClampedArray(8);
    writeDiverging(px, 1, 1);
    expect(Array.from(px.subarray(4, 7))).toEqual(divergingRgb(1));
    expect(px[7]).toBe(255);
    const g = divergingGradient(3);
    expect(g).toMatch(/^linear-gradient\(to right, rgb\(.+\) 0%, rgb\(.+\) 50%, rgb\(.+\) 100%\)$/);
  });
});

describe('run colours as text', () => {
  it('every run name reads on white at ≥ 4.5:1 and keeps its hue', () => {
    const hex = (s: string) => [1, 3, 5].map((o) => parseInt(s.slice(o, o + 2), 16));
    expect(contrastRatio(hex('#E69F00'), [255, 255, 255])).toBeLessThan(2.5);
    for (let i = 0; i < 7; i++) {
      const text = hex(runTextColour(i));
      const base = hex(runColour(i));
      expect(contrastRatio(text, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
      // Darkened, never shifted: the channel order of the hue stays.
      const order = (c: number[]) => [0, 1, 2].sort((a, b) => c[b] - c[a]).join('');
      if (Math.max(...base) - Math.min(...base) > 40) expect(order(text)).toBe(order(base));
    }
    // Distinct runs stay distinct as text.
    expect(new Set(Array.from({ length: 7 }, (_, i) => runTextColour(i))).size).toBe(7);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 6);
  });
});
