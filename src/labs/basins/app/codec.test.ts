import { describe, expect, it } from 'vitest';
import { mnistItem } from '../../../shell/bank/bank-items';
import { basinFromWire, basinToWire, planeFromText, planeToText } from './codec';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { setupFromRecord, setupToRecord, type Setup } from '../../../shell/persist/setup-record';
import { SetupError } from '../../../shell/persist/wire';
import type { BasinSettings } from './slice';

const PARAMS = { energy: 'polynomial', n: 20, beta: 1 };
const T = { params: PARAMS, compare: { energy: 'polynomial', n: 2, beta: 1 } };
const size = 28;
const blank = { width: size, height: size, pixels: new Uint8Array(size * size) };

function shared(basin?: BasinSettings): SharedSetup {
  return {
    size,
    items: [0, 1, 2, 3, 4, 5].map(mnistItem),
    cue: null,
    params: PARAMS,
    drawing: null,
    view: 'basins',
    compare: null,
    ...(basin ? { basin } : {}),
  };
}

describe('basin slice in links and saved set-ups', () => {
  it('round-trips every plane kind through text', () => {
    for (const p of [
      { kind: 'memories', a: 0, b: 4, c: 5 },
      { kind: 'memories-cue', a: 3, b: 1 },
      { kind: 'pca' },
    ] as const) {
      expect(planeFromText(planeToText(p), 6)).toEqual(p);
    }
  });

  it('rejects bad planes and resolutions', () => {
    expect(() => planeFromText('m:0,1', 6)).toThrow(SetupError);
    expect(() => planeFromText('m:0,1,9', 6)).toThrow(SetupError);
    expect(() => planeFromText('mc:0,1,2', 6)).toThrow(SetupError);
    expect(() => planeFromText('x', 6)).toThrow(SetupError);
    expect(() => basinFromWire({ p: 'pca', r: 100, s: 20 }, 6)).toThrow(SetupError);
    expect(() => basinFromWire({ p: 'pca', r: 128, s: 0 }, 6)).toThrow(SetupError);
  });

  it('carries the plane and resolution in a share link', async () => {
    const basin: BasinSettings = {
      plane: { kind: 'memories-cue', a: 2, b: 5 },
      resolution: 256,
      maxSteps: 12,
    };
    const back = await decodeShareHash(await encodeShareHash(shared(basin)), T);
    expect(back?.basin).toEqual(basin);
    expect(back?.view).toBe('basins');
  });

  it('still opens links made before the basin view (no slice: defaults apply)', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared()), T);
    expect(back).not.toBeNull();
    expect(back!.basin).toBeUndefined();
    expect(back!.items).toHaveLength(6);
  });

  it('keeps the slice in the saved set-up, and reads records without one', () => {
    const setup: Setup = {
      size,
      items: [0, 1, 2].map(mnistItem),
      cue: { start: { kind: 'memory', index: 0 }, flipP: 0, occlude: null, clamp: null },
      params: PARAMS,
      drawing: { raw: blank, autoPreprocess: false },
      view: 'basins',
      compare: [T.compare, T.compare],
      basin: { plane: { kind: 'pca' }, resolution: 64, maxSteps: 5 },
    };
    const rec = setupToRecord(setup);
    expect(rec.basin).toEqual(basinToWire(setup.basin!));
    expect(setupFromRecord(JSON.parse(JSON.stringify(rec)), T).basin).toEqual(setup.basin);
    const old = { ...rec } as Record<string, unknown>;
    delete old.basin;
    expect(setupFromRecord(old, T).basin).toBeUndefined();
  });
});
