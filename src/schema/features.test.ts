import { describe, expect, it } from 'vitest';
import {
  FEATURES_CONFIG_BYTES,
  FEATURES_COST_MAX,
  featuresCost,
  parseFeaturesConfig,
  parseFeaturesConfigText,
} from './features';

const base = { D: 100, K: 500, betas: [10], Ys: [2500, 5000] };

describe('parseFeaturesConfig', () => {
  it('fills the defaults and keeps what is given', () => {
    expect(parseFeaturesConfig(base)).toEqual({
      ...base,
      map: 'sincos',
      projection: 'gaussian',
      queries: ['stored'],
      queryCount: 100,
      nearFlip: 0.1,
      retrieval: null,
      seed: 1,
    });
    const s = parseFeaturesConfig({
      ...base,
      map: 'expexp',
      queries: ['random', 'near'],
      retrieval: { steps: 50 },
      seed: 0,
    });
    expect(s).toMatchObject({ map: 'expexp', queries: ['random', 'near'], seed: 0 });
    expect(s.retrieval).toEqual({ alpha: 0.03, steps: 50, queries: 10 });
  });

  it('refuses unknown keys and bad values, naming the field', () => {
    const bad: [unknown, RegExp][] = [
      [{ ...base, extra: 1 }, /^extra: unknown key/],
      [{ ...base, retrieval: { alpha: 0.1, step: 3 } }, /^retrieval\.step: unknown key/],
      [{ K: 5, betas: [1], Ys: [10] }, /^D: is missing/],
      [{ ...base, D: 4097 }, /^D: must be a whole number from 1 to 4096/],
      [{ ...base, D: 1.5 }, /^D: /],
      [{ ...base, K: 10_001 }, /^K: must be a whole number from 1 to 10000/],
      [{ ...base, D: 4, K: 9 }, /^K: at most 2\^\(D−1\) = 8 unique patterns/],
      [{ ...base, betas: [] }, /^betas: must be a list of 1 to 8 items/],
      [{ ...base, betas: Array(9).fill(1) }, /^betas: must be a list of 1 to 8/],
      [{ ...base, betas: [10, 0] }, /^betas\[1\]: must be a number from 0\.001 to 10000/],
      [{ ...base, betas: [NaN] }, /^betas\[0\]: /],
      [{ ...base, Ys: [1, 2, 0] }, /^Ys\[2\]: must be a whole number from 1/],
      [{ ...base, Ys: Array(25).fill(10) }, /^Ys: must be a list of 1 to 24/],
      [{ ...base, Ys: [10, 671_089] }, /^Ys\[1\]: at most 671088 features for D = 100/],
      [{ ...base, map: 'tanh' }, /^map: must be one of sincos, cos, exp, expexp/],
      [{ ...base, projection: 'orthogonal' }, /^projection: must be one of gaussian, hadamard/],
      [{ ...base, queries: ['stored', 'far'] }, /^queries\[1\]: must be one of stored/],
      [{ ...base, queries: ['near', 'near'] }, /^queries\[1\]: near is listed twice/],
      [{ ...base, betas: [10, 10] }, /^betas\[1\]: 10 is listed twice/],
      [{ ...base, Ys: [64, 32, 64] }, /^Ys\[2\]: 64 is listed twice/],
      [{ ...base, D: 4096, K: 4097 }, /^K: K·D = 16781312 pattern entries is above the cap/],
      [{ ...base, queries: [] }, /^queries: must be a list of 1 to 3/],
      [{ ...base, queryCount: 10_001 }, /^queryCount: /],
      [{ ...base, nearFlip: 1.5 }, /^nearFlip: must be a number from 0 to 1/],
      [{ ...base, retrieval: { steps: 100_001 } }, /^retrieval\.steps: .*1 to 100000/],
      [{ ...base, retrieval: { alpha: -1 } }, /^retrieval\.alpha: /],
      [{ ...base, retrieval: 3 }, /^retrieval: must be null or a descent/],
      [{ ...base, seed: -1 }, /^seed: /],
      [[1], /^the config: must be an object like/],
      [null, /^the config: must be an object/],
      [{ ...base, Ys: [[1]] }, /nested deeper than 2 levels/],
    ];
    for (const [raw, re] of bad) expect(() => parseFeaturesConfig(raw), String(re)).toThrow(re);
  });

  it('takes the largest Y that fits, and a larger one for Hadamard', () => {
    expect(parseFeaturesConfig({ ...base, K: 1, queryCount: 1, Ys: [671_088] }).Ys).toEqual([
      671_088,
    ]);
    const h = { ...base, K: 1, queryCount: 1, projection: 'hadamard', Ys: [1_000_000] };
    expect(parseFeaturesConfig(h).Ys).toEqual([1_000_000]);
    expect(() => parseFeaturesConfig({ ...h, Ys: [2 ** 22 + 1] })).toThrow(/^Ys\[0\]: at most/);
  });

  it('refuses the Exp maps at β ≥ 709, not the trig maps', () => {
    const hot = { ...base, betas: [10, 709] };
    expect(() => parseFeaturesConfig({ ...hot, map: 'exp' })).toThrow(
      /^betas\[1\]: the exp map .*exp overflows at β ≥ 709 \(got 709\)/,
    );
    expect(() => parseFeaturesConfig({ ...hot, map: 'expexp' })).toThrow(/^betas\[1\]: /);
    expect(parseFeaturesConfig({ ...base, map: 'exp', betas: [708.9] }).betas).toEqual([708.9]);
    expect(parseFeaturesConfig({ ...hot, map: 'cos' }).betas).toEqual([10, 709]);
  });

  it('caps the work before anything runs', () => {
    const s = parseFeaturesConfig(base);
    expect(featuresCost(s)).toBe(1 * 7500 * 100 * (500 + 2 * 100 * 1));
    // 8 betas × 4 × 600k features × D 100 × (500 + 200) multiply-adds: above 10^12.
    const big = { ...base, betas: [1, 2, 3, 4, 5, 6, 7, 8], Ys: [6e5, 6e5 - 1, 6e5 - 2, 6e5 - 3] };
    expect(featuresCost({ ...s, ...big })).toBeGreaterThan(FEATURES_COST_MAX);
    expect(() => parseFeaturesConfig(big)).toThrow(/^Ys: 1\.34e\+12 multiply-adds .*cap of 1e\+12/);
    const slow = { ...base, retrieval: { steps: 100_000, queries: 1000 } };
    expect(() => parseFeaturesConfig(slow)).toThrow(/^Ys: .*above the cap/);
  });
});

describe('parseFeaturesConfigText', () => {
  it('names the file, and refuses broken or oversized text', () => {
    expect(parseFeaturesConfigText(JSON.stringify(base)).K).toBe(500);
    expect(() => parseFeaturesConfigText('{"D": 1', '"c.json"')).toThrow(
      /^"c\.json": not valid JSON/,
    );
    expect(() => parseFeaturesConfigText('{"D": 0}', '"c.json"')).toThrow(/^"c\.json": D: /);
    const long = ' '.repeat(FEATURES_CONFIG_BYTES + 1);
    expect(() => parseFeaturesConfigText(long)).toThrow(/larger than/);
  });
});
