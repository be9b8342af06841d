import { describe, expect, it } from 'vitest';
import { glyphItem, inlineItem, mnistItem, randomItem } from '../bank/bank-items';
import type { CueSpec } from '../../core/data/contracts';
import { checksum, decodeShareHash, encodeShareHash, type SharedSetup } from './share-link';
import { InputError } from '../../schema/parse';
import type { Params } from '../../store/params-slice';
import { deflateRaw } from './compress';
import { bytesToBase64Url } from '../../core/data/base64';
import { readViewFlags } from './view-flags';

const PARAMS: Partial<Params> = {
  energy: 'polynomial',
  n: 20,
  beta: 1,
  mode: 'async',
  seed: 1,
  maxSteps: 50,
};
const T: never[] = [];

/** A link whose payload is `json` (checksummed, so only the content is wrong). */
async function linkWith(json: string): Promise<string> {
  const s = bytesToBase64Url(await deflateRaw(new TextEncoder().encode(json)));
  return `v=1&c=${checksum(s)}&s=${s}`;
}

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
    labs: {},
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
      labs: {},
    });
    expect(hash.length).toBeLessThan(200);
    const back = await decodeShareHash(hash, T);
    expect(back!.items.map((it) => (it.source.kind === 'mnist' ? it.source.index : -1))).toEqual(
      items.map((_, i) => i),
    );
  });

  it('carries the view flags and reads them on their own', async () => {
    const hash = await encodeShareHash(setup(), { student: true });
    expect(readViewFlags(hash).given).toEqual({ student: true });
    expect(readViewFlags('#v=1&s=broken&student=1').given.student).toBe(true);
    expect(readViewFlags('#student=true').given.student).toBe(true);
    expect(readViewFlags('').given).toEqual({});
    const all = await encodeShareHash(setup(), {
      student: true,
      presenter: true,
      lesson: { id: 'hopfield-basics', step: 3 },
    });
    expect(all).toMatch(/^v=1&student=1&presenter=1&lesson=hopfield-basics\.4&c=/);
    expect(readViewFlags(all)).toEqual({
      given: { student: true, presenter: true, lesson: { id: 'hopfield-basics', step: 3 } },
      problems: [],
    });
    expect((await decodeShareHash(all, T))!.items).toHaveLength(10);
  });

  it('returns null for a hash without a set-up', async () => {
    expect(await decodeShareHash('', T)).toBeNull();
    expect(await decodeShareHash('#student=1', T)).toBeNull();
  });

  it('rejects truncated and altered links with an InputError', async () => {
    const hash = await encodeShareHash(setup());
    const cases = [
      hash.slice(0, hash.length - 9), // cut short
      hash.replace(/s=(.)/, (_, c: string) => `s=${c === 'A' ? 'B' : 'A'}`), // one char changed
      hash.replace('v=1', 'v=9'),
      hash.replace(/c=[0-9a-f]{8}/, 'c=00000000'),
      'v=1&c=' + checksum('%%%') + '&s=%%%',
    ];
    for (const h of cases) {
      await expect(decodeShareHash(h, T)).rejects.toBeInstanceOf(InputError);
    }
  });

  it('rejects a well-formed link whose content is invalid, naming the field', async () => {
    const bad = setup();
    bad.cue = { ...bad.cue!, start: { kind: 'memory', index: 99 } };
    await expect(decodeShareHash(await encodeShareHash(bad), T)).rejects.toThrow(
      /^c\.start\.index: must be a whole number from 0 to 9 \(got 99\)$/,
    );
    const p = (params: Record<string, unknown>) =>
      encodeShareHash({ ...setup(), params: params as Partial<Params> }).then((h) =>
        decodeShareHash(h, T),
      );
    await expect(p({ n: 'twenty' })).rejects.toThrow(/^p\.n: must be a whole number from 2 to 60/);
    await expect(p({ n: 1e300 })).rejects.toThrow(/^p\.n: .*\(got 1e\+300\)$/);
    await expect(p({ energy: 'bogus' })).rejects.toThrow(/^p\.energy: must be one of classical/);
    await expect(p({ maxSteps: 1e15 })).rejects.toThrow(
      /^p\.maxSteps: must be a whole number from 1 to 100000/,
    );
    await expect(p({ beta: 1e-9 })).rejects.toThrow(/^p\.beta: /);
    await expect(p({ seed: 1e300 })).rejects.toThrow(/^p\.seed: /);
  });

  it('refuses unknown keys and __proto__ / constructor anywhere', async () => {
    await expect(
      decodeShareHash(
        await encodeShareHash({ ...setup(), params: { n: 3, evil: 'x' } as never }),
        T,
      ),
    ).rejects.toThrow(/^p\.evil: unknown key$/);
    const base = JSON.stringify({ b: { s: 8, t: 'gA', i: [] } });
    for (const extra of ['"__proto__":{"n":3}', '"constructor":1', '"zz":1']) {
      const hash = await linkWith(base.replace(/}$/, `,${extra}}`));
      await expect(decodeShareHash(hash, T)).rejects.toBeInstanceOf(InputError);
    }
    const proto = await linkWith('{"b":{"s":8,"t":"gA","i":[]},"p":{"__proto__":{"n":3}}}');
    await expect(decodeShareHash(proto, T)).rejects.toThrow(/__proto__/);
  });

  it('refuses a link over 256 KB, and one that inflates past 64 MB, before allocating it', async () => {
    const long = 'A'.repeat(300 * 1024);
    await expect(decodeShareHash(`v=1&c=${checksum(long)}&s=${long}`, T)).rejects.toThrow(
      /longer than the 256 KB/,
    );
    // 65 MB of spaces compress to about 64 KB: a small link, a huge payload.
    const bomb = new Uint8Array(65 * 2 ** 20).fill(32);
    const s = bytesToBase64Url(await deflateRaw(bomb));
    expect(s.length).toBeLessThan(256 * 1024);
    await expect(decodeShareHash(`v=1&c=${checksum(s)}&s=${s}`, T)).rejects.toThrow(
      /inflates past 64 MB/,
    );
  });
});
