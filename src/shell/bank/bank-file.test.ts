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
    ['wrong format', '{"format":"x","version":1}', /not a DAM Playground/],
    ['future version', '{"format":"dam-playground-bank","version":7}', /version 7/],
    ['bad size', '{"format":"dam-playground-bank","version":1,"size":3,"items":[]}', /grid size/],
    [
      'bad index',
      '{"format":"dam-playground-bank","version":1,"size":28,"items":[{"label":"x","source":{"kind":"mnist","index":10000}}]}',
      /memory 1 MNIST index/,
    ],
    [
      'short pixels',
      '{"format":"dam-playground-bank","version":1,"size":8,"items":[{"label":"x","source":{"kind":"inline","width":8,"height":8,"pixels":"AAAA"}}]}',
      /3 pixels, expected 8×8/,
    ],
    [
      'unknown kind',
      '{"format":"dam-playground-bank","version":1,"size":8,"items":[{"source":{"kind":"video"}}]}',
      /unknown kind/,
    ],
  ])('rejects %s', (_name, text, message) => {
    expect(() => bankFromJson(text)).toThrow(message);
  });
});
