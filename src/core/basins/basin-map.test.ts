/**
 * Basin maps where the answer is known (issue item 6) and the progressive passes.
 */
import { describe, expect, it } from 'vitest';
import { createBasinJob, computeBasinMap, passResolutions } from './basin-map';
import { gridPoint, planePoint } from './basin-plane';
import { createBinaryProber, mixSeed, signState } from './basin-probe';
import type { BasinRequest } from './basin-types';
import { createRng } from '../util/random';
import { signPatterns } from '../dynamics/stepper';
import type { Patterns } from '../dynamics/types';

function signs(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = rng.next() < 0.5 ? -1 : 1;
  return { count: K, dim: N, data };
}

/** Rows of the Sylvester–Hadamard matrix of order N (mutually orthogonal ±1 vectors). */
function hadamardRows(rows: number[], N: number): Float32Array {
  const out = new Float32Array(rows.length * N);
  rows.forEach((r, k) => {
    for (let i = 0; i < N; i++) {
      let bits = r & i;
      let parity = 0;
      while (bits) {
        parity ^= bits & 1;
        bits >>= 1;
      }
      out[k * N + i] = parity ? -1 : 1;
    }
  });
  return out;
}

const base = {
  maxSteps: 50,
  mode: 'async',
  order: 'sequential',
  seed: 3,
} as const;

describe('progressive passes', () => {
  it('coarse to fine, ending at the requested resolution', () => {
    expect(passResolutions(128)).toEqual([32, 64, 128]);
    expect(passResolutions(512)).toEqual([32, 64, 128, 256, 512]);
    expect(passResolutions(64)).toEqual([32, 64]);
    expect(passResolutions(100)).toEqual([25, 50, 100]);
    expect(passResolutions(32)).toEqual([32]);
  });

  it('every pass equals a direct computation of its grid, and costs only its new cells', () => {
    const mem = signs(1, 4, 40);
    const req: BasinRequest = {
      ...base,
      order: 'random',
      spec: { energy: 'polynomial', n: 3, beta: 1 },
      plane: { kind: 'memories', a: 0, b: 1, c: 2 },
      resolution: 64,
    };
    const job = createBasinJob(req, mem);
    const passes = job.run(Infinity);
    expect(passes.map((p) => p.resolution)).toEqual([32, 64]);
    expect(job.done).toBe(64 * 64);
    expect(passes.map((p) => p.progress)).toEqual([0.25, 1]);
    // Reused cells keep the coarse values; every cell matches a probe run on its own.
    const coarse = passes[0];
    const fine = passes[1];
    for (let j = 0; j < 32; j++)
      for (let i = 0; i < 32; i++)
        expect(fine.outcome[2 * j * 64 + 2 * i]).toBe(coarse.outcome[j * 32 + i]);
    const prober = createBinaryProber(req.spec as never, signPatterns(mem), req);
    const rng = createRng(9);
    for (let t = 0; t < 40; t++) {
      const i = rng.int(64);
      const j = rng.int(64);
      const pt = gridPoint(job.plane, 64, i, j);
      // A probe's seed is that of its cell (i, j) in the final grid (see basin-map.ts).
      const want = prober.run(
        signState(planePoint(job.plane, pt.x, pt.y)),
        mixSeed(req.seed, i, j),
      );
      expect(fine.outcome[j * 64 + i]).toBe(want.outcome);
      expect(fine.steps[j * 64 + i]).toBe(want.steps);
      expect(fine.energy[j * 64 + i]).toBe(want.energy);
    }
  });

  it('is deterministic: the same request gives identical arrays', () => {
    const mem = signs(2, 5, 32);
    for (const spec of [
      { energy: 'exponential', n: 2, beta: 0.5 },
      { energy: 'softmax', n: 2, beta: 0.3 },
    ] as const) {
      const req: BasinRequest = {
        ...base,
        order: 'random',
        spec,
        plane: { kind: 'pca' },
        resolution: 40,
      };
      const a = computeBasinMap(req, mem).at(-1)!;
      const b = computeBasinMap(req, mem).at(-1)!;
      expect(a.outcome).toBeInstanceOf(Int32Array);
      expect(Array.from(a.outcome)).toEqual(Array.from(b.outcome));
      expect(Array.from(a.steps)).toEqual(Array.from(b.steps));
      expect(Array.from(a.energy)).toEqual(Array.from(b.energy));
    }
  });
});

describe('known basins', () => {
  it('two orthogonal memories at high β split the plane at the perpendicular bisector', () => {
    const N = 64;
    const mem: Patterns = { count: 2, dim: N, data: hadamardRows([3, 12], N) };
    const cue = hadamardRows([21], N);
    for (const beta of [2, 20]) {
      const spec = { energy: 'softmax', n: 2, beta } as const;
      const R = 64;
      const pass = computeBasinMap(
        { ...base, spec, plane: { kind: 'memories-cue', a: 0, b: 1 }, resolution: R, cue },
        mem,
      ).at(-1)!;
      const { x0, x1 } = pass.plane.extent;
      const bisector = pass.plane.marks[1].x / 2;
      const w = (x1 - x0) / R;
      let left = 0;
      let right = 0;
      for (let j = 0; j < R; j++) {
        for (let i = 0; i < R; i++) {
          const x = x0 + (i + 0.5) * w;
          const o = pass.outcome[j * R + i];
          if (x < bisector - w) {
            expect(o).toBe(0);
            left++;
          } else if (x > bisector + w) {
            expect(o).toBe(1);
            right++;
          }
        }
      }
      expect(left).toBeGreaterThan(R * R * 0.3);
      expect(right).toBeGreaterThan(R * R * 0.3);
    }
  });

  it('the classical network has inverted attractors; the rectified polynomial has none', () => {
    const mem = signs(11, 3, 60);
    // The plane through m0, m1 and the inverted m0.
    const cue = Float32Array.from(mem.data.subarray(0, 60), (v) => -v);
    const run = (energy: 'polynomial' | 'rectified') =>
      computeBasinMap(
        {
          ...base,
          spec: { energy, n: 2, beta: 1 },
          plane: { kind: 'memories-cue', a: 0, b: 1 },
          resolution: 32,
          cue,
        },
        mem,
      ).at(-1)!;
    const K = 3;
    const inverted = (o: Int32Array) => Array.from(o).filter((c) => c >= K && c < 2 * K).length;
    const classical = run('polynomial');
    const rectified = run('rectified');
    expect(inverted(classical.outcome)).toBeGreaterThan(50);
    expect(inverted(rectified.outcome)).toBe(0);
    // Sanity: both still retrieve memories somewhere.
    expect(Array.from(rectified.outcome).filter((c) => c < K).length).toBeGreaterThan(50);
  });
});
