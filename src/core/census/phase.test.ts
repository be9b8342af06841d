import { describe, expect, it } from 'vitest';
import { buildNetwork } from './network';
import { hebbianPrototypeFixed, runPhaseMap } from './phase';
import { isFixedPoint } from './profile';
import { DEFAULT_PHASE } from './presets';
import { buildTask } from './task';
import { normalCdf, prototypeStableTheory } from './theory';

describe('runPhaseMap', () => {
  it('the overlap-based Hebbian test agrees with the network', () => {
    for (let seed = 0; seed < 20; seed++) {
      const task = buildTask({
        kind: 'random',
        side: 6,
        P: 4,
        E: 5,
        p: 0.15,
        nonExamples: 0,
        seed,
      });
      const net = buildNetwork(task, { kind: 'hebbian', n: 2 });
      for (let g = 0; g < 4; g++) {
        expect(hebbianPrototypeFixed(task, g, new Int32Array(task.K))).toBe(
          isFixedPoint(net, task.prototypes.subarray(g * 36, (g + 1) * 36)),
        );
      }
    }
  });
  it('is seeded, covers every cell, and the theory follows the measured cells', async () => {
    const spec = { ...DEFAULT_PHASE, Es: [3, 8, 20], ps: [0, 0.1, 0.2], trials: 20 };
    const r = await runPhaseMap(spec);
    expect({ ...r, ms: 0 }).toEqual({ ...(await runPhaseMap(spec)), ms: 0 });
    expect(r.cells.length).toBe(9);
    for (const c of r.cells) {
      expect(c.total).toBe(200);
      expect(Math.abs(c.stable / c.total - (c.theory ?? NaN))).toBeLessThan(0.15);
    }
  });
  it('dense networks have no theory', async () => {
    const r = await runPhaseMap({
      ...DEFAULT_PHASE,
      Es: [5],
      ps: [0.1],
      trials: 2,
      network: { kind: 'polynomial', n: 3 },
    });
    expect(r.cells[0].theory).toBeNull();
    expect(r.cells[0].total).toBe(20);
  });
  it('the default map stays well under 3 s', async () => {
    const r = await runPhaseMap(DEFAULT_PHASE);
    expect(r.cells.length).toBe(56);
    expect(r.ms).toBeLessThan(3000);
  });
});

describe('prototypeStableTheory', () => {
  it('reduces to the classical Hopfield SNR at p = 0 and to 2^−N at p = ½', () => {
    const N = 100;
    const P = 10;
    expect(prototypeStableTheory(N, P, 5, 0)).toBeCloseTo(normalCdf(Math.sqrt(99 / 9)) ** N, 6);
    expect(prototypeStableTheory(N, 1, 5, 0)).toBe(1);
    expect(prototypeStableTheory(36, P, 4, 0.5)).toBeCloseTo(0.5 ** 36, 12);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
  });
  it('rises with E and falls with p', () => {
    expect(prototypeStableTheory(100, 10, 20, 0.1)).toBeGreaterThan(
      prototypeStableTheory(100, 10, 5, 0.1),
    );
    expect(prototypeStableTheory(100, 10, 20, 0.2)).toBeLessThan(
      prototypeStableTheory(100, 10, 20, 0.1),
    );
  });
});
