import { describe, expect, it } from 'vitest';
import {
  defaultBankItems,
  glyphItem,
  inlineItem,
  mnistItem,
  MNIST_COUNT,
  withoutStored,
} from './bank-items';

describe('adding memories already stored', () => {
  it('"all 10,000" over the default ten digits adds the other 9,990 and counts ten skipped', () => {
    const stored = defaultBankItems();
    const all = Array.from({ length: MNIST_COUNT }, (_, i) => mnistItem(i));
    const { fresh, skipped } = withoutStored(all, stored);
    expect(skipped).toBe(stored.length);
    expect(fresh).toHaveLength(MNIST_COUNT - stored.length);
    const storedIdx = new Set(
      stored.map((it) => (it.source.kind === 'mnist' ? it.source.index : -1)),
    );
    expect(fresh.some((it) => it.source.kind === 'mnist' && storedIdx.has(it.source.index))).toBe(
      false,
    );
  });

  it('drops repeats inside one batch too, and never compares drawn pixels', () => {
    const image = { width: 2, height: 2, pixels: new Uint8Array(4) };
    const { fresh, skipped } = withoutStored(
      [glyphItem('L'), glyphItem('l'), inlineItem(image, 'a'), inlineItem(image, 'b')],
      [],
    );
    expect(fresh.map((it) => it.label)).toEqual(['L', 'a', 'b']);
    expect(skipped).toBe(1);
  });
});
