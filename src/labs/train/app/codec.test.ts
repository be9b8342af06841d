import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_SETUP, type LabSetup } from './slice';
import { mnistItem } from '../../../shell/bank/bank-items';
import { labFromWire, labToWire } from './codec';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { setupFromRecord, setupToRecord, type Setup } from '../../../shell/persist/setup-record';
import { SetupError } from '../../../shell/persist/wire';

const PARAMS = { energy: 'polynomial', n: 20, beta: 1 };
const T = { params: PARAMS, compare: { energy: 'polynomial', n: 2, beta: 1 } };
const size = 28;
const blank = { width: size, height: size, pixels: new Uint8Array(size * size) };

const LAB: LabSetup = {
  ns: [2, 3, 20, 30],
  temps: [null, 700, null, 612.5],
  K: 64,
  seed: 42,
  epochs: 3,
  batchSize: 250,
  subset: 1000,
};

function shared(lab?: LabSetup): SharedSetup {
  return {
    size,
    items: [0, 1, 2].map(mnistItem),
    cue: null,
    params: PARAMS,
    drawing: null,
    view: 'lab',
    compare: null,
    ...(lab ? { lab } : {}),
  };
}

describe('lab set-up in links and saved set-ups', () => {
  it('round-trips through the wire form', () => {
    expect(labFromWire(labToWire(LAB))).toEqual(LAB);
    expect(labFromWire(labToWire(DEFAULT_LAB_SETUP))).toEqual(DEFAULT_LAB_SETUP);
  });

  it('carries the lab set-up and the view in a share link', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared(LAB)), T);
    expect(back?.lab).toEqual(LAB);
    expect(back?.view).toBe('lab');
  });

  it('still opens links made before the lab (no set-up: defaults apply)', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared()), T);
    expect(back).not.toBeNull();
    expect(back?.lab).toBeUndefined();
  });

  it('rejects tampered set-ups with a reason', () => {
    const w = labToWire(LAB);
    expect(() => labFromWire({ ...w, n: [3] })).toThrow(SetupError);
    expect(() => labFromWire({ ...w, n: [3, 99] })).toThrow(/power n/);
    expect(() => labFromWire({ ...w, t: [0, -4, 0, 0] })).toThrow(/temperature/);
    expect(() => labFromWire({ ...w, t: [0, 0, 0, 0, 0] })).toThrow(/temperatures/);
    expect(() => labFromWire({ ...w, k: 0 })).toThrow(/memories K/);
    expect(() => labFromWire({ ...w, u: 5 })).toThrow(/training digits/);
    expect(() => labFromWire({ ...w, e: 1.5 })).toThrow(/epochs/);
    expect(() => labFromWire('x')).toThrow(SetupError);
  });

  it('keeps the lab set-up in the saved record, and reads records without one', () => {
    const setup: Setup = {
      size,
      items: [0, 1].map(mnistItem),
      cue: { start: { kind: 'memory', index: 0 }, flipP: 0, occlude: null, clamp: null },
      params: PARAMS,
      drawing: { raw: blank, autoPreprocess: true },
      view: 'lab',
      compare: [T.compare, T.compare],
      lab: LAB,
    };
    const rec = JSON.parse(JSON.stringify(setupToRecord(setup)));
    expect(setupFromRecord(rec, T).lab).toEqual(LAB);
    delete rec.lab;
    expect(setupFromRecord(rec, T).lab).toBeUndefined();
  });
});
