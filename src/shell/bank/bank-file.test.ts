import { describe, expect, it } from 'vitest';
import { bankFromJson, bankToFile } from './bank-file';
import { glyphItem, inlineItem, mnistItem, randomItem } from './bank-items';

const items = () => [
  mnistItem(7008),
  glyphItem('A'),
  randomItem(42),
  inlineItem(
    { width: 8, height: 8, pixels: Uint8Array.from({ length: 64 }, (_, i) => i * 4) },
    'pic',
  ),
];
const strip = (xs: { label: string; source: unknown }[]) =>
  xs.map(({ label, source }) => ({ label, source }));

describe('bank file', () => {
  it('round-trips through JSON', () => {
    const text = JSON.stringify(bankToFile(8, items()));
    const back = bankFromJson(text);
    expect(back.size).toBe(8);
    expect(strip(back.items)).toEqual(strip(items()));
    expect(new Set(back.items.map((it) => it.id)).size).toBe(4);
  });

  it.each([
    ['not json', '{"format":', /not valid JSON/],
    [
      'wrong format',
      '{"format":"x","version":1}',
      /^format: must be "dam-playground-bank" \(this is not a DAM Playground memory bank\)/,
    ],
    [
      'future version',
      '{"format":"dam-playground-bank","version":7}',
      /^version: must be 1 .*\(got 7\)$/,
    ],
    [
      'bad size',
      '{"format":"dam-playground-bank","version":1,"size":3,"items":[]}',
      /^size: must be a whole number from 8 to 64 \(got 3\)$/,
    ],
    [
      'bad index',
      '{"format":"dam-playground-bank","version":1,"size":28,"items":[{"label":"x","source":{"kind":"mnist","index":10000}}]}',
      /^items\[0\]\.source\.index: must be a whole number from 0 to 9999 \(got 10000\)$/,
    ],
    [
      'short pixels',
      '{"format":"dam-playground-bank","version":1,"size":8,"items":[{"label":"x","source":{"kind":"inline","width":8,"height":8,"pixels":"AAAA"}}]}',
      /^items\[0\]\.source: holds 3 pixels, not 8×8$/,
    ],
    [
      'unknown kind',
      '{"format":"dam-playground-bank","version":1,"size":8,"items":[{"source":{"kind":"video"}}]}',
      /^items\[0\]\.source\.kind: must have kind mnist, glyph, random or inline/,
    ],
    [
      'unknown key',
      '{"format":"dam-playground-bank","version":1,"size":8,"items":[],"extra":true}',
      /^extra: unknown key$/,
    ],
    [
      '__proto__ key',
      '{"format":"dam-playground-bank","version":1,"size":8,"items":[{"source":{"kind":"glyph","letter":"A"},"__proto__":{}}]}',
      /^items\[0\]\.__proto__: key "__proto__" is not allowed$/,
    ],
  ])('rejects %s', (_name, text, message) => {
    expect(() => bankFromJson(text)).toThrow(message);
  });
});
