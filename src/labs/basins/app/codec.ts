/**
 * The basins view's slice (plane, resolution, updates per probe) as JSON-safe data for share
 * links and the saved set-up, and back, validated. Absent in older links and records: the
 * defaults apply.
 */
import type { PlaneSpec } from '../../../core/basins/basin-types';
import { BASIN_RESOLUTIONS, DEFAULT_BASIN, type BasinSettings } from './slice';
import { int, record, SetupError } from '../../../shell/persist/wire';

export interface WireBasin {
  /** Plane: "m:a,b,c", "mc:a,b" or "pca". */
  p: string;
  r: number;
  s: number;
}

export const MAX_PROBE_STEPS = 200;

export function planeToText(p: PlaneSpec): string {
  if (p.kind === 'memories') return `m:${p.a},${p.b},${p.c}`;
  if (p.kind === 'memories-cue') return `mc:${p.a},${p.b}`;
  return 'pca';
}

/** @param count memories in the bank: indices must fall inside it (when it has three or more). */
export function planeFromText(text: unknown, count: number): PlaneSpec {
  if (typeof text !== 'string') throw new SetupError('the basin plane is not text');
  if (text === 'pca') return { kind: 'pca' };
  const m = /^(m|mc):(\d{1,5}),(\d{1,5})(?:,(\d{1,5}))?$/.exec(text);
  if (!m) throw new SetupError(`bad basin plane "${text.slice(0, 20)}"`);
  const max = Math.max(0, count - 1);
  const idx = (v: string) => int(Number(v), 'basin plane memory', 0, max);
  if (m[1] === 'm') {
    if (m[4] === undefined) throw new SetupError('the basin plane needs three memories');
    return { kind: 'memories', a: idx(m[2]), b: idx(m[3]), c: idx(m[4]) };
  }
  if (m[4] !== undefined) throw new SetupError('the basin plane takes two memories and the cue');
  return { kind: 'memories-cue', a: idx(m[2]), b: idx(m[3]) };
}

export const basinToWire = (b: BasinSettings): WireBasin => ({
  p: planeToText(b.plane),
  r: b.resolution,
  s: b.maxSteps,
});

export function basinFromWire(v: unknown, count: number): BasinSettings {
  const o = record(v, 'the basin slice');
  const r = int(o.r, 'basin resolution', 1, 4096);
  if (!(BASIN_RESOLUTIONS as readonly number[]).includes(r)) {
    throw new SetupError(`basin resolution ${r} is not one of ${BASIN_RESOLUTIONS.join(', ')}`);
  }
  return {
    plane: planeFromText(o.p, count),
    resolution: r,
    maxSteps:
      o.s === undefined
        ? DEFAULT_BASIN.maxSteps
        : int(o.s, 'updates per probe', 1, MAX_PROBE_STEPS),
  };
}
