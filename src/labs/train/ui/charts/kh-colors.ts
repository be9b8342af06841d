/**
 * The lab's diverging colour scale for memory values ξ ∈ [−1, 1]: ColorBrewer PuOr (through
 * d3.interpolatePuOr), symmetric around 0 — −1 dark purple, 0 near white, +1 dark orange. Purple
 * and orange stay apart for every common colour-vision deficiency (no red/green). Per-pixel
 * lookups go through a 256-entry table, so a 100-memory grid repaints in well under a frame.
 */
import { interpolatePuOr, rgb } from 'd3';
import { SERIES } from '../../../../charts/palette';

const STEPS = 256;

/** RGB triples, STEPS of them, for v = −1 … +1. */
const TABLE: Uint8ClampedArray = (() => {
  const out = new Uint8ClampedArray(STEPS * 3);
  for (let k = 0; k < STEPS; k++) {
    // PuOr runs orange (t = 1) … purple (t = 0); +1 is orange.
    const c = rgb(interpolatePuOr(k / (STEPS - 1)));
    out[3 * k] = c.r;
    out[3 * k + 1] = c.g;
    out[3 * k + 2] = c.b;
  }
  return out;
})();

/** Index into the table for a value; clamps to [−1, 1] and maps NaN to 0 (the neutral colour). */
export function divergingIndex(v: number): number {
  const x = Number.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
  return Math.round(((x + 1) / 2) * (STEPS - 1));
}

/** [r, g, b] (0–255) of value v on the diverging scale. */
export function divergingRgb(v: number): [number, number, number] {
  const k = 3 * divergingIndex(v);
  return [TABLE[k], TABLE[k + 1], TABLE[k + 2]];
}

/** Writes the colour of v into an RGBA buffer at pixel `p` (alpha 255). */
export function writeDiverging(px: Uint8ClampedArray, p: number, v: number): void {
  const k = 3 * divergingIndex(v);
  px[4 * p] = TABLE[k];
  px[4 * p + 1] = TABLE[k + 1];
  px[4 * p + 2] = TABLE[k + 2];
  px[4 * p + 3] = 255;
}

/** A CSS linear-gradient (left = −1, right = +1) for the colour-bar legend. */
export function divergingGradient(stops = 9): string {
  const parts: string[] = [];
  for (let k = 0; k < stops; k++) {
    const v = -1 + (2 * k) / (stops - 1);
    const [r, g, b] = divergingRgb(v);
    parts.push(`rgb(${r} ${g} ${b}) ${Math.round((100 * k) / (stops - 1))}%`);
  }
  return `linear-gradient(to right, ${parts.join(', ')})`;
}

/** Colour of the lab's i-th run (Okabe–Ito, same order as the studio's compare lanes). */
export const runColour = (i: number): string => SERIES[i % SERIES.length];

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const hexChannels = (hex: string): number[] => {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};

const WHITE = [255, 255, 255];

/**
 * `hex` darkened (same hue) until it reads as text on white at ≥ 4.5:1 (WCAG AA): the Okabe–Ito
 * orange #E69F00 is 2.2:1 as it is, so a run's name is written in a deeper shade of its colour.
 */
export function textSafe(hex: string, background: readonly number[] = WHITE): string {
  let c = hexChannels(hex);
  for (let k = 0; k < 40 && contrastRatio(c, background) < 4.5; k++) {
    c = c.map((v) => Math.floor(v * 0.93));
  }
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The i-th run's colour for text (its name): runColour(i), deep enough to read on white. */
export const runTextColour = (i: number): string => textSafe(runColour(i));
