import { describe, expect, it } from 'vitest';
import { createDrDam, TRIG_EPSILON } from './drdam';
import { createFeatureMap, type FeatureMapKind, type ProjectionKind } from './feature-maps';
import { createRng } from '../util/random';

const kinds: FeatureMapKind[] = ['sincos', 'cos', 'exp', 'expexp'];
const projections: ProjectionKind[] = ['gaussian', 'hadamard'];
const cases = projections.flatMap((p) => kinds.map((k) => [k, p] as const));

function randomVector(n: number, seed: number, sd: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => sd * rng.normal());
}

const dot = (a: Float64Array, b: Float64Array): number => a.reduce((s, v, i) => s + v * b[i], 0);

/** Central difference of f along every coordinate. */
function numericGradient(f: (x: Float64Array) => number, x: Float64Array, h: number): Float64Array {
  return x.map((_, i) => {
    const up = Float64Array.from(x);
    const down = Float64Array.from(x);
    up[i] += h;
    down[i] -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

describe('Jacobian of the feature maps', () => {
  it.each(cases)('%s / %s: J_φ(x)ᵀ w matches central differences of w·φ(x)', (kind, projection) => {
    const D = 7;
    const map = createFeatureMap({ kind, Y: 40, D, beta: 2, seed: 3, projection });
    const x = randomVector(D, 11, 0.3);
    const w = randomVector(map.outputSize, 12, 1);
    const exact = map.jacobianT(x, w);
    const numeric = numericGradient((p) => dot(map.phi(p), w), x, 1e-5);
    const size = Math.max(...numeric.map(Math.abs));
    expect(size).toBeGreaterThan(1e-3);
    for (let i = 0; i < D; i++) expect(Math.abs(exact[i] - numeric[i])).toBeLessThan(1e-6 * size);
    // dotAndJacobianT returns φ(x)·w alongside.
    const out = new Float64Array(D);
    expect(map.dotAndJacobianT(x, w, out)).toBeCloseTo(dot(map.phi(x), w), 12);
    expect(Array.from(out)).toEqual(Array.from(exact));
  });

  it('refuses a w or out of the wrong length, naming it', () => {
    const map = createFeatureMap({ kind: 'sincos', Y: 8, D: 3, beta: 1, seed: 1 });
    const x = new Float64Array(3);
    expect(() => map.jacobianT(x, new Float64Array(8))).toThrow(/w has length 8, expected 16/);
    expect(() => map.jacobianT(x, new Float64Array(16), new Float64Array(2))).toThrow(
      /out has length 2, expected 3/,
    );
  });
});

describe('DrDAM energy gradient', () => {
  it.each(cases)('%s / %s: ∇Ẽ matches central differences of Ẽ', (kind, projection) => {
    const D = 6;
    const dr = createDrDam(createFeatureMap({ kind, Y: 256, D, beta: 3, seed: 5, projection }));
    for (let k = 0; k < 4; k++) dr.add(randomVector(D, 20 + k, 0.3));
    const x = randomVector(D, 30, 0.3);
    const { energy, grad } = dr.energyAndGradient(x);
    expect(energy).toBeCloseTo(dr.energy(x), 12);
    const numeric = numericGradient((p) => dr.energy(p), x, 1e-5);
    const size = Math.max(...numeric.map(Math.abs));
    expect(size).toBeGreaterThan(1e-3);
    for (let i = 0; i < D; i++) expect(Math.abs(grad[i] - numeric[i])).toBeLessThan(1e-6 * size);
  });

  it('sincos: where φ(x)·T ≤ ε the energy is the floor and the gradient 0', () => {
    const D = 4;
    const beta = 20;
    const map = createFeatureMap({ kind: 'sincos', Y: 16, D, beta, seed: 2 });
    const dr = createDrDam(map);
    dr.add(new Float64Array(D));
    let found = 0;
    for (let t = 0; t < 200 && found < 3; t++) {
      const x = randomVector(D, 100 + t, 1);
      const s = dot(map.phi(x), dr.T);
      if (s > TRIG_EPSILON) continue;
      found++;
      const { energy, grad } = dr.energyAndGradient(x);
      expect(energy).toBe(-Math.log(TRIG_EPSILON) / beta);
      expect(Array.from(grad)).toEqual(new Array(D).fill(0));
    }
    expect(found).toBe(3);
  });

  it('incremental T (50 added, 10 removed) equals T rebuilt from the other 40', () => {
    const D = 20;
    const spec = { kind: 'sincos' as const, Y: 512, D, beta: 10, seed: 9 };
    const mems = Array.from({ length: 50 }, (_, k) => randomVector(D, 200 + k, 0.25));
    const inc = createDrDam(createFeatureMap(spec));
    for (const m of mems) inc.add(m);
    for (let k = 0; k < 10; k++) inc.remove(mems[k * 5]);
    const fresh = createDrDam(createFeatureMap(spec));
    mems.forEach((m, k) => {
      if (k % 5 !== 0 || k >= 50) fresh.add(m);
    });
    expect(inc.count).toBe(40);
    expect(fresh.count).toBe(40);
    let maxAbs = 0;
    let maxT = 0;
    for (let j = 0; j < inc.T.length; j++) {
      maxAbs = Math.max(maxAbs, Math.abs(inc.T[j] - fresh.T[j]));
      maxT = Math.max(maxT, Math.abs(fresh.T[j]));
    }
    expect(maxAbs / maxT).toBeLessThan(1e-6);
  });
});
