/**
 * Adam and SGD with momentum on f(p) = p₀² + 3p₁² against their first two steps worked out by
 * hand, and both reaching the minimum.
 */
import { describe, expect, it } from 'vitest';
import { createOptimiser } from './optimiser';

const grad = (p: Float64Array) => Float64Array.of(2 * p[0], 6 * p[1]);

describe('createOptimiser', () => {
  it('Adam: the first two steps by hand (lr 0.1, from (1, −2))', () => {
    const p = Float64Array.of(1, -2);
    const opt = createOptimiser('adam', 0.1, 2);
    // t = 1: g = (2, −12), m̂ = g, v̂ = g², p ← p − 0.1·g/(|g| + 1e-8).
    opt.step(p, grad(p));
    expect(p[0]).toBeCloseTo(1 - 0.2 / (2 + 1e-8), 15);
    expect(p[1]).toBeCloseTo(-2 + 1.2 / (12 + 1e-8), 15);
    expect(p[0]).toBeCloseTo(0.9000000005, 15);
    // t = 2: g₀ = 1.800000001, m₀ = 0.9·0.2 + 0.1·g₀ = 0.3600000001, v₀ = 0.999·0.004 +
    // 0.001·g₀² = 0.007236000003600, m̂₀ = m₀/0.19, v̂₀ = v₀/0.001999,
    // p₀ = 0.9000000005 − 0.1·m̂₀/(√v̂₀ + 1e-8) = 0.8004122286917927 (and p₁ likewise).
    opt.step(p, grad(p));
    expect(p[0]).toBeCloseTo(0.8004122286917927, 13);
    expect(p[1]).toBeCloseTo(-1.8001664857787731, 13);
  });

  it('SGD with momentum 0.9: v ← 0.9v + g, p ← p − lr·v', () => {
    const p = Float64Array.of(1, -2);
    const opt = createOptimiser('sgd', 0.01, 2);
    opt.step(p, grad(p)); // v = (2, −12): p = (0.98, −1.88)
    expect(p[0]).toBeCloseTo(0.98, 15);
    expect(p[1]).toBeCloseTo(-1.88, 15);
    opt.step(p, grad(p)); // g = (1.96, −11.28), v = (3.76, −22.08): p = (0.9424, −1.6592)
    expect(p[0]).toBeCloseTo(0.9424, 15);
    expect(p[1]).toBeCloseTo(-1.6592, 15);
  });

  it('both reach the minimum of the quadratic', () => {
    for (const [kind, lr] of [
      ['adam', 0.05],
      ['sgd', 0.02],
    ] as const) {
      const p = Float64Array.of(1, -2);
      const opt = createOptimiser(kind, lr, 2);
      for (let t = 0; t < 2000; t++) opt.step(p, grad(p));
      expect(Math.hypot(p[0], p[1])).toBeLessThan(1e-3);
    }
  });

  it('names what is wrong', () => {
    expect(() => createOptimiser('adam', 0, 2)).toThrow(/lr/);
    expect(() => createOptimiser('rmsprop' as never, 0.1, 2)).toThrow(/optimiser/);
    expect(() => createOptimiser('sgd', 0.1, 1.5)).toThrow(/size/);
    expect(() =>
      createOptimiser('sgd', 0.1, 2).step(new Float64Array(3), new Float64Array(3)),
    ).toThrow(/length 2/);
  });
});
