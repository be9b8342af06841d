/**
 * The basin probes agree with the core's own runs (retrieve.ts + metrics.ts verdict): the binary
 * prober step for step, the softmax Gram path in outcome and step for step.
 */
import { describe, expect, it } from 'vitest';
import { makePlane, planePoint } from './basin-plane';
import { createSolver } from './basin-map';
import { binaryCode, createBinaryProber, signState, verdictCode } from './basin-probe';
import { computeFields } from '../dynamics/binary-kernel';
import { outcomeUnconverged, type BasinRequest } from './basin-types';
import { energy } from '../dynamics/energy';
import { verdict } from '../dynamics/metrics';
import { createRng } from '../util/random';
import { runDynamics } from '../dynamics/retrieve';
import type { Patterns } from '../dynamics/types';

function signs(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = rng.next() < 0.5 ? -1 : 1;
  return { count: K, dim: N, data };
}

function uniform(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float32Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = 2 * rng.next() - 1;
  return { count: K, dim: N, data };
}

describe('binary prober', () => {
  for (const mode of ['async', 'sync'] as const) {
    it(`matches the core run and verdict (${mode})`, () => {
      const mem = signs(1, 5, 48);
      const spec = { energy: 'polynomial', n: 3, beta: 1 } as const;
      const dyn = { mode, order: 'sequential', maxSteps: 30 } as const;
      const prober = createBinaryProber(spec, mem, dyn);
      const rng = createRng(2);
      for (let t = 0; t < 40; t++) {
        const x = Float32Array.from({ length: 48 }, () => (rng.next() < 0.5 ? -1 : 1));
        const core = runDynamics(spec, mem, x, { ...dyn, seed: 0 });
        const r = prober.run(signState(x), 0);
        expect(r.steps).toBe(core.steps);
        expect(r.energy).toBe(core.initialEnergy);
        expect(r.outcome).toBe(
          core.converged ? verdictCode(verdict(mem, core.final), 5) : outcomeUnconverged(5),
        );
      }
    });
  }

  it('a random order reproduces retrieve with the same seed', () => {
    const mem = signs(3, 4, 40);
    const spec = { energy: 'rectified', n: 4, beta: 1 } as const;
    const dyn = { mode: 'async', order: 'random', maxSteps: 30 } as const;
    const prober = createBinaryProber(spec, mem, dyn);
    const rng = createRng(4);
    for (let t = 0; t < 20; t++) {
      const x = Float32Array.from({ length: 40 }, () => (rng.next() < 0.5 ? -1 : 1));
      const core = runDynamics(spec, mem, x, { ...dyn, seed: 100 + t });
      expect(prober.run(signState(x), 100 + t).steps).toBe(core.steps);
    }
  });

  it('names states as metrics.ts verdict does: memories, inversions, odd mixtures, spurious', () => {
    for (const K of [1, 3, 7]) {
      const mem = signs(10 + K, K, 64);
      const rng = createRng(K);
      const seen = new Set<number>();
      for (let t = 0; t < 300; t++) {
        const x = new Int8Array(64);
        const kind = t % 3;
        const ids = [rng.int(K), rng.int(K), rng.int(K), rng.int(K), rng.int(K)];
        const size = kind === 0 ? 1 : kind === 1 ? 3 : 5;
        for (let i = 0; i < 64; i++) {
          let acc = 0;
          for (let q = 0; q < size; q++) acc += (q % 2 ? -1 : 1) * mem.data[ids[q] * 64 + i];
          const flip = rng.next() < 0.03 * (t % 4) !== (t % 6 === 0);
          x[i] = (acc >= 0 ? 1 : -1) * (flip ? -1 : 1);
        }
        const want = verdictCode(verdict(mem, x), K);
        seen.add(want < K ? 0 : want < 2 * K ? 1 : want);
        expect(binaryCode(mem, computeFields(mem, x), x)).toBe(want);
      }
      if (K === 7) expect(seen.size).toBe(4);
    }
  });

  it('breaks exact ties to +1', () => {
    expect(Array.from(signState([0, -0, 1e-300, -1e-300]))).toEqual([1, 1, 1, -1]);
  });
});

describe('softmax prober (Gram form)', () => {
  it('matches the core run and verdict for points of a plane off the span', () => {
    const mem = uniform(5, 6, 50);
    const cue = Float32Array.from(uniform(6, 1, 50).data);
    for (const beta of [0.2, 1, 5]) {
      const req: BasinRequest = {
        spec: { energy: 'softmax', n: 2, beta },
        plane: { kind: 'memories-cue', a: 0, b: 3 },
        resolution: 8,
        maxSteps: 40,
        mode: 'sync',
        order: 'sequential',
        seed: 1,
        cue,
      };
      const plane = makePlane(req.plane, mem, cue);
      const solver = createSolver(req, mem, plane);
      if (solver.kind !== 'softmax') throw new Error('expected softmax');
      const rng = createRng(7);
      const s0 = new Float64Array(6);
      let agree = 0;
      for (let t = 0; t < 50; t++) {
        const x = (rng.next() - 0.3) * 8;
        const y = (rng.next() - 0.3) * 8;
        const point = planePoint(plane, x, y);
        const core = runDynamics(req.spec, mem, point, { ...req, seed: 0 });
        const xx0 = solver.start(x, y, s0);
        const r = solver.prober.run(s0, xx0);
        expect(r.energy).toBeCloseTo(energy(req.spec, mem, point), 8);
        const want = core.converged
          ? verdictCode(verdict(mem, core.final), 6)
          : outcomeUnconverged(6);
        if (r.outcome === want) agree++;
        // One convergence test (softmax-iteration.ts): the same steps, converged or not.
        expect(r.steps).toBe(core.steps);
      }
      // Only states right at a verdict threshold may differ (float64 rounding of two forms).
      expect(agree).toBeGreaterThanOrEqual(49);
    }
  });
});
