import { describe, expect, it } from 'vitest';
import type { CueSpec } from '../../core/data/contracts';
import { InputError } from '../../schema/parse';
import type { BankPrototypes } from '../../store/bank-slice';
import { decodeShareHash, encodeShareHash } from '../link/share-link';
import { setupFromRecord, setupToRecord, type Setup } from '../persist/setup-record';
import { glyphItem, inlineItem, mnistItem } from './bank-items';
import { bankFromJson, bankToFile } from './bank-file';
import { prototypesToWire } from './prototype-wire';

const SIZE = 9;
const N = SIZE * SIZE;
const PROTOS: BankPrototypes = {
  count: 3,
  dim: N,
  labels: ['P1', 'P2', 'P3'],
  bits: Int8Array.from({ length: 3 * N }, (_, i) => ((i * 7919) % 5 < 2 ? 1 : -1)),
};
const CUE: CueSpec = { start: { kind: 'drawing' }, flipP: 0, occlude: null, clamp: null };
const ink = (k: number) => ({
  width: SIZE,
  height: SIZE,
  pixels: Uint8Array.from({ length: N }, (_, i) => ((i + k) % 3 ? 255 : 0)),
});
const ITEMS = [inlineItem(ink(0), 'P1'), inlineItem(ink(1), 'P2')];

function setup(): Setup {
  return {
    size: SIZE,
    items: ITEMS,
    prototypes: PROTOS,
    aside: {
      size: 28,
      items: [mnistItem(3), glyphItem('A')],
      prototypes: null,
      cue: { start: { kind: 'memory', index: 1 }, flipP: 0.2, occlude: null, clamp: null },
      model: { energy: 'polynomial', n: 20, beta: 0.05 },
    },
    cue: CUE,
    params: { energy: 'polynomial', n: 2 },
    drawing: { raw: ink(2), autoPreprocess: false },
    view: 'studio',
    compare: [
      { energy: 'softmax', n: 2, beta: 0.5 },
      { energy: 'rectified', n: 7, beta: 1 },
    ],
    labs: {},
  };
}

describe('a bank prototype task on the wire', () => {
  it('round-trips through a bank file', () => {
    const back = bankFromJson(JSON.stringify(bankToFile(SIZE, ITEMS, PROTOS)));
    expect(back.prototypes).toEqual(PROTOS);
    expect(bankFromJson(JSON.stringify(bankToFile(SIZE, ITEMS))).prototypes).toBeNull();
  });

  it('round-trips through a share link', async () => {
    const q = await encodeShareHash(setup());
    const back = await decodeShareHash(q, []);
    expect(back!.prototypes).toEqual(PROTOS);
    expect(back!.items.map((it) => it.label)).toEqual(['P1', 'P2']);
  });

  it('round-trips with the bank put aside through the saved set-up', () => {
    const rec = JSON.parse(JSON.stringify(setupToRecord(setup())));
    const back = setupFromRecord(rec, []);
    expect(back.prototypes).toEqual(PROTOS);
    expect(back.aside!.items.map((it) => it.label)).toEqual(['0 (#3)', 'A']);
    expect(back.aside!.cue).toEqual(setup().aside!.cue);
    expect(back.aside!.model).toEqual({ energy: 'polynomial', n: 20, beta: 0.05 });
    const none = setupFromRecord(
      JSON.parse(JSON.stringify(setupToRecord({ ...setup(), aside: null }))),
      [],
    );
    expect(none.aside).toBeUndefined();
  });

  it('names the field of a tampered record', () => {
    const file = (p: object) => JSON.stringify({ ...bankToFile(SIZE, ITEMS), prototypes: p });
    const wire = prototypesToWire(PROTOS);
    expect(() => bankFromJson(file({ ...wire, labels: ['a'] }))).toThrow(
      /prototypes: has 1 labels for 3 prototypes/,
    );
    expect(() => bankFromJson(file({ ...wire, count: 2, labels: ['a', 'b'] }))).toThrow(
      /prototypes: bits do not hold 2 prototypes of 81 units/,
    );
    expect(() =>
      bankFromJson(
        file({
          ...wire,
          dim: 100,
          bits: prototypesToWire({ ...PROTOS, dim: 100, bits: new Int8Array(300) }).bits,
        }),
      ),
    ).toThrow(/prototypes: the prototypes have 100 units, not the 9×9 grid's 81/);
    expect(() => bankFromJson(file({ ...wire, extra: 1 }))).toThrow(InputError);
    expect(() => bankFromJson(file({ ...wire, bits: '***' }))).toThrow(/not valid base64/);
  });

  it('refuses a link whose prototypes do not fit its grid', async () => {
    const q = await encodeShareHash({ ...setup(), size: 10, items: [] });
    await expect(decodeShareHash(q, [])).rejects.toThrow(/b\.q: the prototypes have 81 units/);
  });
});
