import { describe, expect, it } from 'vitest';
import { glyphItem, inlineItem, mnistItem, randomItem } from '../bank/bank-items';
import type { CueSpec } from '../../core/data/contracts';
import {
  checksum,
  decodeShareHash,
  encodeShareHash,
  readLinkFlags,
  type SharedSetup,
} from './share-link';
import { SetupError } from '../persist/wire';

const PARAMS = { energy: 'polynomial', n: 20, beta: 1, mode: 'async', seed: 1, maxSteps: 50 };
const T = { params: PARAMS, compare: { energy: 'polynomial', n: 2, beta: 1 } };

function setup(): SharedSetup {
  const size = 16;
  const pixels = new Uint8Array(size * size);
  for (let i = 0; i < pixels.length; i += 3) pixels[i] = (i * 7) % 256;
  const clamp = new Uint8Array(size * size);
  clamp.fill(1, 20, 57);
  const cue: CueSpec = {
    start: { kind: 'memory', index: 2 },
    flipP: 0.15,
    occlude: { x: 2, y: 3, w: 5, h: 4 },
    clamp,
  };
  return {
    size,
    items: [
      ...[0, 1, 2, 3, 4000, 9999].map(mnistItem),
      glyphItem('q'),
      randomItem(4294967295),
      inlineItem({ width: size, height: size, pixels }, 'drawing 1'),
      mnistItem(5),
    ],
    cue,
    params: { ...PARAMS, n: 30, energy: 'softmax' },
    drawing: {
      raw: { width: size, height: size, pixels: pixels.slice().reverse() },
      autoPreprocess: true,
    },
    view: 'compare',
    compare: [
      { energy: 'softmax', n: 2, beta: 0.5 },
      { energy: 'rectified', n: 7, beta: 1 },
    ],
  };
}

const strip = (s: SharedSetup) => ({
  ...s,
  items: s.items.map(({ label, source }) => ({ label, source })),
});

describe('share link', () => {
  it('round-trips bank, cue, params, drawing and view', async () => {
    const original = setup();
    const hash = await encodeShareHash(original);
    expect(hash).toMatch(/^v=1&c=[0-9a-f]{8}&s=[A-Za-z0-9_-]+$/);
    const back = await decodeShareHash(`#${hash}`, T);
    expect(back).not.toBeNull();
    expect(strip(back!)).toEqual(strip(original));
    expect(hash).toContain('&s=');
  });

  it('stores all of MNIST as one run and keeps the link short', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => mnistItem(i));
    const hash = await encodeShareHash({
      size: 28,
      items,
      cue: null,
      params: null,
      drawing: null,
      compare: null,
      view: 'single',
    });
    expect(hash.length).toBeLessThan(200);
    const back = await decodeShareHash(hash, T);
    expect(back!.items.map((it) => (it.source.kind === 'mnist' ? it.source.index : -1))).toEqual(
      items.map((_, i) => i),
    );
  });

  it('carries the student flag and reads it on its own', async () => {
    const hash = await encodeShareHash(setup(), { student: true });
    expect(readLinkFlags(hash).student).toBe(true);
    expect(readLinkFlags('#v=1&s=broken&student=1').student).toBe(true);
    expect(readLinkFlags('').student).toBe(false);
  });

  it('returns null for a hash without a set-up', async () => {
    expect(await decodeShareHash('', T)).toBeNull();
    expect(await decodeShareHash('#student=1', T)).toBeNull();
  });

  it('rejects truncated and altered links with a SetupError', async () => {
    const hash = await encodeShareHash(setup());
    const cases = [
      hash.slice(0, hash.length - 9), // cut short
      hash.replace(/s=(.)/, (_, c: string) => `s=${c === 'A' ? 'B' : 'A'}`), // one char changed
      hash.replace('v=1', 'v=9'),
      hash.replace(/c=[0-9a-f]{8}/, 'c=00000000'),
      'v=1&c=' + checksum('%%%') + '&s=%%%',
    ];
    for (const h of cases) {
      await expect(decodeShareHash(h, T)).rejects.toBeInstanceOf(SetupError);
    }
  });

  it('rejects a well-formed link whose content is invalid', async () => {
    const bad = setup();
    bad.cue = { ...bad.cue!, start: { kind: 'memory', index: 99 } };
    const hash = await encodeShareHash(bad);
    await expect(decodeShareHash(hash, T)).rejects.toThrow(/cue memory/);
    const wrongParam = await encodeShareHash({ ...setup(), params: { n: 'twenty' } });
    await expect(decodeShareHash(wrongParam, T)).rejects.toThrow(/"n"/);
  });

  it('drops unknown params', async () => {
    const hash = await encodeShareHash({ ...setup(), params: { n: 3, evil: 'x' } });
    expect((await decodeShareHash(hash, T))!.params).toEqual({ n: 3 });
  });
});
