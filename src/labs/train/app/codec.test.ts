import { describe, expect, it } from 'vitest';
import { mnistItem } from '../../../shell/bank/bank-items';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { setupFromRecord, setupToRecord, type Setup } from '../../../shell/persist/setup-record';
import { InputError, parseInput } from '../../../schema/parse';
import { labCodec, labSchema, labToWire } from './codec';
import { DEFAULT_SEQ_SETUP } from './seq-setup';
import { DEFAULT_LAB_SETUP, type LabSetup } from './slice';

const labFromWire = (w: unknown) => parseInput(labSchema(), w, { maxDepth: 4, at: 'l' });
const PARAMS = { energy: 'polynomial', n: 20, beta: 1 } as const;
const MODEL = { energy: 'polynomial', n: 2, beta: 1 } as const;
const size = 28;
const blank = { width: size, height: size, pixels: new Uint8Array(size * size) };
const codecs = [labCodec];

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
    labs: lab ? { l: labToWire(lab) } : {},
  };
}

describe('lab set-up in links and saved set-ups', () => {
  it('round-trips through the wire form', () => {
    expect(labFromWire(labToWire(LAB))).toEqual(LAB);
    expect(labFromWire(labToWire(DEFAULT_LAB_SETUP))).toEqual(DEFAULT_LAB_SETUP);
  });

  it('carries the lab set-up and the view in a share link', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared(LAB)), codecs);
    // An older link (no sequential part) opens the one-task set-up and leaves the sequential one.
    expect(back?.labs.l).toEqual({ lab: LAB, seq: null });
    expect(back?.view).toBe('lab');
  });

  it('carries the sequential mode and set-up, and names a tampered field', async () => {
    const q = { ...DEFAULT_SEQ_SETUP, tasks: 3, runs: [{ n: 3, method: 'ewc' as const }] };
    const link = (part: unknown) => ({ ...shared(), labs: { l: part } });
    const back = await decodeShareHash(
      await encodeShareHash(link({ ...labToWire(LAB), m: 'sequential', q })),
      codecs,
    );
    expect(back?.labs.l).toEqual({ lab: LAB, seq: { mode: 'sequential', setup: q } });
    await expect(
      decodeShareHash(
        await encodeShareHash(link({ ...labToWire(LAB), q: { ...q, tasks: 9 } })),
        codecs,
      ),
    ).rejects.toThrow(/^l\.q\.tasks: must be a whole number from 2 to 5/);
    await expect(
      decodeShareHash(
        await encodeShareHash(
          link({ ...labToWire(LAB), q: { ...q, runs: [{ n: 3, method: 'gem' }] } }),
        ),
        codecs,
      ),
    ).rejects.toThrow(/^l\.q\.runs\[0\]\.method: must be one of/);
  });

  it('still opens links made before the lab (no set-up: defaults apply)', async () => {
    const back = await decodeShareHash(await encodeShareHash(shared()), codecs);
    expect(back).not.toBeNull();
    expect(back?.labs.l).toBeUndefined();
  });

  it('rejects tampered set-ups naming the field', () => {
    const w = labToWire(LAB);
    expect(() => labFromWire({ ...w, n: [3] })).toThrow(InputError);
    expect(() => labFromWire({ ...w, n: [3, 99] })).toThrow(
      /^l\.n\[1\]: must be a whole number from 2 to \d+ \(got 99\)$/,
    );
    expect(() => labFromWire({ ...w, t: [0, -4, 0, 0] })).toThrow(/^l\.t\[1\]: must be 0/);
    expect(() => labFromWire({ ...w, t: [0, 0, 0, 0, 0] })).toThrow(
      /^l\.t: must be a list of 0 to 4/,
    );
    expect(() => labFromWire({ ...w, k: 0 })).toThrow(/^l\.k: /);
    expect(() => labFromWire({ ...w, u: 5 })).toThrow(/^l\.u: must be 0 \(all\) or at least 10/);
    expect(() => labFromWire({ ...w, e: 1.5 })).toThrow(/^l\.e: must be a whole number/);
    expect(() => labFromWire({ ...w, extra: 1 })).toThrow(/^l\.extra: unknown key/);
    expect(() => labFromWire('x')).toThrow(InputError);
  });

  it('keeps the lab set-up in the saved record, and reads records without one', () => {
    const setup: Setup = {
      size,
      items: [0, 1].map(mnistItem),
      cue: { start: { kind: 'memory', index: 0 }, flipP: 0, occlude: null, clamp: null },
      params: PARAMS,
      drawing: { raw: blank, autoPreprocess: true },
      view: 'lab',
      compare: [MODEL, MODEL],
      labs: { lab: labToWire(LAB) },
    };
    const rec = JSON.parse(JSON.stringify(setupToRecord(setup)));
    expect(setupFromRecord(rec, codecs).labs.lab).toEqual({ lab: LAB, seq: null });
    delete rec.lab;
    expect(setupFromRecord(rec, codecs).labs.lab).toBeUndefined();
  });
});
