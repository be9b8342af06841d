import { describe, expect, it } from 'vitest';
import { buildProfileSet, profileFeatures, splitSet, subset } from './features';
import { toySet } from './toy';

describe('profileFeatures', () => {
  it('sorts ascending and keeps every value when L = N', () => {
    expect(Array.from(profileFeatures([-1, -3, -2, -4], 4, false))).toEqual([-4, -3, -2, -1]);
  });

  it('divides by max |e_i| when normalising', () => {
    expect(Array.from(profileFeatures([-1, -4, -2], 3, true))).toEqual([-1, -0.5, -0.25]);
  });

  it('resamples to L quantiles by linear interpolation', () => {
    // Sorted [0, 1, 2]: quantile positions 0, 0.4, 0.8, 1.2, 1.6, 2.
    const f = profileFeatures([2, 0, 1], 6, false);
    const want = [0, 0.4, 0.8, 1.2, 1.6, 2];
    want.forEach((w, k) => expect(f[k]).toBeCloseTo(w, 12));
    // Down-sampling keeps the ends: the min and the max of the profile.
    const g = profileFeatures([-5, -1, -2, -3, -4, -0.5, -2.5], 3, false);
    expect(Array.from(g)).toEqual([-5, -2.5, -0.5]);
  });

  it('handles a single unit, a median L and a profile of zeros without NaN', () => {
    expect(Array.from(profileFeatures([-2], 4, true))).toEqual([-1, -1, -1, -1]);
    expect(Array.from(profileFeatures([-3, -1, -2], 1, false))).toEqual([-2]);
    expect(Array.from(profileFeatures([0, 0, 0], 5, true))).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses an empty profile, a bad L and non-finite energies', () => {
    expect(() => profileFeatures([], 4, true)).toThrow(/empty/);
    expect(() => profileFeatures([1, 2], 0, true)).toThrow(/L must be/);
    expect(() => profileFeatures([1, NaN], 4, true)).toThrow(/e\[1\] is not finite/);
  });
});

describe('buildProfileSet', () => {
  it('builds count × L features with copies of the labels and SRs', () => {
    const profiles = Float64Array.from([-1, -2, -3, -4, -3, -1, -2, -4]);
    const y = Uint8Array.from([1, 0]);
    const sr = Float64Array.from([0.25, 0.25]);
    const set = buildProfileSet(profiles, 4, y, sr, 2, false);
    expect(set).toMatchObject({ L: 2, count: 2, normalised: false });
    expect(Array.from(set.x)).toEqual([-4, -1, -4, -1]);
    y[0] = 0;
    expect(set.y[0]).toBe(1);
  });

  it('refuses mismatched sizes and labels other than 0 and 1', () => {
    const sr = Float64Array.from([0.5]);
    expect(() => buildProfileSet(new Float64Array(3), 4, new Uint8Array(1), sr, 2, true)).toThrow(
      /expected 1 × 4/,
    );
    expect(() =>
      buildProfileSet(new Float64Array(4), 4, Uint8Array.from([2]), sr, 2, true),
    ).toThrow(/0 or 1/);
    expect(() =>
      buildProfileSet(new Float64Array(4), 4, new Uint8Array(1), new Float64Array(2), 2, true),
    ).toThrow(/SRs/);
  });
});

describe('subset and splitSet', () => {
  const set = toySet({ count: 101, spurious: 0.3, seed: 3 });

  it('subset copies the rows asked for, in order', () => {
    const s = subset(set, [5, 2]);
    expect(s.count).toBe(2);
    expect(Array.from(s.x.subarray(0, set.L))).toEqual(
      Array.from(set.x.subarray(5 * set.L, 6 * set.L)),
    );
    expect([s.y[1], s.sr[1]]).toEqual([set.y[2], set.sr[2]]);
    expect(() => subset(set, [101])).toThrow(/not in a set/);
  });

  it('splits each class in proportion, seeded, covering every row once', () => {
    const { train, test } = splitSet(set, 0.25, 9);
    const pos = (s: typeof set) => s.y.reduce((a, b) => a + b, 0);
    expect(pos(test)).toBe(Math.round(0.25 * pos(set)));
    expect(test.count - pos(test)).toBe(Math.round(0.25 * (set.count - pos(set))));
    expect(train.count + test.count).toBe(set.count);
    const again = splitSet(set, 0.25, 9);
    expect(Array.from(again.test.x)).toEqual(Array.from(test.x));
    const other = splitSet(set, 0.25, 10);
    expect(Array.from(other.test.x)).not.toEqual(Array.from(test.x));
    expect(() => splitSet(set, 1.5, 1)).toThrow(/testFraction/);
    expect(splitSet(set, 0, 1).test.count).toBe(0);
  });
});
