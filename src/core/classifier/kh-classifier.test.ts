import { describe, expect, it } from 'vitest';
import {
  createKhModel,
  errorRate,
  lossAndGradient,
  predict,
  type KhData,
  type KhModel,
} from './kh-model';
import { createTrainState, trainEpoch } from './kh-train';
import { digitGrey, indicesOfClass, parseMnistAsset } from '../data/mnist-format';
import { createRng } from '../util/random';
import { mnistAssetBytes } from '../../test-utils/mnist-asset';

function randomData(N: number, D: number, C: number, seed: number): KhData {
  const rng = createRng(seed);
  const images = new Float64Array(N * D);
  for (let k = 0; k < images.length; k++) images[k] = 2 * rng.next() - 1;
  const labels = Int32Array.from({ length: N }, () => rng.int(C));
  return { images, labels };
}

function mnistSubset(perClass: number): KhData {
  const set = parseMnistAsset(mnistAssetBytes());
  const idx: number[] = [];
  const labels: number[] = [];
  for (let d = 0; d < 10; d++) {
    for (const i of indicesOfClass(set, d).slice(0, perClass)) {
      idx.push(i);
      labels.push(d);
    }
  }
  const images = new Float64Array(idx.length * 784);
  idx.forEach((i, r) => digitGrey(set, i).forEach((g, p) => (images[r * 784 + p] = 2 * g - 1)));
  return { images, labels: Int32Array.from(labels) };
}

const allFinite = (a: Float64Array) => a.every((x) => Number.isFinite(x));

describe('Krotov–Hopfield classifier', () => {
  it('analytic gradient matches central finite differences on a tiny model', () => {
    for (const [n, m] of [
      [3, 2],
      [2, 1],
      [5, 3],
    ]) {
      const model = createKhModel({ D: 6, C: 2, K: 3, n, m, Tin: 5, seed: 7 });
      const batch = randomData(4, 6, 2, 11);
      const { loss, gradient } = lossAndGradient(model, batch);
      expect(loss).toBeGreaterThan(0);
      const h = 1e-6;
      let worst = 0;
      let norm = 0;
      for (let k = 0; k < gradient.length; k++) norm = Math.max(norm, Math.abs(gradient[k]));
      for (let k = 0; k < model.memories.length; k++) {
        const x = model.memories[k];
        model.memories[k] = x + h;
        const up = lossAndGradient(model, batch).loss;
        model.memories[k] = x - h;
        const down = lossAndGradient(model, batch).loss;
        model.memories[k] = x;
        const fd = (up - down) / (2 * h);
        worst = Math.max(
          worst,
          Math.abs(fd - gradient[k]) / Math.max(Math.abs(gradient[k]), 1e-3 * norm),
        );
      }
      expect(norm).toBeGreaterThan(0);
      expect(worst).toBeLessThan(1e-5);
    }
  });

  it('the training loss falls on a small MNIST subset', () => {
    const data = mnistSubset(20);
    const model = createKhModel({ K: 20, n: 3, m: 3, Tin: 540, batchSize: 20, seed: 3 });
    const state = createTrainState(model);
    const losses = Array.from({ length: 6 }, () => trainEpoch(model, data, state).trainLoss);
    for (let e = 1; e < losses.length; e++) expect(losses[e]).toBeLessThan(losses[e - 1]);
    expect(losses[5]).toBeLessThan(0.9 * losses[0]);
    expect(model.memories.every((x) => x >= -1 && x <= 1)).toBe(true);
  });

  it('learns XOR (models.md §2.4) to zero error with n = 3', () => {
    // Pixels (x1, x2, 1): the constant third pixel acts as a bias, without which inputs whose
    // s_μ ≤ 0 for every memory (likely from the N(−0.3, 0.3) init with D = 2) get no gradient.
    // Label y = −x1·x2 as two classes (0: y = −1, 1: y = +1).
    const data: KhData = {
      images: Float64Array.from([-1, -1, 1, -1, 1, 1, 1, -1, 1, 1, 1, 1]),
      labels: Int32Array.from([0, 1, 1, 0]),
    };
    const model = createKhModel({ D: 3, C: 2, K: 16, n: 3, m: 2, Tin: 3.4, batchSize: 4, seed: 5 });
    const state = createTrainState(model);
    for (let e = 0; e < 100; e++) trainEpoch(model, data, state);
    expect(errorRate(model, data)).toBe(0);
    const { labels, outputs } = predict(model, data.images);
    expect(Array.from(labels)).toEqual([0, 1, 1, 0]);
    for (let a = 0; a < 4; a++) {
      const t = data.labels[a];
      expect(outputs[a * 2 + t] - outputs[a * 2 + 1 - t]).toBeGreaterThan(1);
    }
  });

  it('a seeded run is byte-identical, and another seed differs', () => {
    const data = randomData(60, 12, 3, 2);
    const run = (seed: number) => {
      const model = createKhModel({ D: 12, C: 3, K: 5, n: 4, m: 2, batchSize: 16, seed });
      const state = createTrainState(model);
      const losses = [0, 1, 2].map(() => trainEpoch(model, data, state).trainLoss);
      return { bytes: Buffer.from(model.memories.buffer), losses };
    };
    const a = run(9);
    const b = run(9);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.losses).toEqual(b.losses);
    expect(a.bytes.equals(run(10).bytes)).toBe(false);
  });

  it.each([30, 60])('stays finite at n = %i on MNIST-scale inputs (s up to 794)', (n) => {
    const model: KhModel = createKhModel({ K: 6, n, m: 30, seed: 4 });
    const W = 794;
    // Memory 0: pixels +1, labels −1, so s = 794 on an all-ink image; memory 1 half that.
    for (let k = 0; k < W; k++) model.memories[k] = k < 784 ? 1 : -1;
    for (let k = 0; k < W; k++) model.memories[W + k] = k < 784 ? 0.5 : -0.5;
    const data = randomData(3, 784, 10, 8);
    data.images.fill(1, 0, 784);
    const out = predict(model, data.images);
    expect(allFinite(out.outputs)).toBe(true);
    const { loss, gradient } = lossAndGradient(model, data);
    expect(Number.isFinite(loss)).toBe(true);
    expect(allFinite(gradient)).toBe(true);
    model.T = 800; // unsaturated: the gradient is finite and non-zero
    const g2 = lossAndGradient(model, data).gradient;
    expect(allFinite(g2)).toBe(true);
    expect(g2.some((x) => x !== 0)).toBe(true);
    const state = createTrainState(model);
    trainEpoch(model, data, state);
    expect(allFinite(model.memories)).toBe(true);
  });
});
