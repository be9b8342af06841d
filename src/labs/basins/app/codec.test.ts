import { describe, expect, it } from 'vitest';
import { mnistItem } from '../../../shell/bank/bank-items';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { setupFromRecord, setupToRecord, type Setup } from '../../../shell/persist/setup-record';
import { InputError, parseInput } from '../../../schema/parse';
import { basinCodec, basinSchema, basinToWire, parsePlane, planeToText } from './codec';
import type { BasinSettings } from './slice';

const PARAMS = { energy: 'polynomial', n: 20, beta: 1 } as const;
const MODEL = { energy: 'polynomial', n: 2, beta: 1 } as const;
const size = 28;
const blank = { width: size, height: size, pixels: new Uint8Array(size * size) };
const codecs = [basinCodec];
const basinFromWire = (w: unknown, count: number) =>
  parseInput(basinSchema(count), w, { maxDepth: 3, at: 'g' });

function shared(basin?: BasinSettings): SharedSetup {
  return {
    size,
    items: [0, 1, 2, 3, 4, 5].map(mnistItem),
    cue: null,
    params: PARAMS,
    drawing: null,
    view: 'basins',
    compare: null,
    labs: basin ? { g: basinToWire(basin) } : {},
  };
}

describe('basin slice in links and saved set-ups', () => {
  it('round-trips every plane kind through text', () => {
    for (const p of [
      { kind: 'memories', a: 0, b: 4, c: 5 },
      { kind: 'memories-cue', a: 3, b: 1 },
      { kind: 'pca' },
    ] as const) {
      expect(parsePlane(planeToText(p), 6)).toEqual(p);
    }
  });

  it('rejects bad planes and resolutions, naming the field', () => {
    expect(parsePlane('m:0,1', 6)).toMatch(/three memories/);
    expect(parsePlane('m:0,1,9', 6)).toMatch(/from 0 to 5/);
    expect(parsePlane('mc:0,1,2', 6)).toMatch(/two memories/);
    expect(parsePlane('x', 6)).toMatch(/must be/);
    expect(() => basinFromWire({ p: 'x', r: 128, s: 20 }, 6)).toThrow(/^g\.p: must be/);
    expect(() => basinFromWire({ p: 'pca', r: 100, s: 20 }, 6)).toThrow(
      /^g\.r: must be one of 64, 128/,
    );
    expect(() => basinFromWire({ p: 'pca', r: 128, s: 0 }, 6)).toThrow(/^g\.s: /);
    expect(() => basinFromWire({ p: 'pca', r: 128, q: 1 }, 6)).toThrow(InputError);
  });

  it('carries the plane and resolution in a share link', async () => {
    const basin: BasinSettings = {
      plane: { kind: 'memories-cue', a: 2, b: 5 },
      resolution: 256,
      maxSteps: 12,
    };
    const back = await decodeShareHash(await encodeShareHash(shared(basin)), codecs);
    expect(back?.labs.g).toEqual(basin);
    expect(back?.view).toBe('basins');
  });

  it('still opens links made before the basin view (no slice: defaults apply)', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared()), codecs);
    expect(back).not.toBeNull();
    expect(back!.labs.g).toBeUndefined();
    expect(back!.items).toHaveLength(6);
  });

  it('keeps the slice in the saved set-up, and reads records without one', () => {
    const basin: BasinSettings = { plane: { kind: 'pca' }, resolution: 64, maxSteps: 5 };
    const setup: Setup = {
      size,
      items: [0, 1, 2].map(mnistItem),
      cue: { start: { kind: 'memory', index: 0 }, flipP: 0, occlude: null, clamp: null },
      params: PARAMS,
      drawing: { raw: blank, autoPreprocess: false },
      view: 'basins',
      compare: [MODEL, MODEL],
      labs: { basin: basinToWire(basin) },
    };
    const rec = setupToRecord(setup);
    expect(rec.basin).toEqual(basinToWire(basin));
    expect(setupFromRecord(JSON.parse(JSON.stringify(rec)), codecs).labs.basin).toEqual(basin);
    const old = { ...rec } as Record<string, unknown>;
    delete old.basin;
    expect(setupFromRecord(old, codecs).labs.basin).toBeUndefined();
  });
});
