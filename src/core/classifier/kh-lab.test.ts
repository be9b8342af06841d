import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../data/base64';
import {
  contributorStats,
  contributorsFor,
  effectiveNumber,
  explainImage,
  statsFromEvidence,
} from './kh-explain';
import { createEvolver } from './kh-evolve';
import { createKhModel, float32Risk, khConfig, predict } from './kh-model';
import { decodeMemories, encodeMemories, keepEpoch } from './kh-snapshot';
import { splitMnist } from './kh-split';
import { parseMnistAsset } from '../data/mnist-format';
import { createRng } from '../util/random';
import { mnistAssetBytes } from '../../test-utils/mnist-asset';

function asset() {
  return parseMnistAsset(mnistAssetBytes());
}

describe('base64', () => {
  it('round-trips every length 0–7 and rejects bad text', () => {
    const rng = createRng(3);
    for (let len = 0; len < 8; len++) {
      const bytes = Uint8Array.from({ length: len }, () => rng.int(256));
      const text = bytesToBase64(bytes);
      expect(text.length % 4).toBe(0);
      expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
    }
    const long = Uint8Array.from({ length: 3001 }, () => rng.int(256));
    expect(Array.from(base64ToBytes(bytesToBase64(long)))).toEqual(Array.from(long));
    expect(bytesToBase64(Uint8Array.from([77, 97, 110]))).toBe('TWFu');
    expect(() => base64ToBytes('TWF\u00e9')).toThrow(/invalid base64/);
    expect(() => base64ToBytes('TWF')).toThrow(/multiple of 4/);
    expect(() => base64ToBytes('TW!u')).toThrow(/invalid base64/);
    expect(() => base64ToBytes('T=Fu')).toThrow(/invalid base64/);
  });
});

