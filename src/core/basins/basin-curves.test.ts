/**
 * Basin-size curves: the Wilson interval and radius, and the Monte Carlo estimate against an
 * exact enumeration of every flip set on small cases (issue item 6).
 */
import { describe, expect, it } from 'vitest';
import { wilson } from '../util/wilson';
import { basinRadius, computeBasinCurves, exactRetrieval, flipCount } from './basin-curves';
import { createRng } from '../util/random';
import type { BasinCurveRequest } from './basin-types';
import type { ModelSpec, Patterns } from '../dynamics/types';

function signs(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = rng.next() < 0.5 ? -1 : 1;
  return { count: K, dim: N, data };
}

describe('curve statistics', () => {
  it('Wilson 95% interval', () => {
    // Worked by hand from Wilson (1927): centre 0.310748, half-width 0.055462.
    const w = wilson(81, 263);
    expect(w.p).toBeCloseTo(0.30798, 5);
    expect(w.lo).toBeCloseTo(0.255286, 4);
    expect(w.hi).toBeCloseTo(0.36621, 4);
    const all = wilson(200, 200);
    expect(all.hi).toBe(1);
    expect(all.lo).toBeCloseTo(0.98115, 4);
    expect(wilson(0, 200).lo).toBe(0);
  });

  it('radius: first drop below one half, interpolated', () => {
    expect(basinRadius([0, 0.1, 0.2, 0.3], [1, 0.9, 0.3, 0])).toBeCloseTo(
      0.1 + (0.4 / 0.6) * 0.1,
      12,
    );
    expect(basinRadius([0, 0.1], [1, 0.5])).toBeNull();
    expect(basinRadius([0.05, 0.1], [0.2, 0.1])).toBe(0.05);
  });
});

describe('Monte Carlo against exact enumeration', () => {
  const N = 12;
  const cases: { name: string; spec: ModelSpec; mode: 'async' | 'sync'; mem: Patterns }[] = [
    {
      name: 'polynomial n=3, async',
      spec: { energy: 'polynomial', n: 3, beta: 1 },
      mode: 'async',
      mem: signs(21, 3, N),
    },
    {
      name: 'polynomial n=2, sync',
      spec: { energy: 'polynomial', n: 2, beta: 1 },
      mode: 'sync',
      mem: signs(22, 3, N),
    },
    {
      name: 'softmax β=0.5',
      spec: { energy: 'softmax', n: 2, beta: 0.5 },
      mode: 'sync',
      mem: signs(23, 3, N),
    },
  ];
  for (const c of cases) {
    it(`agrees within 4 standard errors: ${c.name}`, () => {
      const flips = [0, 1 / 12, 2 / 12, 3 / 12, 4 / 12, 5 / 12];
      const req: BasinCurveRequest = {
        spec: c.spec,
        memories: [0, 2],
        flips,
        trials: 400,
        maxSteps: 30,
        mode: c.mode,
        order: 'sequential',
        seed: 5,
      };
      const curves = computeBasinCurves(req, c.mem);
      let varied = 0;
      for (const curve of curves) {
        flips.forEach((f, q) => {
          const exact = exactRetrieval(c.spec, c.mem, curve.memory, flipCount(f, N), req);
          const se = Math.sqrt(Math.max(exact.p * (1 - exact.p), 1 / req.trials) / req.trials);
          expect(Math.abs(curve.p[q] - exact.p)).toBeLessThanOrEqual(4 * se);
          expect(curve.lo[q]).toBeLessThanOrEqual(curve.p[q]);
          expect(curve.hi[q]).toBeGreaterThanOrEqual(curve.p[q]);
          if (exact.p > 0.05 && exact.p < 0.95) varied++;
        });
        expect(curve.p[0]).toBe(1);
      }
      // The cases are not trivial: some points lie strictly between 0 and 1.
      expect(varied).toBeGreaterThan(0);
    });
  }

  it('is reproducible and independent of the other memories asked for', () => {
    const mem = signs(30, 4, 32);
    const req: BasinCurveRequest = {
      spec: { energy: 'polynomial', n: 3, beta: 1 },
      memories: [1, 3],
      flips: [0.1, 0.3],
      trials: 50,
      maxSteps: 20,
      mode: 'async',
      order: 'random',
      seed: 9,
    };
    const a = computeBasinCurves(req, mem);
    expect(computeBasinCurves(req, mem)).toEqual(a);
    expect(computeBasinCurves({ ...req, memories: [3] }, mem)[0]).toEqual(a[1]);
  });

  it('exact enumeration refuses random orders and huge sets', () => {
    const mem = signs(31, 2, 40);
    const spec = { energy: 'polynomial', n: 3, beta: 1 } as const;
    const dyn = { mode: 'async', order: 'random', maxSteps: 5 } as const;
    expect(() => exactRetrieval(spec, mem, 0, 1, dyn)).toThrow(/deterministic/);
    expect(() => exactRetrieval(spec, mem, 0, 20, { ...dyn, order: 'sequential' })).toThrow(
      /too many/,
    );
  });
});
