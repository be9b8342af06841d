import { describe, expect, it } from 'vitest';
import { createKhModel, lossAndGradient, type KhData } from '../classifier/kh-model';
import { createTrainState, learningRateAt, trainEpoch } from '../classifier/kh-train';
import { createRng } from '../util/random';
import { accumulateEwc, addEwcGradient, ewcPenalty, fisherDiagonal, type EwcPenalty } from './ewc';

function randomData(N: number, D: number, C: number, seed: number): KhData {
  const rng = createRng(seed);
  const images = Float64Array.from({ length: N * D }, () => 2 * rng.next() - 1);
  return { images, labels: Int32Array.from({ length: N }, () => rng.int(C)) };
}

const opts = { D: 8, C: 3, K: 4, n: 3, m: 2, Tin: 4, seed: 5, batchSize: 16 };
const data = randomData(16, 8, 3, 9);

function penaltyOf(len: number, lambda: number, seed: number): EwcPenalty {
  const rng = createRng(seed);
  return {
    lambda,
    fisher: Float64Array.from({ length: len }, () => rng.next()),
    anchor: Float64Array.from({ length: len }, () => 2 * rng.next() - 1),
  };
}

describe('EWC', () => {
  it('the penalty gradient matches central finite differences', () => {
    const model = createKhModel(opts);
    const pen = penaltyOf(model.memories.length, 3.5, 1);
    const grad = new Float64Array(model.memories.length);
    addEwcGradient(model.memories, pen, grad);
    const h = 1e-6;
    for (let k = 0; k < model.memories.length; k++) {
      const x = model.memories[k];
      model.memories[k] = x + h;
      const up = ewcPenalty(model.memories, pen);
      model.memories[k] = x - h;
      const down = ewcPenalty(model.memories, pen);
      model.memories[k] = x;
      expect(Math.abs((up - down) / (2 * h) - grad[k])).toBeLessThan(1e-7);
    }
    expect(ewcPenalty(pen.anchor, pen)).toBe(0);
  });

  it('the Fisher is the mean squared per-example gradient over the seeded sample', () => {
    const model = createKhModel(opts);
    const f = fisherDiagonal(model.memories, model.config, model.T, data, 5, 3);
    const order = createRng(3).permutation(16);
    const want = new Float64Array(f.length);
    for (let r = 0; r < 5; r++) {
      const a = order[r];
      const one = { images: data.images.slice(a * 8, a * 8 + 8), labels: [data.labels[a]] };
      const { gradient } = lossAndGradient(model, one);
      for (let k = 0; k < f.length; k++) want[k] += (gradient[k] * gradient[k]) / 5;
    }
    for (let k = 0; k < f.length; k++) expect(f[k]).toBeCloseTo(want[k], 10);
    expect(f.some((x) => x > 0)).toBe(true);
    // More samples than examples: all of them.
    expect(fisherDiagonal(model.memories, model.config, model.T, data, 99, 3)).toEqual(
      fisherDiagonal(model.memories, model.config, model.T, data, 16, 3),
    );
  });

  it('accumulates the Fisher over tasks and moves the anchor', () => {
    const a = penaltyOf(6, 2, 1);
    const b = accumulateEwc(
      accumulateEwc(undefined, 2, a.fisher, a.anchor),
      2,
      a.fisher,
      [1, 2, 3, 4, 5, 6],
    );
    expect(Array.from(b.fisher)).toEqual(Array.from(a.fisher, (x) => 2 * x));
    expect(Array.from(b.anchor)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('trainEpoch adds λF(ξ − ξ*) once per minibatch before the momentum step', () => {
    const model = createKhModel(opts); // one minibatch of 16
    const pen = penaltyOf(model.memories.length, 50, 2);
    const before = Float64Array.from(model.memories);
    const { gradient } = lossAndGradient(model, data);
    addEwcGradient(before, pen, gradient);
    trainEpoch(model, data, createTrainState(model), pen);
    const W = 11;
    const eps = learningRateAt(model, 0);
    for (let mu = 0; mu < 4; mu++) {
      let mx = 0;
      for (let k = mu * W; k < (mu + 1) * W; k++) mx = Math.max(mx, Math.abs(gradient[k]));
      for (let k = mu * W; k < (mu + 1) * W; k++) {
        const x = Math.min(1, Math.max(-1, before[k] - (eps * gradient[k]) / mx));
        expect(model.memories[k]).toBeCloseTo(x, 12);
      }
    }
    // λ = 0 is no penalty at all.
    const a = createKhModel(opts);
    const b = createKhModel(opts);
    trainEpoch(a, data, createTrainState(a));
    trainEpoch(b, data, createTrainState(b), { ...pen, lambda: 0 });
    expect(b.memories).toEqual(a.memories);
  });
});
