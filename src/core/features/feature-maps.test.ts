import { describe, expect, it } from 'vitest';
import {
  createFeatureMap,
  MAX_FEATURE_ENTRIES,
  type FeatureMapKind,
  type FeatureMapSpec,
} from './feature-maps';
import { createRng } from '../util/random';

const KINDS: FeatureMapKind[] = ['sincos', 'cos', 'exp', 'expexp'];

function vec(seed: number, D: number, scale: number): Float64Array {
  const rng = createRng(seed);
  const v = new Float64Array(D);
  for (let i = 0; i < D; i++) v[i] = scale * rng.normal();
  return v;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

const spec = (kind: FeatureMapKind, over: Partial<FeatureMapSpec> = {}): FeatureMapSpec => ({
  kind,
  Y: 64,
  D: 8,
  beta: 2,
  seed: 7,
  ...over,
});

describe('feature maps', () => {
  it('output sizes: 2Y for sincos and expexp, Y for cos and exp', () => {
    expect(createFeatureMap(spec('sincos')).outputSize).toBe(128);
    expect(createFeatureMap(spec('expexp')).outputSize).toBe(128);
    expect(createFeatureMap(spec('cos')).outputSize).toBe(64);
    expect(createFeatureMap(spec('exp')).outputSize).toBe(64);
  });

  it.each(KINDS)('%s: same seed, same map; another seed, another map', (kind) => {
    const x = vec(1, 8, 0.3);
    const a = createFeatureMap(spec(kind)).phi(x);
    const b = createFeatureMap(spec(kind)).phi(x);
    const c = createFeatureMap(spec(kind, { seed: 8 })).phi(x);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Array.from(c)).not.toEqual(Array.from(a));
  });

  it.each(KINDS)('%s: φ(x)·φ(x′) estimates κ(x, x′) = exp(−β/2 ‖x − x′‖²)', (kind) => {
    const D = 8;
    const beta = 1.5;
    const x = vec(2, D, 0.25);
    const x2 = vec(3, D, 0.25);
    let d2 = 0;
    for (let i = 0; i < D; i++) d2 += (x[i] - x2[i]) ** 2;
    const kappa = Math.exp(-0.5 * beta * d2);
    const map = createFeatureMap({ kind, Y: 2 ** 16, D, beta, seed: 11 });
    expect(Math.abs(dot(map.phi(x), map.phi(x2)) - kappa)).toBeLessThan(0.03);
    // φ(x)·φ(x) = 1 exactly for SinCos (cos² + sin²).
    if (kind === 'sincos') expect(dot(map.phi(x), map.phi(x))).toBeCloseTo(1, 12);
  });

  it('writes into out when given and checks its length', () => {
    const map = createFeatureMap(spec('sincos'));
    const out = new Float64Array(128);
    expect(map.phi(vec(1, 8, 1), out)).toBe(out);
    expect(() => map.phi(vec(1, 8, 1), new Float64Array(64))).toThrow(/out has length 64/);
    expect(() => map.phi(vec(1, 7, 1))).toThrow(/D = 8/);
    const bad = vec(1, 8, 1);
    bad[3] = NaN;
    expect(() => map.phi(bad)).toThrow(/x\[3\] = NaN/);
  });

  it('refuses bad specs, naming the field', () => {
    expect(() => createFeatureMap(spec('sincos', { Y: 0 }))).toThrow(/^Y must be/);
    expect(() => createFeatureMap(spec('sincos', { Y: 2.5 }))).toThrow(/^Y must be/);
    expect(() => createFeatureMap(spec('sincos', { D: 0 }))).toThrow(/^D must be/);
    expect(() => createFeatureMap(spec('sincos', { beta: NaN }))).toThrow(/^beta must be/);
    expect(() => createFeatureMap(spec('sincos', { beta: Infinity }))).toThrow(/^beta/);
    expect(() => createFeatureMap(spec('exp', { Y: MAX_FEATURE_ENTRIES / 4 + 1, D: 4 }))).toThrow(
      /^Y·D = 16777217·4 = 67108868 .*cap of 67108864.*Y at most 16777216/,
    );
  });

  it.each(['exp', 'expexp'] as const)('%s: refuses β‖x‖² beyond exp, with the numbers', (kind) => {
    const map = createFeatureMap(spec(kind, { beta: 100 }));
    const x = new Float64Array(8).fill(1); // ‖x‖² = 8, β‖x‖² = 800
    expect(() => map.phi(x)).toThrow(new RegExp(`${kind} map: β‖x‖² = 100·8\\.00000 = 800\\.000`));
    // The trig maps are bounded and never refuse.
    const trig = createFeatureMap(spec('sincos', { beta: 100 })).phi(x);
    expect(trig.every(Number.isFinite)).toBe(true);
  });
});
