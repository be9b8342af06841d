/**
 * JSON-safe forms of the studio's plain data (typed arrays as base64) and their validating
 * parsers, shared by the bank file, the IndexedDB record and share links. Every parser takes
 * `unknown` and either returns well-formed data or throws SetupError naming what is wrong.
 */
import { GLYPH_LETTERS } from '../../core/data/datasets';
import { base64ToBytes, bytesToBase64, packBits, unpackBits } from '../link/base64';
import { labelFor, MNIST_COUNT, newItemId } from '../bank/bank-items';
import {
  GRID_MAX,
  GRID_MIN,
  type CueSpec,
  type CueStart,
  type GreyImage,
  type MemoryItem,
  type PatternSource,
} from '../../core/data/contracts';

export class SetupError extends Error {
  override name = 'SetupError';
}

const fail = (msg: string): never => {
  throw new SetupError(msg);
};

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function record(v: unknown, what: string): Record<string, unknown> {
  return isRecord(v) ? v : fail(`${what} is not an object`);
}

export function int(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return fail(`${what} must be a whole number from ${min} to ${max} (got ${JSON.stringify(v)})`);
  }
  return v;
}

function num(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    return fail(`${what} must be a number from ${min} to ${max} (got ${JSON.stringify(v)})`);
  }
  return v;
}

function str(v: unknown, what: string, maxLength: number): string {
  if (typeof v !== 'string' || v.length > maxLength) {
    return fail(`${what} must be text of at most ${maxLength} characters`);
  }
  return v;
}

function bytes(v: unknown, what: string): Uint8Array {
  if (typeof v !== 'string') return fail(`${what} must be base64 text`);
  try {
    return base64ToBytes(v);
  } catch {
    return fail(`${what} is not valid base64`);
  }
}

export const gridSize = (v: unknown, what = 'grid size'): number =>
  int(v, what, GRID_MIN, GRID_MAX);

// ---- images ----

export interface WireImage {
  width: number;
  height: number;
  pixels: string;
}

export const imageToWire = (img: GreyImage): WireImage => ({
  width: img.width,
  height: img.height,
  pixels: bytesToBase64(img.pixels),
});

export function imageFromWire(v: unknown, what: string): GreyImage {
  const o = record(v, what);
  const width = int(o.width, `${what} width`, 1, 256);
  const height = int(o.height, `${what} height`, 1, 256);
  const pixels = bytes(o.pixels, `${what} pixels`);
  if (pixels.length !== width * height) {
    fail(`${what} has ${pixels.length} pixels, expected ${width}×${height}`);
  }
  return { width, height, pixels };
}

// ---- memory items ----

export type WireSource =
  | { kind: 'mnist'; index: number }
  | { kind: 'glyph'; letter: string }
  | { kind: 'random'; seed: number }
  | ({ kind: 'inline' } & WireImage);

export interface WireItem {
  label: string;
  source: WireSource;
}

export function sourceToWire(source: PatternSource): WireSource {
  return source.kind === 'inline' ? { kind: 'inline', ...imageToWire(source.image) } : source;
}

export function sourceFromWire(v: unknown, what: string): PatternSource {
  const o = record(v, what);
  switch (o.kind) {
    case 'mnist':
      return { kind: 'mnist', index: int(o.index, `${what} MNIST index`, 0, MNIST_COUNT - 1) };
    case 'glyph': {
      const letter = str(o.letter, `${what} letter`, 1).toUpperCase();
      if (letter.length !== 1 || !GLYPH_LETTERS.includes(letter)) {
        fail(`${what} letter must be one of ${GLYPH_LETTERS}`);
      }
      return { kind: 'glyph', letter };
    }
    case 'random':
      return { kind: 'random', seed: int(o.seed, `${what} seed`, 0, 0xffffffff) };
    case 'inline':
      return { kind: 'inline', image: imageFromWire(o, what) };
    default:
      return fail(`${what} has unknown kind ${JSON.stringify(o.kind)}`);
  }
}

export const itemToWire = (item: MemoryItem): WireItem => ({
  label: item.label,
  source: sourceToWire(item.source),
});

export function itemFromWire(v: unknown, what: string): MemoryItem {
  const o = record(v, what);
  const source = sourceFromWire(o.source, what);
  const label = o.label === undefined ? labelFor(source) : str(o.label, `${what} label`, 120);
  return { id: newItemId(), label, source };
}

// ---- cue ----

export interface WireCue {
  start: CueStart;
  flipP: number;
  occlude: CueSpec['occlude'];
  /** Packed bits, base64; null for no clamp mask. */
  clamp: string | null;
}

export const cueToWire = (cue: CueSpec): WireCue => ({
  start: cue.start,
  flipP: cue.flipP,
  occlude: cue.occlude,
  clamp: cue.clamp ? bytesToBase64(packBits(cue.clamp)) : null,
});

/** @param size grid side the cue belongs to; @param count memories in the bank. */
export function cueFromWire(v: unknown, size: number, count: number): CueSpec {
  const o = record(v, 'cue');
  const s = record(o.start, 'cue start');
  let start: CueStart;
  if (s.kind === 'memory') {
    start = { kind: 'memory', index: int(s.index, 'cue memory', 0, Math.max(0, count - 1)) };
  } else if (s.kind === 'drawing') {
    start = { kind: 'drawing' };
  } else if (s.kind === 'random') {
    start = { kind: 'random', seed: int(s.seed, 'cue seed', 0, 0xffffffff) };
  } else {
    return fail(`cue start has unknown kind ${JSON.stringify(s.kind)}`);
  }
  const flipP = num(o.flipP, 'flip noise', 0, 1);
  let occlude: CueSpec['occlude'] = null;
  if (o.occlude !== null && o.occlude !== undefined) {
    const r = record(o.occlude, 'occluded rectangle');
    const x = int(r.x, 'occluded x', 0, size - 1);
    const y = int(r.y, 'occluded y', 0, size - 1);
    occlude = {
      x,
      y,
      w: int(r.w, 'occluded width', 0, size - x),
      h: int(r.h, 'occluded height', 0, size - y),
    };
  }
  let clamp: Uint8Array | null = null;
  if (o.clamp !== null && o.clamp !== undefined) {
    try {
      clamp = unpackBits(bytes(o.clamp, 'clamp mask'), size * size);
    } catch (err) {
      if (err instanceof SetupError) throw err;
      fail(`clamp mask does not fit the ${size}×${size} grid`);
    }
  }
  return { start, flipP, occlude, clamp };
}

// ---- params ----

/**
 * Keeps the keys of `value` that the current params have, with the same type (finite numbers,
 * strings, booleans; arrays and objects as they are). Unknown keys are dropped, wrong types throw.
 */
export function paramsFromWire<T extends object>(value: unknown, current: T): Partial<T> {
  const o = record(value, 'model parameters');
  const out: Record<string, unknown> = {};
  const cur = current as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (!(k in cur)) continue;
    const want = cur[k];
    const ok =
      typeof want === 'number'
        ? typeof v === 'number' && Number.isFinite(v)
        : Array.isArray(want)
          ? Array.isArray(v)
          : want === null || typeof v === typeof want;
    if (!ok) fail(`model parameter "${k}" has the wrong type`);
    out[k] = v;
  }
  return out as Partial<T>;
}
