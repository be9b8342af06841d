import { describe, expect, it } from 'vitest';
import { flipNoise } from './corrupt';
import { randomPatterns } from '../data/datasets';
import { createRng } from '../util/random';
import { retrieve } from './retrieve';
import { createStepper, type Stepper, type StepperConfig } from './stepper';
import type { ModelSpec, Patterns } from './types';

const row = (p: Patterns, mu: number) => p.data.slice(mu * p.dim, (mu + 1) * p.dim);
const memories = randomPatterns(30, 100, createRng(1));
const cue = flipNoise(row(memories, 2), 0.3, createRng(2));
const cfg = (spec: ModelSpec, over: Partial<StepperConfig> = {}): StepperConfig => ({
  spec,
  mode: 'async',
  order: 'random',
  temperature: 0,
  ...over,
});

/** Whole steps until the stepper converges; fails past `limit` steps instead of spinning. */
function stepToConvergence(s: Stepper, limit = 100): void {
  for (let k = 0; !s.converged(); k++) {
    if (k >= limit) throw new Error(`the stepper did not converge within ${limit} steps`);
    s.advance('step', 1);
  }
}

describe('createStepper', () => {
  it.each([
    [{ energy: 'polynomial', n: 3, beta: 1 }, 'async', 'random'],
    [{ energy: 'rectified', n: 5, beta: 1 }, 'async', 'sequential'],
    [{ energy: 'exponential', n: 2, beta: 0.5 }, 'sync', 'sequential'],
    [{ energy: 'softmax', n: 2, beta: 0.2 }, 'sync', 'sequential'],
  ] as const)(
    'neuron by neuron reaches what retrieve() reaches (%o %s %s)',
    (spec, mode, order) => {
      const ref = retrieve(spec, memories, cue, { mode, order, seed: 9, maxSteps: 50 });
      const s = createStepper(memories, cue, cfg(spec, { mode, order }), { seed: 9 });
      let guard = 0;
      while (!s.converged() && guard++ < 100 * 100) s.advance('neuron', 1);
      const v = s.view();
      expect(v.converged).toBe(true);
      Array.from(v.state).forEach((x, i) => expect(x).toBeCloseTo(ref.final[i], 6));
      expect(v.energy).toBeCloseTo(ref.energies[ref.energies.length - 1], 6);
    },
  );

  it('never raises the energy one neuron at a time, and a step finishes the current sweep', () => {
    const s = createStepper(memories, cue, cfg({ energy: 'polynomial', n: 3, beta: 1 }), {
      seed: 3,
    });
    let last = s.view().energy;
    for (let k = 0; k < 37; k++) {
      s.advance('neuron', 1);
      const e = s.view().energy;
      expect(e).toBeLessThanOrEqual(last);
      last = e;
    }
    expect(s.view().t).toBeCloseTo(0.37, 10);
    s.advance('step', 1);
    expect(s.view().t).toBe(1);
  });

  it('takes a new n on the next update: a fixed point of n = 2 moves on at n = 3', () => {
    const crowded = randomPatterns(40, 100, createRng(5));
    const start = flipNoise(row(crowded, 0), 0.15, createRng(6));
    const s = createStepper(crowded, start, cfg({ energy: 'polynomial', n: 2, beta: 1 }), {
      seed: 1,
    });
    stepToConvergence(s);
    const atN2 = Array.from(s.view().state);
    expect(atN2).not.toEqual(Array.from(row(crowded, 0)));
    s.configure({ spec: { energy: 'polynomial', n: 3, beta: 1 } });
    expect(s.converged()).toBe(false);
    stepToConvergence(s);
    const atN3 = s.view().state;
    expect(Array.from(atN3)).not.toEqual(atN2);
    // It is now a fixed point of the n = 3 dynamics, which it was not before.
    const spec3: ModelSpec = { energy: 'polynomial', n: 3, beta: 1 };
    const dyn = { mode: 'async', order: 'sequential', seed: 0, maxSteps: 5 } as const;
    expect(retrieve(spec3, crowded, atN3, dyn).steps).toBe(1);
    expect(retrieve(spec3, crowded, atN2, dyn).steps).toBeGreaterThan(1);
  });

  it('switches between softmax and binary families mid-run', () => {
    const s = createStepper(memories, cue, cfg({ energy: 'softmax', n: 2, beta: 4 }), { seed: 1 });
    s.advance('step', 1);
    expect(s.view().weights?.[2]).toBeGreaterThan(0.99);
    s.configure({ spec: { energy: 'polynomial', n: 3, beta: 1 } });
    s.view().state.forEach((v) => expect(Math.abs(v)).toBe(1));
    stepToConvergence(s);
    expect(Array.from(s.view().state)).toEqual(Array.from(row(memories, 2)));
  });

  it('makes seeded stochastic updates at T > 0 that reproduce and never report convergence', () => {
    const run = () => {
      const s = createStepper(
        memories,
        cue,
        cfg({ energy: 'polynomial', n: 3, beta: 1 }, { temperature: 0.5 }),
        {
          seed: 4,
        },
      );
      s.advance('step', 5);
      return s.view();
    };
    const a = run();
    const b = run();
    expect(Array.from(a.state)).toEqual(Array.from(b.state));
    expect(a.converged).toBe(false);
  });

  it('never updates clamped neurons and rejects bad settings', () => {
    const clamp = new Uint8Array(100).fill(1, 0, 50);
    const s = createStepper(memories, cue, cfg({ energy: 'polynomial', n: 3, beta: 1 }), {
      seed: 0,
      clamp,
    });
    s.advance('step', 5);
    const v = s.view().state;
    for (let i = 0; i < 50; i++) expect(v[i]).toBe(cue[i]);
    expect(() => s.configure({ spec: { energy: 'polynomial', n: 70, beta: 1 } })).toThrow(
      /n must be/,
    );
    expect(() => s.configure({ temperature: -1 })).toThrow(/temperature/);
  });
});
