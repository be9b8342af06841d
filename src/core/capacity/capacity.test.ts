import { describe, expect, it } from 'vitest';
import type { BinaryEnergy, ModelSpec } from '../dynamics/types';
import { createRng } from '../util/random';
import { bisectSearch } from './bisect';
import { curveGrid } from './curve';
import { gramSync } from './gram';
import { checkPoint, measurePoint } from './measure';
import { createPool, rowDot } from './pool';
import { DEFAULT_POINT } from './presets';
import { dynamicalHolds } from './retrieval-check';
import { allowedUnstable, scanStability } from './scan';
import { fixedPool, hadamard } from './test-pools';
import type { CriterionSpec, PointSpec } from './types';

type Binary = ModelSpec & { energy: BinaryEnergy };

function rowDotState(rows: Int8Array, mu: number, N: number, s: Int8Array): number {
  let acc = 0;
  for (let i = 0; i < N; i++) acc += rows[mu * N + i] * s[i];
  return acc;
}

/** Unstable bits among the first K patterns, by comparing energies of both values of each bit. */
function bruteUnstable(model: Binary, rows: Int8Array, K: number, N: number): number {
  let unstable = 0;
  for (let a = 0; a < K; a++) {
    const s = rows.slice(a * N, a * N + N);
    for (let i = 0; i < N; i++) {
      const own = s[i];
      const eOwn = exactE(model, rows, K, N, s);
      s[i] = -own as -1 | 1;
      const eFlip = exactE(model, rows, K, N, s);
      s[i] = own;
      if (eFlip < eOwn) unstable++; // the rule moves to a strictly lower energy; a tie keeps
    }
  }
  return unstable;
}

function exactE(
  model: Binary,
  rows: Int8Array,
  K: number,
  N: number,
  s: Int8Array,
): number | bigint {
  if (model.energy === 'exponential') {
    let e = 0;
    for (let mu = 0; mu < K; mu++) e -= Math.exp(model.beta * rowDotState(rows, mu, N, s));
    return e;
  }
  let e = 0n;
  for (let mu = 0; mu < K; mu++) {
    const x = rowDotState(rows, mu, N, s);
    if (model.energy === 'rectified' && x <= 0) continue;
    e -= BigInt(x) ** BigInt(model.n);
  }
  return e;
}

const crit = (patch: Partial<CriterionSpec> = {}): CriterionSpec => ({
  ...DEFAULT_POINT.criterion,
  ...patch,
});

function scanOf(model: Binary, c: CriterionSpec, rows: Int8Array, K: number, N: number) {
  const pool = fixedPool(Array.from({ length: K }, (_, a) => [...rows.slice(a * N, a * N + N)]));
  return scanStability(model, c, pool, { kCap: K, dot: (a, b) => rowDot(pool.data, a, b, N) });
}

describe('the stability scan', () => {
  const models: Binary[] = [
    { energy: 'polynomial', n: 2, beta: 1 },
    { energy: 'polynomial', n: 3, beta: 1 },
    { energy: 'rectified', n: 4, beta: 1 },
    { energy: 'polynomial', n: 60, beta: 1 },
    { energy: 'rectified', n: 37, beta: 1 },
    { energy: 'exponential', n: 2, beta: 0.7 },
    { energy: 'exponential', n: 2, beta: 3 },
  ];
  for (const model of models) {
    for (const N of [11, 12])
      it(`equals brute force at every K: ${model.energy} n=${model.n} β=${model.beta}, N=${N}`, async () => {
        const K = 30;
        const rng = createRng(7 + model.n);
        const rows = Int8Array.from({ length: K * N }, () => (rng.next() < 0.5 ? 1 : -1));
        // Exact scan run to the end (bits with ε = 1 never fails, so every K is visited).
        const all = await scanOf(model, crit({ kind: 'bits', eps: 1 }), rows, K, N);
        expect(all.ok).toHaveLength(K);
        const fixed = await scanOf(model, crit({ kind: 'fixed' }), rows, K, N);
        const bits = await scanOf(model, crit({ kind: 'bits', eps: 0.05 }), rows, K, N);
        for (let k = 1; k <= fixed.ok.length; k++) {
          expect(fixed.ok[k - 1], `fixed at K = ${k}`).toBe(bruteUnstable(model, rows, k, N) === 0);
        }
        for (let k = 1; k <= bits.ok.length; k++) {
          const u = bruteUnstable(model, rows, k, N);
          expect(bits.ok[k - 1], `bits at K = ${k}`).toBe(
            u <= allowedUnstable(crit({ kind: 'bits', eps: 0.05 }), k, N),
          );
        }
      });
  }

  it('decides in float at β = 1000 (no underflow of the leading terms): distinct patterns all stay fixed', async () => {
    const spec: PointSpec = {
      ...DEFAULT_POINT,
      data: { ...DEFAULT_POINT.data, N: 32 },
      model: { energy: 'exponential', n: 2, beta: 1000 },
      trials: 2,
      kCap: 300,
    };
    const r = await measurePoint(spec);
    expect(r.kMaxTrials).toEqual([300, 300]);
    expect(r.censored).toBe(2);
  });

  it('finds the known K_max of orthogonal patterns (n = 2: K_max = N)', async () => {
    const N = 16;
    const rows = [...hadamard(4), [...hadamard(4)[3].map((x, i) => (i < 3 ? -x : x))]];
    const pool = fixedPool(rows);
    const model: Binary = { energy: 'polynomial', n: 2, beta: 1 };
    const r = await scanStability(model, crit(), pool, {
      kCap: 17,
      dot: (a, b) => rowDot(pool.data, a, b, N),
    });
    expect(r.kMax).toBe(16);
    expect(r.censored).toBe(false);
    // The dynamical search agrees: no noise, q = 1, retrieval to Hamming 0 is the fixed point.
    const c = crit({ kind: 'retrieve', flip: 0, hamming: 0, q: 1 });
    const b = await bisectSearch(
      (K) => dynamicalHolds(model, c, pool, K, 1),
      (K) => Promise.resolve(pool.grow(K)),
      17,
      curveGrid(17, 2 ** 0.25),
    );
    expect(b.kMax).toBe(16);
  });
});

