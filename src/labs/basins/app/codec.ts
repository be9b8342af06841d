/**
 * The basins view's part of links and the saved set-up: the plane (as text: "m:a,b,c",
 * "mc:a,b" or "pca"), the resolution and the updates per probe, validated against the bank being
 * restored. Absent in older links and records: the defaults apply.
 */
import * as v from 'valibot';
import type { PlaneSpec } from '../../../core/basins/basin-types';
import { int } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { BASIN_RESOLUTIONS, DEFAULT_BASIN, type BasinSettings } from './slice';

export interface WireBasin {
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

/** The plane in `text`, or why it is not one (indices must fall inside a bank of `count`). */
export function parsePlane(text: string, count: number): PlaneSpec | string {
  if (text === 'pca') return { kind: 'pca' };
  const m = /^(m|mc):(\d{1,5}),(\d{1,5})(?:,(\d{1,5}))?$/.exec(text);
  if (!m) return 'must be "m:a,b,c", "mc:a,b" or "pca"';
  const max = Math.max(0, count - 1);
  const idx = [m[2], m[3], m[4]].filter((x) => x !== undefined).map(Number);
  if (idx.some((i) => i > max)) return `must name memories from 0 to ${max}`;
  if (m[1] === 'm') {
    if (idx.length !== 3) return 'needs three memories';
    return { kind: 'memories', a: idx[0], b: idx[1], c: idx[2] };
  }
  if (idx.length !== 2) return 'takes two memories and the cue';
  return { kind: 'memories-cue', a: idx[0], b: idx[1] };
}

const planeSchema = (count: number) =>
  v.pipe(
    v.string('must be text'),
    v.maxLength(20, 'must be "m:a,b,c", "mc:a,b" or "pca"'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const plane = parsePlane(dataset.value, count);
      if (typeof plane === 'string') {
        addIssue({ message: plane });
        return NEVER;
      }
      return plane;
    }),
  );

/** The wire form's schema, decoding straight to settings. */
export const basinSchema = (count: number) =>
  v.pipe(
    v.strictObject({
      p: planeSchema(count),
      r: v.picklist(BASIN_RESOLUTIONS, `must be one of ${BASIN_RESOLUTIONS.join(', ')}`),
      s: v.optional(int(1, MAX_PROBE_STEPS), DEFAULT_BASIN.maxSteps),
    }),
    v.transform((o): BasinSettings => ({ plane: o.p, resolution: o.r, maxSteps: o.s })),
  );

export const basinToWire = (b: BasinSettings): WireBasin => ({
  p: planeToText(b.plane),
  r: b.resolution,
  s: b.maxSteps,
});

export const basinCodec = defineCodec<BasinSettings, WireBasin>({
  linkKey: 'g',
  recordKey: 'basin',
  schema: ({ count }) => basinSchema(count),
  save: (s) => basinToWire(s.basin),
  load: (settings, s) => s.setBasin(settings),
  changed: (a, b) => a.basin !== b.basin,
});
