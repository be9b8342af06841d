import { describe, expect, it } from 'vitest';
import { createKhModel, errorRate, type KhData } from '../classifier/kh-model';
import { createTrainState, trainEpoch } from '../classifier/kh-train';
import { createRng } from '../util/random';
import { accuracyOn, seqSummary } from './metrics';

function randomData(N: number, D: number, C: number, seed: number): KhData {
  const rng = createRng(seed);
  const images = Float64Array.from({ length: N * D }, () => 2 * rng.next() - 1);
  return { images, labels: Int32Array.from({ length: N }, () => rng.int(C)) };
}

describe('sequential metrics', () => {
  it('accuracyOn is 1 − the model error rate, from float32 memories too', () => {
    const model = createKhModel({ D: 20, C: 4, K: 6, n: 3, Tin: 8, seed: 3, batchSize: 10 });
    const data = randomData(1500, 20, 4, 5);
    const state = createTrainState(model);
    for (let e = 0; e < 3; e++) trainEpoch(model, data, state);
    const acc = accuracyOn(model.memories, model.config, model.T, data);
    expect(acc).toBeCloseTo(1 - errorRate(model, data), 12);
    expect(acc).toBeGreaterThan(0.25);
    const f32 = Float32Array.from(model.memories);
    expect(Math.abs(accuracyOn(f32, model.config, model.T, data) - acc)).toBeLessThan(0.01);
    expect(
      accuracyOn(model.memories, model.config, model.T, {
        images: new Float64Array(0),
        labels: [],
      }),
    ).toBe(0);
    expect(() => accuracyOn(new Float64Array(3), model.config, model.T, data)).toThrow(/expected/);
  });

  it('seqSummary: mean of the last row, and best-before-last minus final', () => {
    const R = [
      [0.9, 0.1, 0.0],
      [0.5, 0.8, 0.1],
      [0.3, 0.6, 0.9],
    ];
    const s = seqSummary(R);
    expect(s.finalAccuracy).toBeCloseTo((0.3 + 0.6 + 0.9) / 3, 12);
    expect(s.forgetting).toBeCloseTo((0.9 - 0.3 + (0.8 - 0.6)) / 2, 12);
    expect(seqSummary([[0.4, 0.6]])).toEqual({ finalAccuracy: 0.5, forgetting: 0 });
    expect(seqSummary([])).toEqual({ finalAccuracy: 0, forgetting: 0 });
    // A later task that helps gives negative forgetting.
    expect(
      seqSummary([
        [0.5, 0],
        [0.7, 0.9],
      ]).forgetting,
    ).toBeCloseTo(-0.2, 12);
  });
});