describe('pools and points', () => {
  it('grow as a stream: the same first K patterns however they are grown', () => {
    for (const kind of ['uniform', 'correlated', 'separated'] as const) {
      const data = { ...DEFAULT_POINT.data, kind, N: 40, rho: 0.4, dH: 12 };
      const a = createPool(data, 5, 50);
      a.grow(50);
      const b = createPool(data, 5, 50);
      for (const k of [3, 17, 50]) b.grow(k);
      expect(b.count).toBe(a.count);
      expect([...b.data.slice(0, b.count * 40)]).toEqual([...a.data.slice(0, a.count * 40)]);
      if (kind === 'separated') {
        const g = gramSync(a.data, a.count, 40);
        for (let x = 0; x < a.count; x++)
          for (let y = x + 1; y < a.count; y++)
            expect((40 - g[x * a.count + y]) / 2).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('are seeded: the same spec gives the same result, another seed another', async () => {
    const spec: PointSpec = { ...DEFAULT_POINT, data: { ...DEFAULT_POINT.data, N: 24 }, trials: 4 };
    const one = await measurePoint(spec);
    expect(await measurePoint(spec)).toEqual(one);
    const other = await measurePoint({ ...spec, seed: 2 });
    expect(other.kMaxTrials).not.toEqual(one.kMaxTrials);
    expect(one.curve[0]).toMatchObject({ K: 1, pSuccess: 1 });
    expect(one.kMax.q1).toBeLessThanOrEqual(one.kMax.median);
  });

  it('refuses impossible set-ups with a sentence that names the field', () => {
    const sep = { ...DEFAULT_POINT.data, kind: 'separated' as const, N: 64, dH: 60 };
    expect(checkPoint({ ...DEFAULT_POINT, data: sep }, false)).toMatch(
      /^data\.dH: 60 is more than the generator reaches at N = 64/,
    );
    expect(
      checkPoint(
        { ...DEFAULT_POINT, data: { ...DEFAULT_POINT.data, N: 1024 }, kCap: 10000 },
        false,
      ),
    ).toMatch(/^kCap: .* need about \d+ MB/);
    expect(
      checkPoint({ ...DEFAULT_POINT, model: { energy: 'softmax', n: 2, beta: 1 } }, false),
    ).toMatch(/^criterion\.kind/);
    expect(
      checkPoint({ ...DEFAULT_POINT, data: { ...DEFAULT_POINT.data, kind: 'mnist' } }, false),
    ).toMatch(/^data\.kind: the MNIST digits are not loaded/);
    expect(checkPoint(DEFAULT_POINT, false)).toBeNull();
  });

  it('softmax: one update from a noisy pattern retrieves well-separated patterns at large β', async () => {
    const spec: PointSpec = {
      ...DEFAULT_POINT,
      data: { ...DEFAULT_POINT.data, N: 64 },
      model: { energy: 'softmax', n: 2, beta: 1 },
      criterion: crit({ kind: 'softmax', eps: 0.01, flip: 0.1, q: 0.5 }),
      trials: 2,
      kCap: 256,
    };
    const r = await measurePoint(spec);
    expect(r.search).toBe('bisect');
    expect(r.kMax.median).toBeGreaterThan(16);
    const cold = await measurePoint({ ...spec, model: { ...spec.model, beta: 0.01 } });
    expect(cold.kMax.median).toBeLessThan(r.kMax.median);
  });
});