describe('run files', () => {
  it('encodes ±1 exactly and clips values outside [−1, 1]', () => {
    const back = decodeMemories(encodeMemories([1, -1, 0, 3, -7]), 5);
    expect(Array.from(back)).toEqual([1, -1, 0, 1, -1]);
  });

  it('keeps every early epoch and thins later ones (31 over 300 epochs)', () => {
    const kept = Array.from({ length: 300 }, (_, e) => e + 1).filter(keepEpoch);
    expect(kept.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(kept.length).toBe(31);
    expect(kept.at(-1)).toBe(300);
  });
});

describe('fixed split', () => {
  it('takes the first 80% of each class for training and the rest for testing', () => {
    const set = asset();
    const { train, test, trainIndex, testIndex } = splitMnist(set);
    expect(train.labels.length).toBe(7996);
    expect(test.labels.length).toBe(2004);
    expect(new Set([...trainIndex, ...testIndex]).size).toBe(10000);
    for (let d = 0; d < 10; d++) {
      const ofClass = Array.from(set.labels.keys()).filter((i) => set.labels[i] === d);
      const cut = Math.floor(0.8 * ofClass.length);
      expect(Array.from(trainIndex).filter((i) => set.labels[i] === d)).toEqual(
        ofClass.slice(0, cut),
      );
    }
    expect(train.images.every((v) => v >= -1 && v <= 1)).toBe(true);
    const sub = splitMnist(set, 25);
    expect(sub.train.labels.length).toBe(25);
    expect(Array.from(sub.train.labels).filter((l) => l === 0).length).toBe(3);
    expect(sub.test.labels.length).toBe(2004);
    expect(() => splitMnist(set, 0)).toThrow(/subset/);
  });
});

describe('evidence and contributors', () => {
  it('counts memories for 90% of the positive evidence and the effective number', () => {
    expect(contributorsFor([5, 0, -3])).toBe(1);
    expect(contributorsFor(new Array(10).fill(1))).toBe(9);
    expect(contributorsFor([-1, -2])).toBe(0);
    expect(contributorsFor([0.5, 0.4, 0.1])).toBe(2);
    expect(effectiveNumber([2, 2, 2, 2, -9])).toBeCloseTo(4, 12);
    expect(effectiveNumber([7, 0, 0])).toBeCloseTo(1, 12);
    expect(effectiveNumber([-1])).toBe(0);
    const stats = statsFromEvidence(Float64Array.from([1, 0, 0, 1, 1, 1]), 3);
    expect(Array.from(stats.histogram)).toEqual([0, 1, 0, 1]);
    expect(stats.mean).toBe(2);
    expect(stats.median).toBe(2);
    expect(stats.meanEffective).toBeCloseTo(2, 12);
    expect(stats.meanTopShare).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(() => statsFromEvidence(new Float64Array(5), 3)).toThrow(/multiple/);
  });

  it('explainImage agrees with predict and its evidence adds up to the winning input', () => {
    const model = createKhModel({ D: 20, C: 4, K: 7, n: 5, Tin: 4, seed: 5 });
    const rng = createRng(9);
    const images = Float64Array.from({ length: 3 * 20 }, () => 2 * rng.next() - 1);
    const { labels, outputs } = predict(model, images);
    for (let a = 0; a < 3; a++) {
      const ex = explainImage(model, images.subarray(a * 20, (a + 1) * 20));
      expect(ex.label).toBe(labels[a]);
      ex.outputs.forEach((c, al) => expect(c).toBeCloseTo(outputs[a * 4 + al], 12));
      const h = ex.evidence.reduce((x, y) => x + y, 0);
      expect(Math.tanh(h)).toBeCloseTo(ex.outputs[ex.label], 10);
    }
    const stats = contributorStats(model, { images, labels: [0, 1, 2] });
    expect(stats.count).toBe(3);
    expect(stats.histogram.reduce((x, y) => x + y, 0)).toBe(3);
  });
});

describe('free-running dynamics', () => {
  it('never moves clamped neurons and settles a one-memory model on that memory', () => {
    const model = createKhModel({ D: 30, C: 2, K: 1, n: 3, Tin: 3, seed: 4 });
    const xi = model.memories;
    for (let k = 0; k < xi.length; k++) xi[k] = k % 3 === 0 ? -1 : 1;
    const start = new Float64Array(32);
    // Labels clamped in agreement with the memory (ξ_30 = −1, ξ_31 = +1), so its overlap is
    // positive; an anti-aligned start would give the rectified energy no gradient at all.
    start[30] = -1;
    start[31] = 1;
    const clamp = new Uint8Array(32);
    clamp[30] = clamp[31] = 1;
    clamp[0] = 1;
    start[0] = 0.25;
    const ev = createEvolver(model, start, clamp, 1);
    const e0 = ev.energy();
    for (let s = 0; s < 10; s++) ev.sweep();
    expect(ev.sweeps).toBe(10);
    expect(ev.state[0]).toBe(0.25);
    expect(ev.state[30]).toBe(-1);
    expect(ev.state[31]).toBe(1);
    for (let i = 1; i < 30; i++) expect(Math.sign(ev.state[i])).toBe(Math.sign(xi[i]));
    expect(ev.energy()).toBeLessThan(e0);
  });

  it('is seeded and stays finite at n = 60', () => {
    const model = createKhModel({ D: 50, C: 3, K: 6, n: 60, seed: 8 });
    const rng = createRng(1);
    const start = Float64Array.from({ length: 53 }, () => 2 * rng.next() - 1);
    const run = () => {
      const ev = createEvolver(model, start, new Uint8Array(53), 77);
      for (let s = 0; s < 5; s++) ev.sweep();
      return Array.from(ev.state);
    };
    const a = run();
    expect(a.every(Number.isFinite)).toBe(true);
    expect(run()).toEqual(a);
    expect(() => createEvolver(model, start.subarray(1), new Uint8Array(53), 1)).toThrow(/length/);
  });
});

describe('float32 range', () => {
  it('flags temperatures that would overflow float32 and passes the defaults', () => {
    expect(float32Risk(khConfig({ n: 20 }))).toBeNull();
    expect(float32Risk(khConfig({ n: 60 }))).toBeNull();
    expect(float32Risk(khConfig({ n: 60, Tin: 10 }))).toMatch(/too small for n = 60.*T ≥ \d+/);
  });
});
