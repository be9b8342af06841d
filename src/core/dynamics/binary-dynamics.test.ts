import { describe, expect, it } from 'vitest';
import { flipNoise } from './corrupt';
import { randomPatterns } from '../data/datasets';
import { energy } from './energy';
import { createRng } from '../util/random';
import { retrieve } from './retrieve';
import type { DynamicsSpec, ModelSpec, Patterns } from './types';

const row = (p: Patterns, mu: number) => p.data.slice(mu * p.dim, (mu + 1) * p.dim);
const asyncRandom = (seed: number, maxSteps = 30): DynamicsSpec => ({
  mode: 'async',
  order: 'random',
  seed,
  maxSteps,
});

const models: ModelSpec[] = [
  { energy: 'polynomial', n: 2, beta: 1 },
  { energy: 'polynomial', n: 3, beta: 1 },
  { energy: 'polynomial', n: 8, beta: 1 },
  { energy: 'rectified', n: 4, beta: 1 },
  { energy: 'rectified', n: 30, beta: 1 },
  { energy: 'exponential', n: 2, beta: 0.05 },
  { energy: 'exponential', n: 2, beta: 2 },
];

describe('asynchronous binary dynamics', () => {
  it.each(models)('never raise the energy ($energy n=$n β=$beta)', (spec) => {
    for (let seed = 0; seed < 6; seed++) {
      const rng = createRng(seed);
      const memories = randomPatterns(25, 60, rng);
      const start = randomPatterns(1, 60, rng).data;
      const trace = retrieve(spec, memories, start, asyncRandom(seed), { framesPerStep: 60 });
      const frames = trace.frames.map((f) => f.energy);
      for (let k = 1; k < frames.length; k++) {
        expect(frames[k]).toBeLessThanOrEqual(frames[k - 1] + 1e-9 * Math.abs(frames[k - 1]));
      }
      // Every recorded energy equals the energy recomputed from scratch for that state.
      for (const f of trace.frames) {
        expect(f.energy).toBeCloseTo(energy(spec, memories, f.state), 6);
      }
      expect(trace.converged).toBe(true);
      expect(trace.flips[trace.flips.length - 1]).toBe(0);
    }
  });

  it('strictly lowers the energy on every step that flips a neuron (n = 3)', () => {
    const spec: ModelSpec = { energy: 'polynomial', n: 3, beta: 1 };
    const rng = createRng(11);
    const memories = randomPatterns(40, 100, rng);
    const trace = retrieve(spec, memories, flipNoise(row(memories, 0), 0.3, rng), asyncRandom(5));
    const all = [trace.initialEnergy, ...trace.energies];
    trace.flips.forEach((f, k) => {
      if (f > 0) expect(all[k + 1]).toBeLessThan(all[k]);
      else expect(all[k + 1]).toBe(all[k]);
    });
  });

  it.each([
    { energy: 'polynomial', n: 2, K: 4 },
    { energy: 'polynomial', n: 3, K: 60 },
    { energy: 'polynomial', n: 4, K: 300 },
    { energy: 'rectified', n: 3, K: 60 },
    { energy: 'exponential', n: 2, K: 1000 },
  ] as const)(
    'keeps stored patterns fixed below capacity ($energy n=$n, K=$K, N=100)',
    ({ energy: e, n, K }) => {
      const spec: ModelSpec = { energy: e, n, beta: 1 };
      const memories = randomPatterns(K, 100, createRng(K));
      for (let mu = 0; mu < Math.min(K, 20); mu++) {
        const trace = retrieve(spec, memories, row(memories, mu), asyncRandom(mu, 3));
        expect(trace.steps).toBe(1);
        expect(trace.converged).toBe(true);
        expect(Array.from(trace.final)).toEqual(Array.from(row(memories, mu)));
      }
    },
  );

  it('retrieves a memory from a 20%-flipped cue where n = 2 is over capacity but n = 3 is not', () => {
    const memories = randomPatterns(40, 100, createRng(99));
    const cue = flipNoise(row(memories, 7), 0.2, createRng(1));
    const n3 = retrieve({ energy: 'polynomial', n: 3, beta: 1 }, memories, cue, asyncRandom(2));
    expect(Array.from(n3.final)).toEqual(Array.from(row(memories, 7)));
    const n2 = retrieve({ energy: 'polynomial', n: 2, beta: 1 }, memories, cue, asyncRandom(2));
    expect(Array.from(n2.final)).not.toEqual(Array.from(row(memories, 7)));
  });

  it('reproduces a seeded random-order run byte for byte, and another seed differs', () => {
    const spec: ModelSpec = { energy: 'polynomial', n: 2, beta: 1 };
    const memories = randomPatterns(30, 120, createRng(5));
    const cue = randomPatterns(1, 120, createRng(6)).data;
    const run = (seed: number) =>
      retrieve(spec, memories, cue, asyncRandom(seed), { framesPerStep: 4 });
    const a = run(123);
    const b = run(123);
    expect(Buffer.from(a.final.buffer)).toEqual(Buffer.from(b.final.buffer));
    expect(a.energies).toEqual(b.energies);
    expect(a.frames.map((f) => Array.from(f.state))).toEqual(
      b.frames.map((f) => Array.from(f.state)),
    );
    const others = [124, 125, 126].map((s) => Array.from(run(s).final).join());
    expect(others.some((o) => o !== Array.from(a.final).join())).toBe(true);
  });

  it('runs synchronous updates, which may 2-cycle but never diverge', () => {
    const spec: ModelSpec = { energy: 'polynomial', n: 2, beta: 1 };
    const memories = randomPatterns(3, 50, createRng(8));
    const trace = retrieve(spec, memories, flipNoise(row(memories, 1), 0.1, createRng(2)), {
      mode: 'sync',
      order: 'sequential',
      seed: 0,
      maxSteps: 20,
    });
    expect(Array.from(trace.final)).toEqual(Array.from(row(memories, 1)));
    expect(trace.converged).toBe(true);
  });

  it('never updates clamped neurons', () => {
    const spec: ModelSpec = { energy: 'polynomial', n: 3, beta: 1 };
    const memories = randomPatterns(5, 64, createRng(4));
    const cue = flipNoise(row(memories, 2), 0.3, createRng(9));
    const clamp = new Uint8Array(64);
    for (let i = 0; i < 16; i++) clamp[i] = 1;
    const trace = retrieve(spec, memories, cue, asyncRandom(1), { clamp });
    for (let i = 0; i < 16; i++) expect(trace.final[i]).toBe(cue[i]);
  });

  it('rejects non-±1 states for binary energies and mismatched sizes with clear messages', () => {
    const memories = randomPatterns(2, 4, createRng(1));
    const spec: ModelSpec = { energy: 'polynomial', n: 3, beta: 1 };
    expect(() => retrieve(spec, memories, [1, 0.5, 1, 1], asyncRandom(0))).toThrow(/needs ±1/);
    expect(() => retrieve(spec, memories, [1, 1, 1], asyncRandom(0))).toThrow(/length 3/);
    expect(() => retrieve({ ...spec, n: 61 }, memories, [1, 1, 1, 1], asyncRandom(0))).toThrow(
      /n must be/,
    );
  });
});
