/**
 * The CDAM part of a whole share link, as the shell writes and reads it: every preset (graph
 * included) round-trips, and an edited value, an edge off the graph or a graph that does not fit
 * the memories is refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { cdamCodec, cdamToWire } from './codec';
import { CDAM_PRESETS } from './presets';
import { DEFAULT_CDAM } from './setup';

const base = (a: unknown): SharedSetup => ({
  size: 28,
  items: [],
  cue: null,
  params: null,
  drawing: null,
  view: 'cdam',
  compare: null,
  labs: { a },
});

const read = async (wire: unknown) =>
  (await decodeShareHash(await encodeShareHash(base(wire)), [cdamCodec]))!.labs.a;

describe('the CDAM part of a share link', () => {
  it.each(CDAM_PRESETS.map((p) => [p.id, p.setup] as const))(
    'round-trips the %s preset',
    async (_id, setup) => {
      expect(await read(cdamToWire(setup))).toEqual(setup);
    },
  );

  it('keeps an edited graph', async () => {
    const setup = {
      ...DEFAULT_CDAM,
      graph: {
        ...DEFAULT_CDAM.graph,
        directed: true,
        edges: [
          [0, 5],
          [5, 5],
        ] as [number, number][],
      },
      graphPreset: null,
      preset: null,
    };
    expect(await read(cdamToWire(setup))).toEqual(setup);
  });

  it('refuses edited values by name', async () => {
    const w = cdamToWire(DEFAULT_CDAM);
    await expect(read({ ...w, params: { ...w.params, beta: 1e9 } })).rejects.toThrow(
      /^a\.params\.beta: must be a number from 0\.001 to 1000/,
    );
    await expect(read({ ...w, graph: { ...w.graph, edges: [[0, 45]] } })).rejects.toThrow(
      /^a\.graph\.edges/,
    );
    await expect(read({ ...w, graph: { ...w.graph, P: 12, edges: [] } })).rejects.toThrow(
      /^a\.graph\.P: must have as many nodes/,
    );
    await expect(read({ ...w, extra: 1 })).rejects.toThrow(/extra/);
  });
});
