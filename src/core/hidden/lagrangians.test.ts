import { describe, expect, it } from 'vitest';
import { HiddenOverflowError } from './errors';
import { hiddenLayer, visibleLagrangian, visibleOutput, type HiddenLayerSpec } from './lagrangians';
import type { HiddenF, HiddenModel } from './types';

const layers: HiddenLayerSpec[] = [
  ...[2, 3, 4, 7, 10].map((n) => ({
    model: 'A' as HiddenModel,
    F: 'power' as HiddenF,
    n,
    beta: 1,
  })),
  { model: 'A', F: 'rectified', n: 3, beta: 1 },
  { model: 'A', F: 'rectified', n: 6, beta: 1 },
  { model: 'C', F: 'exp', n: 2, beta: 2.5 },
  { model: 'B', F: 'power', n: 2, beta: 0.7 },
  { model: 'B', F: 'power', n: 2, beta: 30 },
];

const h0 = Float64Array.from([0.8, -0.55, 0.3, -1.1, 0.05, 0.6]);

describe('hidden Lagrangians', () => {
  it.each(layers)('f = ∂L_h/∂h by central differences ($model $F n=$n β=$beta)', (layer) => {
    const f = new Float64Array(h0.length);
    hiddenLayer(layer, h0, f);
    const eps = 1e-6;
    for (let k = 0; k < h0.length; k++) {
      const up = Float64Array.from(h0);
      const down = Float64Array.from(h0);
      up[k] += eps;
      down[k] -= eps;
      const scratch = new Float64Array(h0.length);
      const fd = (hiddenLayer(layer, up, scratch) - hiddenLayer(layer, down, scratch)) / (2 * eps);
      expect(Math.abs(fd - f[k])).toBeLessThan(1e-7 * (1 + Math.abs(f[k])));
    }
  });

  it('matches the closed forms of F at one point', () => {
    const h = Float64Array.from([-0.5, 2]);
    const f = new Float64Array(2);
    expect(hiddenLayer({ model: 'A', F: 'power', n: 3, beta: 1 }, h, f)).toBeCloseTo(
      (0.125 + 8) / 3,
      14,
    );
    expect(Array.from(f)).toEqual([-0.25, 4]);
    expect(hiddenLayer({ model: 'A', F: 'rectified', n: 3, beta: 1 }, h, f)).toBeCloseTo(8 / 3, 14);
    expect(Array.from(f)).toEqual([0, 4]);
    expect(hiddenLayer({ model: 'C', F: 'exp', n: 3, beta: 2 }, h, f)).toBeCloseTo(
      (Math.exp(-1) + Math.exp(4)) / 2,
      12,
    );
    expect(hiddenLayer({ model: 'B', F: 'exp', n: 3, beta: 2 }, h, f)).toBeCloseTo(
      Math.log(Math.exp(-1) + Math.exp(4)) / 2,
      14,
    );
  });

  it("B's softmax is stable where e^{βh} overflows", () => {
    const f = new Float64Array(3);
    const L = hiddenLayer(
      { model: 'B', F: 'power', n: 2, beta: 1000 },
      Float64Array.from([1000, -1000, 999.999]),
      f,
    );
    expect(f[0] + f[1] + f[2]).toBeCloseTo(1, 15);
    // 999.999 − 1000 is −0.001 only to about 1e-14 relative, hence 10 digits.
    expect(f[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(L).toBeCloseTo(1000 + Math.log(1 + Math.exp(-1)) / 1000, 12);
  });

  it.each(['A', 'C'] as HiddenModel[])('g = ∂L_v/∂v by central differences (model %s)', (model) => {
    const v = Float64Array.from([0.3, -1.2, 0.7, 0.01]);
    const g = visibleOutput(model, v, new Float64Array(4));
    const eps = 1e-6;
    for (let i = 0; i < v.length; i++) {
      const up = Float64Array.from(v);
      const down = Float64Array.from(v);
      up[i] += eps;
      down[i] -= eps;
      const fd = (visibleLagrangian(model, up) - visibleLagrangian(model, down)) / (2 * eps);
      expect(Math.abs(fd - g[i])).toBeLessThan(1e-8);
    }
  });

  it('model C: g(0) = 0 and g is a unit vector at every other finite scale', () => {
    const g = new Float64Array(3);
    expect(Array.from(visibleOutput('C', new Float64Array(3), g))).toEqual([0, 0, 0]);
    expect(visibleLagrangian('C', new Float64Array(3))).toBe(0);
    for (const s of [1e-300, 1e-160, 1, 1e160, 1e300]) {
      visibleOutput('C', Float64Array.from([3 * s, -4 * s, 0]), g);
      expect(g[0]).toBeCloseTo(0.6, 15);
      expect(g[1]).toBeCloseTo(-0.8, 15);
      expect(visibleLagrangian('C', Float64Array.from([3 * s, 4 * s, 0])) / s).toBeCloseTo(5, 12);
    }
  });

  it('power n = 60 on a huge h throws an error naming n, never a NaN', () => {
    const f = new Float64Array(2);
    const layer: HiddenLayerSpec = { model: 'A', F: 'power', n: 60, beta: 1 };
    expect(() => hiddenLayer(layer, Float64Array.from([0.5, -1e6]), f)).toThrow(
      HiddenOverflowError,
    );
    expect(() => hiddenLayer(layer, Float64Array.from([0.5, -1e6]), f)).toThrow(/n = 60/);
    // Still fine just under the overflow: |h|^60 of 1e5 is 1e300.
    expect(Number.isFinite(hiddenLayer(layer, Float64Array.from([1e5]), f))).toBe(true);
  });

  it('exp F past βh ≈ 709 throws an error naming beta', () => {
    const layer: HiddenLayerSpec = { model: 'A', F: 'exp', n: 2, beta: 1000 };
    let caught: unknown;
    try {
      hiddenLayer(layer, Float64Array.from([0.2, 0.9]), new Float64Array(2));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(HiddenOverflowError);
    expect((caught as HiddenOverflowError).field).toBe('beta');
    expect((caught as Error).message).toMatch(/beta = 1000/);
  });

  it('refuses a non-finite h', () => {
    const layer: HiddenLayerSpec = { model: 'B', F: 'power', n: 2, beta: 1 };
    expect(() => hiddenLayer(layer, Float64Array.from([NaN, 1]), new Float64Array(2))).toThrow(
      /not finite/,
    );
  });
});
