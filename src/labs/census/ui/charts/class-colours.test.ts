import { describe, expect, it } from 'vitest';
import { STATE_CLASSES } from '../../../../core/census/types';
import { CLASS_COLOURS, CLASS_LABELS, CLASS_SYMBOLS, classSymbol } from './class-colours';

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('class colours', () => {
  it('keep 3:1 against the light paper, white and a dark page', () => {
    for (const cls of STATE_CLASSES)
      for (const page of ['#fafaf7', '#ffffff', '#14161f'])
        expect(contrast(CLASS_COLOURS[cls], page), `${cls} on ${page}`).toBeGreaterThanOrEqual(3);
  });

  it('give every class its own colour, name and symbol', () => {
    for (const table of [CLASS_COLOURS, CLASS_LABELS, CLASS_SYMBOLS])
      expect(new Set(STATE_CLASSES.map((c) => table[c])).size).toBe(STATE_CLASSES.length);
    expect(new Set(STATE_CLASSES.map((c) => classSymbol(c, 40))).size).toBe(5);
    expect(classSymbol('spurious', 40)).toMatch(/^M/);
  });
});
