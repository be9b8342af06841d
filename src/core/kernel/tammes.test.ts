/**
 * Tammes angles and Proposition 3.1's bounds: lower ≤ 1 − cos θ_Tammes ≤ upper on S² for
 * M = 4 … 14 (and on the circle), the log-gamma they rest on, and the clamped angle form.
 */
import { describe, expect, it } from 'vitest';
import { logGamma, separationBounds, separationBoundsDeg, tammesAngleDeg } from './tammes';

const RAD = Math.PI / 180;

describe('tammesAngleDeg', () => {
  it('knows the circle, the published S² values, and nothing else', () => {
    expect(tammesAngleDeg(2, 2)).toBe(180);
    expect(tammesAngleDeg(5, 2)).toBe(72);
    expect(tammesAngleDeg(4, 3)).toBeCloseTo(Math.acos(-1 / 3) / RAD, 4);
    expect(tammesAngleDeg(6, 3)).toBe(90);
    expect(tammesAngleDeg(12, 3)).toBeCloseTo(Math.acos(1 / Math.sqrt(5)) / RAD, 4);
    expect(tammesAngleDeg(24, 3)).toBe(43.6908);
    expect(tammesAngleDeg(15, 3)).toBeNull();
    expect(tammesAngleDeg(4, 4)).toBeNull();
    expect(tammesAngleDeg(1, 3)).toBeNull();
  });
});

describe('logGamma', () => {
  it('matches known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(logGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 13);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(logGamma(1e-3)).toBeCloseTo(6.907178885383853, 12);
    expect(() => logGamma(0)).toThrow(/x > 0/);
  });
});

describe('separationBounds', () => {
  it('brackets 1 − cos of the Tammes angle on S² for M = 4 … 14', () => {
    for (let M = 4; M <= 14; M++) {
      const { lower, upper } = separationBounds(M, 3);
      const delta = 1 - Math.cos(tammesAngleDeg(M, 3)! * RAD);
      expect(lower).toBeLessThanOrEqual(delta);
      expect(delta).toBeLessThanOrEqual(upper);
    }
    // Closed forms at d = 3: lower = 2/(3M), upper = 4/√M.
    expect(separationBounds(10, 3).lower).toBeCloseTo(2 / 30, 14);
    expect(separationBounds(10, 3).upper).toBeCloseTo(4 / Math.sqrt(10), 14);
  });

  it('brackets the regular polygon on the circle, and stays finite in high dimension', () => {
    for (let M = 3; M <= 40; M++) {
      const { lower, upper } = separationBounds(M, 2);
      const delta = 1 - Math.cos((2 * Math.PI) / M);
      expect(lower).toBeLessThanOrEqual(delta);
      expect(delta).toBeLessThanOrEqual(upper);
    }
    const hi = separationBounds(1000, 256);
    expect(Number.isFinite(hi.lower) && Number.isFinite(hi.upper)).toBe(true);
    expect(hi.lower).toBeLessThan(hi.upper);
    expect(() => separationBounds(1, 3)).toThrow(/M/);
    expect(() => separationBounds(4, 1)).toThrow(/d/);
  });

  it('as angles: acos(1 − Δ), clamped to 180°', () => {
    const deg = separationBoundsDeg(4, 3);
    expect(deg.upper).toBe(180); // Δ upper = 2
    expect(deg.lower).toBeCloseTo(Math.acos(1 - 1 / 6) / RAD, 12);
    expect(separationBoundsDeg(2, 3).upper).toBe(180);
  });
});
