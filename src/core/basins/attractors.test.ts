/**
 * Distinct mixture and spurious attractors of a basin map: identity of end states, ids that stay
 * the same across passes, the overflow entry, and the share of each attractor.
 */
import { describe, expect, it } from 'vitest';
import {
  attractorShares,
  binaryStateKey,
  coefficientKey,
  createAttractorRegistry,
  mixtureName,
  NO_ATTRACTOR,
  type AttractorInfo,
  type MixturePart,
} from './attractors';
import { computeBasinMap } from './basin-map';
import { gridPoint, planePoint } from './basin-plane';
import { createBinaryProber, mixSeed, signState } from './basin-probe';
import { outcomeMixture, outcomeSpurious, type BasinRequest } from './basin-types';
import { signPatterns } from '../dynamics/stepper';
import type { Patterns } from '../dynamics/types';
import { createRng } from '../util/random';

function signs(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = rng.next() < 0.5 ? -1 : 1;
  return { count: K, dim: N, data };
}

describe('end-state keys', () => {
  it('two ±1 states share a key exactly when they agree bit for bit', () => {
    const a = Int8Array.from({ length: 37 }, (_, i) => (i % 3 ? 1 : -1));
    const b = a.slice();
    expect(binaryStateKey(a)).toBe(binaryStateKey(b));
    for (const i of [0, 15, 16, 36]) {
      b[i] = -b[i];
      expect(binaryStateKey(b)).not.toBe(binaryStateKey(a));
      b[i] = -b[i];
    }
    // Same bits, different length: different states.
    expect(binaryStateKey(new Int8Array(16).fill(-1))).not.toBe(
      binaryStateKey(new Int8Array(17).fill(-1)),
    );
  });

  it('softmax coefficients agree to three decimals, −0 and 0 alike', () => {
    expect(coefficientKey([0.5, 0.25, 0.25])).toBe('500,250,250');
    expect(coefficientKey([0.50004, 0.2499, -0.0001])).toBe('500,250,0');
    expect(coefficientKey([0.5, 0.25, 0.25])).not.toBe(coefficientKey([0.498, 0.252, 0.25]));
  });
});

/** An end state for the registry (its closest memory does not enter its identity). */
const end = (kind: 'mixture' | 'spurious', key: string, parts: MixturePart[] = []) => ({
  kind,
  key,
  parts,
  nearest: { memory: 0, overlap: 0.5 },
});

describe('attractor registry', () => {
  it('gives an end state the same id every time, and a new state a new id', () => {
    const reg = createAttractorRegistry();
    const mix = end('mixture', 'a', [{ memory: 0, sign: 1 }]);
    expect(reg.idOf(mix)).toBe(0);
    expect(reg.idOf(end('spurious', 'a'))).toBe(1);
    expect(reg.idOf({ ...end('spurious', 'b'), nearest: { memory: 2, overlap: -0.3 } })).toBe(2);
    expect(reg.idOf({ ...mix })).toBe(0);
    expect(reg.size).toBe(3);
    const near = { memory: 0, overlap: 0.5 };
    expect(reg.list()).toEqual([
      { kind: 'mixture', parts: [{ memory: 0, sign: 1 }], nearest: near },
      { kind: 'spurious', parts: [], nearest: near },
      { kind: 'spurious', parts: [], nearest: { memory: 2, overlap: -0.3 } },
    ]);
  });

  it('past its limit, further states share one "others" entry per kind', () => {
    const reg = createAttractorRegistry(2);
    reg.idOf(end('spurious', 'a'));
    reg.idOf(end('spurious', 'b'));
    const other = reg.idOf(end('spurious', 'c'));
    expect(reg.idOf(end('spurious', 'd'))).toBe(other);
    const otherMix = reg.idOf(end('mixture', 'e'));
    expect(otherMix).not.toBe(other);
    expect(reg.idOf(end('spurious', 'a'))).toBe(0);
    expect(reg.list()[other]).toEqual({ kind: 'spurious', parts: [], overflow: true });
  });
});

describe('attractor shares', () => {
  it('counts cells per attractor, grouped by kind, largest first', () => {
    const infos: AttractorInfo[] = [
      { kind: 'spurious', parts: [] },
      { kind: 'mixture', parts: [] },
      { kind: 'spurious', parts: [] },
      { kind: 'spurious', parts: [] },
    ];
    const cells = Int32Array.from([0, 2, 2, 2, 1, NO_ATTRACTOR, NO_ATTRACTOR, 0, 2, 1]);
    const [spurious, mixture] = attractorShares(cells, infos);
    expect(spurious.kind).toBe('spurious');
    // Attractor 3 was found (in an earlier pass) but has no cell here: not counted.
    expect(spurious.distinct).toBe(2);
    expect(spurious.cells).toBe(6);
    expect(spurious.share).toBeCloseTo(0.6, 12);
    expect(spurious.attractors).toEqual([
      { id: 2, cells: 4, share: 0.4 },
      { id: 0, cells: 2, share: 0.2 },
    ]);
    expect(mixture).toEqual({
      kind: 'mixture',
      distinct: 1,
      cells: 2,
      share: 0.2,
      attractors: [{ id: 1, cells: 2, share: 0.2 }],
    });
    expect(
      mixtureName([
        { memory: 0, sign: 1 },
        { memory: 4, sign: -1 },
      ]),
    ).toBe('+0 −4');
  });
});

