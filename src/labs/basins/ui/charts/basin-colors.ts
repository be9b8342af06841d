/**
 * Colours of basin outcomes: memory k takes the k-th colour of Okabe–Ito extended with Paul
 * Tol's muted colours (all distinguishable under common colour-vision deficiencies); inverted k is
 * the same hue darkened (and hatched by the map); probes that did not converge white. Each
 * distinct mixture gets its own light grey (hatched by the map), each distinct spurious state its
 * own dark grey, both by their place in their kind (attractorRanks); memory cells are lighter the
 * fewer steps they took.
 */
import {
  outcomeMixture,
  outcomeSpurious,
  outcomeUnconverged,
} from '../../../../core/basins/basin-types';
import { OKABE_ITO } from '../../../../charts/palette';

export const MEMORY_COLOURS = [
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.green,
  OKABE_ITO.yellow,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  '#882255',
  '#44AA99',
  '#999933',
  '#332288',
  '#DDCC77',
] as const;

export const MIXTURE = '#9a9a9a';
export const SPURIOUS = '#111111';
export const UNCONVERGED = '#ffffff';

export type Rgb = [number, number, number];

/** Grey levels of distinct spurious states (dark, neighbours far apart), then they repeat. */
export const SPURIOUS_GREYS = [0x14, 0x5a, 0x30, 0x78, 0x44, 0x24, 0x68, 0x3a] as const;
/** Grey levels of distinct mixtures (light), then they repeat. */
export const MIXTURE_GREYS = [0x9a, 0xc4, 0xae, 0xd6, 0xa4, 0xba, 0xcc, 0x90] as const;

/** The grey of the rank-th attractor of a kind. */
export function attractorRgb(kind: 'mixture' | 'spurious', rank: number): Rgb {
  const greys = kind === 'mixture' ? MIXTURE_GREYS : SPURIOUS_GREYS;
  const g = greys[rank % greys.length];
  return [g, g, g];
}

export function hexRgb(hex: string): Rgb {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const MEMORY_RGB = MEMORY_COLOURS.map(hexRgb);

/** Colour of memory k; beyond the palette the colours repeat, darker each round. */
export function memoryRgb(k: number): Rgb {
  const base = MEMORY_RGB[k % MEMORY_RGB.length];
  const f = Math.pow(0.72, Math.floor(k / MEMORY_RGB.length));
  return [base[0] * f, base[1] * f, base[2] * f];
}

export const darker = (c: Rgb, f = 0.55): Rgb => [c[0] * f, c[1] * f, c[2] * f];

export const rgbCss = (c: Rgb): string =>
  `rgb(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])})`;

/** The flat colour of outcome o (before step shading). */
export function outcomeRgb(o: number, K: number): Rgb {
  if (o >= 0 && o < K) return memoryRgb(o);
  if (o >= K && o < 2 * K) return darker(memoryRgb(o - K));
  if (o === outcomeMixture(K)) return hexRgb(MIXTURE);
  if (o === outcomeSpurious(K)) return hexRgb(SPURIOUS);
  if (o === outcomeUnconverged(K)) return hexRgb(UNCONVERGED);
  return [255, 0, 255];
}

/** Mixes towards white: fast probes (few steps) light, slow ones full colour. */
export function shade(c: Rgb, steps: number, maxSteps: number): Rgb {
  const t = Math.min(1, steps / Math.max(1, maxSteps));
  const w = 0.45 * (1 - Math.sqrt(t));
  return [c[0] + (255 - c[0]) * w, c[1] + (255 - c[1]) * w, c[2] + (255 - c[2]) * w];
}
