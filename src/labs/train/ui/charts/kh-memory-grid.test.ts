import { describe, expect, it } from 'vitest';
import { recordAt } from './kh-error-curves';
import { favouredLabel, gridColumns, tileSide } from './kh-memory-grid';

describe('memory grid layout', () => {
  it('lays 100 memories out 10 by 10 and fits the tiles to the width', () => {
    expect(gridColumns(100)).toBe(10);
    expect(gridColumns(30)).toBe(6);
    expect(gridColumns(1)).toBe(1);
    expect(tileSide(298, 10, 2, 20, 44)).toBe(28);
    expect(tileSide(2000, 10, 2, 20, 44)).toBe(44);
    expect(tileSide(100, 10, 2, 20, 44)).toBe(20);
  });

  it('reads the label a memory favours from its last C values', () => {
    const m = new Float32Array([0, 0, -1, 0.5, 0.2, 9, 9, 0.1, -0.3, 0.7]);
    expect(favouredLabel(m, 0, 2, 3)).toBe(1);
    expect(favouredLabel(m, 1, 2, 3)).toBe(2);
  });

  it('finds the error record at or before an epoch', () => {
    const h = [1, 2, 5].map((epoch) => ({
      epoch,
      trainLoss: 0,
      trainError: 0,
      testError: epoch / 10,
      ms: 0,
      T: 1,
    }));
    expect(recordAt(h, 4)?.epoch).toBe(2);
    expect(recordAt(h, 5)?.epoch).toBe(5);
    expect(recordAt(h, 0)).toBeNull();
  });
});