describe('attractors of a basin map', () => {
  const K = 7;
  const N = 48;
  const mem = signs(5, K, N);
  const req: BasinRequest = {
    spec: { energy: 'polynomial', n: 2, beta: 1 },
    plane: { kind: 'memories', a: 0, b: 1, c: 2 },
    resolution: 64,
    maxSteps: 60,
    mode: 'async',
    order: 'random',
    seed: 4,
  };
  const passes = computeBasinMap(req, mem);
  const fine = passes.at(-1)!;

  it('marks exactly the mixture and spurious cells, and one id is one end state', () => {
    const prober = createBinaryProber(req.spec as never, signPatterns(mem), req);
    const keyOf = new Map<number, string>();
    const idOf = new Map<string, number>();
    for (let j = 0; j < 64; j++) {
      for (let i = 0; i < 64; i++) {
        const c = j * 64 + i;
        const o = fine.outcome[c];
        const a = fine.attractor[c];
        const other = o === outcomeMixture(K) || o === outcomeSpurious(K);
        expect(a >= 0).toBe(other);
        if (!other || (i + 3 * j) % 5 !== 0) continue;
        expect(fine.attractors[a].kind).toBe(o === outcomeMixture(K) ? 'mixture' : 'spurious');
        // The probe of this cell on its own: its end state names the id.
        const pt = gridPoint(fine.plane, 64, i, j);
        const sigma = signState(planePoint(fine.plane, pt.x, pt.y));
        prober.run(sigma, mixSeed(req.seed, i, j));
        const key = binaryStateKey(sigma);
        // Its closest memory is the one with the largest |overlap| with that end state.
        const near = fine.attractors[a].nearest!;
        const seen = signPatterns(mem);
        const overlap = (mu: number) => {
          let s = 0;
          for (let q = 0; q < N; q++) s += seen.data[mu * N + q] * sigma[q];
          return s / N;
        };
        expect(near.overlap).toBeCloseTo(overlap(near.memory), 12);
        for (let mu = 0; mu < K; mu++)
          expect(Math.abs(overlap(mu))).toBeLessThanOrEqual(Math.abs(near.overlap) + 1e-12);
        expect(keyOf.get(a) ?? key).toBe(key);
        expect(idOf.get(key) ?? a).toBe(a);
        keyOf.set(a, key);
        idOf.set(key, a);
      }
    }
    // The classical network on this plane has several distinct non-memory attractors.
    expect(keyOf.size).toBeGreaterThan(2);
  });

  it('keeps each attractor id from the coarse pass to the fine one', () => {
    const coarse = passes[0];
    const r = coarse.resolution;
    for (let j = 0; j < r; j++)
      for (let i = 0; i < r; i++)
        expect(fine.attractor[2 * j * 64 + 2 * i]).toBe(coarse.attractor[j * r + i]);
    expect(fine.attractors.slice(0, coarse.attractors.length)).toEqual(coarse.attractors);
  });

  it('names the memories of a mixture with their signs', () => {
    const mixtures = fine.attractors.filter((a) => a.kind === 'mixture');
    expect(mixtures.length).toBeGreaterThan(0);
    for (const m of mixtures) {
      expect([3, 5]).toContain(m.parts.length);
      for (const p of m.parts) {
        expect(p.memory).toBeGreaterThanOrEqual(0);
        expect(p.memory).toBeLessThan(K);
        expect(Math.abs(p.sign)).toBe(1);
      }
    }
  });
});

describe('softmax end states', () => {
  it('at low β every probe falls into the one metastable average: one attractor', () => {
    const mem = signs(8, 5, 40);
    const pass = computeBasinMap(
      {
        spec: { energy: 'softmax', n: 2, beta: 0.005 },
        plane: { kind: 'pca' },
        resolution: 32,
        maxSteps: 200,
        mode: 'sync',
        order: 'sequential',
        seed: 1,
      },
      mem,
    ).at(-1)!;
    const [spurious, mixture] = attractorShares(pass.attractor, pass.attractors);
    expect(spurious.distinct + mixture.distinct).toBe(1);
    expect(spurious.cells + mixture.cells).toBe(32 * 32);
  });
});
