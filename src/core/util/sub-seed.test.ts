import { describe, expect, it } from 'vitest';
import { subSeed } from './sub-seed';

describe('subSeed', () => {
  it('is deterministic, 32-bit and sensitive to every path element and its order', () => {
    expect(subSeed(1, 2, 3)).toBe(subSeed(1, 2, 3));
    const seen = new Set<number>();
    for (let s = 0; s < 20; s++) for (let a = 0; a < 20; a++) seen.add(subSeed(s, a));
    expect(seen.size).toBe(400);
    expect(subSeed(1, 2, 3)).not.toBe(subSeed(1, 3, 2));
    expect(subSeed(1)).not.toBe(subSeed(1, 0));
    for (const x of seen) expect(x >>> 0).toBe(x);
  });
});
