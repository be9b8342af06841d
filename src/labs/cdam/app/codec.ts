/**
 * The CDAM lab's part of share links and the saved set-up: the whole set-up, graph included, so
 * a link reproduces the run. valibot through src/schema/fields: unknown keys and out-of-range
 * values are errors naming the field; a graph's edges must fit its nodes. Older links without
 * the part open with the defaults.
 */
import * as v from 'valibot';
import { COUPLINGS } from '../../../core/cdam/types';
import { GRAPH_PRESETS } from '../../../core/cdam/graph';
import { bool, int, list, num, oneOf, seed } from '../../../schema/fields';
import { defineCodec } from '../../../shell/persist/lab-codec';
import { CDAM_SOURCES } from '../worker/api';
import { CDAM_PRESETS } from './presets';
import { CDAM_RANGES as L, SPEEDS, type CdamLabSetup } from './setup';

export type WireCdam = Omit<CdamLabSetup, 'preset' | 'graphPreset'> & {
  preset?: string;
  graphPreset?: string;
};

const PRESET_IDS = CDAM_PRESETS.map((p) => p.id);
const PMAX = L.P[1];

const graphSchema = () =>
  v.pipe(
    v.strictObject({
      P: int(1, PMAX),
      directed: bool(),
      edges: list(
        v.tuple([int(0, PMAX - 1), int(0, PMAX - 1)], 'must be a pair of node numbers'),
        0,
        PMAX * PMAX,
      ),
    }),
    v.forward(
      v.check((g) => g.edges.every(([i, j]) => i < g.P && j < g.P), 'must join nodes of the graph'),
      ['edges'],
    ),
    v.transform((g) => ({ ...g, edges: g.edges.map(([i, j]) => [i, j] as [number, number]) })),
  );

const range = (lo: number, hi: number) =>
  v.pipe(
    v.tuple([num(lo, hi), num(lo, hi)], `must be [low, high] within ${lo} … ${hi}`),
    v.check((r) => r[0] < r[1], 'must have low < high'),
    v.transform((r) => [r[0], r[1]] as [number, number]),
  );

export const cdamSchema = () =>
  v.pipe(
    v.strictObject(
      {
        memories: v.strictObject({
          source: oneOf(CDAM_SOURCES),
          P: int(L.P[0], L.P[1]),
          N: int(L.N[0], L.N[1]),
          seed: seed(),
        }),
        graph: graphSchema(),
        graphPreset: v.optional(oneOf(GRAPH_PRESETS)),
        coupling: oneOf(COUPLINGS),
        params: v.strictObject({
          a: num(-10, 10),
          h: num(-10, 10),
          beta: num(L.beta[0], L.beta[1]),
          eta: num(L.eta[0], L.eta[1]),
        }),
        cue: v.strictObject({ start: int(0, PMAX - 1), noise: num(L.noise[0], 10), seed: seed() }),
        steps: int(L.steps[0], L.steps[1]),
        speed: v.picklist(SPEEDS, `must be one of ${SPEEDS.join(', ')}`),
        phase: v.strictObject({
          aRange: range(-10, 10),
          hRange: range(-10, 10),
          R: int(L.phaseR[0], L.phaseR[1]),
          steps: int(L.phaseSteps[0], L.phaseSteps[1]),
        }),
        preset: v.optional(oneOf(PRESET_IDS)),
      },
      'must be an object with "memories", "graph", "coupling", "params", "cue", "steps", "speed" and "phase"',
    ),
    v.forward(
      v.check((w) => w.graph.P === w.memories.P, 'must have as many nodes as there are memories'),
      ['graph', 'P'],
    ),
    v.forward(
      v.check((w) => w.cue.start < w.memories.P, 'must be one of the memories'),
      ['cue', 'start'],
    ),
    v.transform((w): CdamLabSetup => ({
      ...w,
      preset: w.preset ?? null,
      graphPreset: w.graphPreset ?? null,
    })),
  );

export const cdamToWire = (s: CdamLabSetup): WireCdam => {
  const { preset, graphPreset, ...rest } = s;
  return { ...rest, ...(preset ? { preset } : {}), ...(graphPreset ? { graphPreset } : {}) };
};

export const cdamCodec = defineCodec<CdamLabSetup, WireCdam>({
  linkKey: 'a',
  recordKey: 'cdam',
  schema: () => cdamSchema(),
  save: (s) => cdamToWire(s.cdam),
  load: (setup, s) => s.setCdam(setup),
  changed: (a, b) => a.cdam !== b.cdam,
});
