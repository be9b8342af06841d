import { describe, expect, it } from 'vitest';
import { createRng } from '../util/random';
import { buildNetwork } from './network';
import {
  isFixedPoint,
  isStrictFixedPoint,
  profilesOf,
  stabilityRatio,
  stateEnergy,
  unitEnergies,
} from './profile';
import { relax } from './relax';
import { buildTask, randomSigns } from './task';
import { directEnergy, directFixed, directUnitEnergies } from './test-nets';
import type { NetworkSpec } from './types';

const task = buildTask({ kind: 'random', side: 5, P: 3, E: 4, p: 0.15, nonExamples: 2, seed: 3 });
const NETS: NetworkSpec[] = [
  { kind: 'hebbian', n: 2 },
  { kind: 'polynomial', n: 2 },
  { kind: 'polynomial', n: 3 },
  { kind: 'rectified', n: 4 },
  { kind: 'polynomial', n: 60 },
  { kind: 'rectified', n: 60 },
];

function randomState(seed: number): Int8Array {
  const s = new Int8Array(task.N);
  randomSigns(createRng(seed), s, 0, task.N);
  return s;
}

describe('unit energies, SR and energy against a direct computation', () => {
  for (const spec of NETS) {
    it(`${spec.kind} n = ${spec.n}`, () => {
      const net = buildNetwork(task, spec);
      for (let t = 0; t < 6; t++) {
        const s = t < 3 ? randomState(t) : task.prototypes.slice(0, 25);
        if (t >= 3) relax(net, s, createRng(t));
        const e = unitEnergies(net, s);
        const d = directUnitEnergies(net, s);
        const scale = Math.max(1e-300, ...Array.from(d, Math.abs));
        for (let i = 0; i < 25; i++) {
          expect(Number.isFinite(e[i])).toBe(true);
          expect(Math.abs(e[i] - d[i])).toBeLessThanOrEqual(1e-9 * scale);
        }
        let lo = Infinity;
        let hi = 0;
        for (const x of d) [lo, hi] = [Math.min(lo, Math.abs(x)), Math.max(hi, Math.abs(x))];
        expect(stabilityRatio(e)).toBeCloseTo(hi > 0 ? lo / hi : 0, 9);
        const E = directEnergy(net, s);
        expect(stateEnergy(net, s)).toBeCloseTo(E, 12);
        expect(isFixedPoint(net, s)).toBe(directFixed(net, s));
        if (isStrictFixedPoint(net, s)) for (const x of e) expect(x).toBeLessThan(0);
      }
    });
  }
  it('profilesOf stacks unit energies; SR is 0 for all-zero profiles', () => {
    const net = buildNetwork(task, NETS[0]);
    const bits = new Int8Array(50);
    bits.set(randomState(1), 0);
    bits.set(randomState(2), 25);
    const prof = profilesOf(net, bits, 2);
    expect(prof.slice(25)).toEqual(unitEnergies(net, bits.slice(25)));
    expect(stabilityRatio([0, 0])).toBe(0);
    expect(stabilityRatio([])).toBe(0);
    expect(stabilityRatio([-1, 0.5, -2])).toBe(0.25);
  });
});

describe('relax', () => {
  for (const spec of NETS) {
    it(`${spec.kind} n = ${spec.n}: never raises the energy, ends at a fixed point`, () => {
      const net = buildNetwork(task, spec);
      for (let t = 0; t < 10; t++) {
        const s = randomState(100 + t);
        const before = stateEnergy(net, s);
        const r = relax(net, s, createRng(t));
        expect(r.converged).toBe(true);
        expect(stateEnergy(net, s)).toBeLessThanOrEqual(before + 1e-15);
        expect(isFixedPoint(net, s)).toBe(true);
        for (const x of s) expect(Math.abs(x)).toBe(1);
      }
    });
  }
  it('keeps ties: a unit with zero field never flips', () => {
    const t0 = buildTask({ kind: 'random', side: 5, P: 1, E: 1, p: 0, nonExamples: 0, seed: 1 });
    // No training states: every weight and field is 0.
    const empty = { ...t0, examples: new Int8Array(0), K: 0, groupOf: new Int16Array(0) };
    const net = buildNetwork(empty, NETS[0]);
    const s = randomState(5);
    const copy = s.slice();
    expect(relax(net, s, createRng(1))).toEqual({ sweeps: 1, converged: true });
    expect(s).toEqual(copy);
  });
});
