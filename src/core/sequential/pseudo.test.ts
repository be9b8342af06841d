import { describe, expect, it } from 'vitest';
import { createKhModel, khConfig, predict } from '../classifier/kh-model';
import { pseudoItems } from './pseudo';

describe('pseudorehearsal items', () => {
  const model = createKhModel({ D: 30, C: 4, K: 5, n: 3, Tin: 6, seed: 2 });
  const { config, memories, T } = model;

  it('are ±1 states labelled by the classifier, seeded', () => {
    const items = pseudoItems(memories, config, T, 12, 3, 7);
    expect(items.images.length).toBe(12 * 30);
    for (const x of items.images) expect(Math.abs(x)).toBe(1);
    expect(Array.from(items.labels)).toEqual(Array.from(predict(model, items.images).labels));
    expect(pseudoItems(memories, config, T, 12, 3, 7)).toEqual(items);
    expect(pseudoItems(memories, config, T, 12, 3, 8).images).not.toEqual(items.images);
    expect(pseudoItems(memories, config, T, 0, 3, 7).labels.length).toBe(0);
  });

  it('one step of a single memory goes to its pixel signs (or stays when no overlap)', () => {
    const cfg = khConfig({ D: 6, C: 2, K: 1, n: 3, Tin: 2 });
    const xi = Float64Array.from([0.5, -0.2, 0.3, -0.9, 0.1, -0.4, 0.7, -0.7]);
    const items = pseudoItems(xi, cfg, 2, 40, 1, 3);
    const zero = pseudoItems(xi, cfg, 2, 40, 0, 3);
    const sign = [1, -1, 1, -1, 1, -1];
    for (let a = 0; a < 40; a++) {
      const v0 = zero.images.subarray(a * 6, a * 6 + 6);
      const v1 = Array.from(items.images.subarray(a * 6, a * 6 + 6));
      let s = 0;
      for (let i = 0; i < 6; i++) s += xi[i] * v0[i];
      expect(v1).toEqual(s > 0 ? sign : Array.from(v0));
    }
  });
});
