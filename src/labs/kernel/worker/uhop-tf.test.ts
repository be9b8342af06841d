/**
 * U-Hop+ on tfjs (cpu backend in Node) against the core's float64 trainUhop: the same Kaiming
 * start, loss history and final map to float32 accuracy, for Adam and SGD with momentum, with and
 * without bias; one history entry, one pause and one report per iteration; no tensor left behind
 * after a run or a cancel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { kaimingMap } from '../../../core/kernel/feature-map';
import { gaussianMemories } from '../../../core/kernel/memories';
import type { UhopSpec } from '../../../core/kernel/types';
import { trainUhop } from '../../../core/kernel/uhop';
import { isAbortError } from '../../../core/util/abort';
import { tf } from '../../../engine/tf';
import { trainUhopTf } from './uhop-tf';

const base: UhopSpec = {
  dPhi: 5,
  tau: 0.1,
  lr: 0.05,
  optimiser: 'adam',
  iterations: 30,
  seed: 3,
  bias: false,
};
const memories = gaussianMemories(12, 8, 1, true);

const relMax = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let diff = 0;
  let size = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    size = Math.max(size, Math.abs(b[i]));
  }
  return diff / size;
};

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('U-Hop+ on tfjs against the core', () => {
  const cases: [string, Partial<UhopSpec>][] = [
    ['Adam', {}],
    ['Adam with bias', { bias: true }],
    ['SGD with momentum', { optimiser: 'sgd', lr: 0.5 }],
    ['SGD with bias, τ = 1', { optimiser: 'sgd', lr: 0.5, bias: true, tau: 1 }],
  ];
  for (const [name, patch] of cases) {
    it(`${name}: the same losses and final map (relative 1e-4)`, async () => {
      const spec = { ...base, ...patch };
      const core = trainUhop(spec, memories);
      const before = tf.memory().numTensors;
      const got = await trainUhopTf(spec, memories);
      expect(tf.memory().numTensors).toBe(before);
      expect(got.history).toHaveLength(spec.iterations + 1);
      const lc = core.history.map((s) => s.loss);
      const lt = got.history.map((s) => s.loss);
      expect(relMax(lt, lc)).toBeLessThan(1e-4);
      // The loss falls and the memories spread.
      expect(lt.at(-1)!).toBeLessThan(lt[0]);
      expect(got.history.at(-1)!.minAngleDeg).toBeGreaterThan(got.history[0].minAngleDeg);
      got.history.forEach((s, k) =>
        expect(Math.abs(s.minAngleDeg - core.history[k].minAngleDeg)).toBeLessThan(0.05),
      );
      expect(relMax(got.map.W, core.map.W)).toBeLessThan(1e-4);
      if (spec.bias) expect(relMax(got.map.b, core.map.b)).toBeLessThan(1e-3);
      else expect(Array.from(got.map.b)).toEqual(new Array(spec.dPhi).fill(0));
      expect(relMax(got.points.at(-1)!, core.points.at(-1)!)).toBeLessThan(1e-4);
    });
  }

  it('starts at the core Kaiming map, reports and pauses once per iteration', async () => {
    const spec = { ...base, iterations: 12 };
    const steps: number[] = [];
    let pauses = 0;
    const r = await trainUhopTf(spec, memories, {
      onStep: (s, points) => {
        steps.push(s.iteration);
        expect(points).toHaveLength(12 * 3);
      },
      pause: async () => void pauses++,
      snapshotEvery: 5,
    });
    expect(steps).toEqual(Array.from({ length: 13 }, (_, k) => k));
    expect(pauses).toBe(12);
    expect(r.snapshots.map((s) => s.iteration)).toEqual([0, 5, 10, 12]);
    const w0 = kaimingMap(8, 5, 3).W;
    expect(relMax(r.snapshots[0].map.W, w0)).toBeLessThan(1e-7);
    expect(r.points[0]).toHaveLength(36);
    // Unit rows when D_Φ ≤ 3 (the sphere view's points).
    const three = await trainUhopTf({ ...spec, dPhi: 3, iterations: 1 }, memories);
    for (let m = 0; m < 12; m++) {
      const p = three.points[1].subarray(3 * m, 3 * m + 3);
      expect(Math.hypot(p[0], p[1], p[2])).toBeCloseTo(1, 5);
    }
  });

  it('stops with the AbortError when cancelled, leaving no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const ctl = new AbortController();
    const err = await trainUhopTf({ ...base, iterations: 50 }, memories, {
      signal: ctl.signal,
      onStep: (s) => s.iteration === 3 && ctl.abort(),
    }).catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    await expect(
      trainUhopTf(base, { count: 1, dim: 8, data: new Float64Array(8) }),
    ).rejects.toThrow(/at least 2 memories/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
