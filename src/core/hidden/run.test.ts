import { describe, expect, it } from 'vitest';
import { isAbortError } from '../util/abort';
import { HiddenOverflowError } from './errors';
import { hiddenSpec, noisyStart, unitMemories } from './fixtures';
import { runHidden } from './run';
import type { HiddenInput, HiddenRunOptions } from './types';

const N = 40;
const K = 10;
const mem = unitMemories(31, K, N);
const v0 = noisyStart(mem, 4, 0.8, 0.6, 32);
const input: HiddenInput = { I: new Float64Array(N) };
const opts: HiddenRunOptions = { steps: 95, frameEvery: 10, h0: 'zero' };

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('runHidden', () => {
  it('records steps + 1 energies and frames every frameEvery steps and at the last', () => {
    const spec = hiddenSpec({ model: 'B', beta: 6, dt: 0.05 });
    const run = runHidden(spec, mem, v0, input, opts);
    expect(run.energy.length).toBe(96);
    expect(run.effective.length).toBe(96);
    expect(run.distance.length).toBe(96);
    expect(run.distance[0]).toBe(0);
    expect(run.frames.map((f) => f.step)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95]);
    expect(run.frames[3].t).toBeCloseTo(1.5, 14);
    expect(run.frames[0].g).toEqual(v0);
    expect(run.frames[10].g).toEqual(run.final.v); // model B: g = v
    expect(run.frames[10].f.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
    expect(run.frames[1].g).not.toEqual(run.frames[2].g); // snapshots, not views
    expect(run.energy[95]).toBeLessThan(run.energy[0]);
    expect(run.rises).toEqual([]);
    expect(run.suggestedDt).toBeUndefined();
  });

  it("h0 'fixed' starts the two layers on the effective energy", () => {
    const spec = hiddenSpec({ model: 'C', F: 'power', n: 4 });
    const fixed = runHidden(spec, mem, v0, input, { ...opts, h0: 'fixed' });
    expect(fixed.energy[0]).toBe(fixed.effective[0]);
    const zero = runHidden(spec, mem, v0, input, opts);
    expect(zero.energy[0]).not.toBe(zero.effective[0]);
  });

  it('the two-layer run approaches the effective one as τ_h goes 0.5 → 0.05 → 0.005', () => {
    const far = [0.5, 0.05, 0.005, 1e-9].map((tauH) => {
      const spec = hiddenSpec({ model: 'A', F: 'power', n: 3, tauH, dt: 0.01 });
      const run = runHidden(spec, mem, v0, input, { steps: 300, frameEvery: 300, h0: 'fixed' });
      return Math.max(...run.distance);
    });
    expect(far[0]).toBeGreaterThan(1e-3);
    expect(far[1]).toBeLessThan(far[0] / 4);
    expect(far[2]).toBeLessThan(far[1] / 4);
    expect(far[3]).toBe(0); // e^{−dt/τ_h} underflows: the same trajectory
  });

  it('a large dt makes E rise; the suggested dt runs without a rise', () => {
    const spec = hiddenSpec({ model: 'B', beta: 8, tauF: 1, dt: 2.5 });
    const run = runHidden(spec, mem, v0, input, { ...opts, steps: 40 });
    expect(run.rises.length).toBeGreaterThan(0);
    for (const r of run.rises) expect(run.energy[r.step] - run.energy[r.step - 1]).toBe(r.rise);
    expect(run.suggestedDt).toBeLessThan(2.5);
    const dt = run.suggestedDt ?? NaN;
    expect(Math.log2(2.5 / dt) % 1).toBe(0); // a halving of dt
    const steps = Math.round((40 * 2.5) / dt);
    const again = runHidden({ ...spec, dt }, mem, v0, input, { ...opts, steps });
    expect(again.rises).toEqual([]);
    // ...and the halving before it still rose.
    const before = runHidden({ ...spec, dt: 2 * dt }, mem, v0, input, {
      ...opts,
      steps: steps / 2,
    });
    expect(before.rises.length).toBeGreaterThan(0);
  });

  it('a state that overflows after E rose is refused naming dt, with the suggestion', () => {
    const spec = hiddenSpec({ model: 'B', beta: 8, dt: 3 });
    const err = caught(() => runHidden(spec, mem, v0, input, { ...opts, steps: 2000 }));
    expect(err).toBeInstanceOf(HiddenOverflowError);
    expect((err as HiddenOverflowError).field).toBe('dt');
    expect((err as Error).message).toMatch(/^dt = 3: E rose from step \d+ .*try dt = /);
  });

  it('power n = 60: a huge state is refused naming n, never a NaN', () => {
    const spec = hiddenSpec({ model: 'A', F: 'power', n: 60 });
    const huge = Float64Array.from(v0, (x) => 1e6 * x);
    const err = caught(() => runHidden(spec, mem, huge, input, opts));
    expect((err as HiddenOverflowError).field).toBe('n');
    expect((err as Error).message).toMatch(/n = 60/);
    // |ξ·v| > 1 grows without bound (E falls all the way): refused at the overflow, naming n.
    const big = noisyStart(mem, 4, 1.5, 0, 1);
    const grow = caught(() => runHidden(spec, mem, big, input, opts));
    expect(grow).toBeInstanceOf(HiddenOverflowError);
    expect((grow as Error).message).toMatch(/n = 60/);
  });

  it('stops with an AbortError when the signal fires', () => {
    const err = caught(() =>
      runHidden(hiddenSpec(), mem, v0, input, { ...opts, signal: { aborted: true } }),
    );
    expect(isAbortError(err)).toBe(true);
  });

  it('refuses bad options naming the field', () => {
    const spec = hiddenSpec();
    expect(() => runHidden(spec, mem, v0, input, { ...opts, steps: 20001 })).toThrow(/^steps must/);
    expect(() => runHidden(spec, mem, v0, input, { ...opts, steps: 1.5 })).toThrow(/^steps must/);
    expect(() => runHidden(spec, mem, v0, input, { ...opts, frameEvery: 0 })).toThrow(
      /^frameEvery/,
    );
    const h0 = 'rest' as HiddenRunOptions['h0'];
    expect(() => runHidden(spec, mem, v0, input, { ...opts, h0 })).toThrow(/^h0 must/);
    expect(() => runHidden(spec, mem, v0.subarray(1), input, opts)).toThrow(
      /^v0 must have length 40/,
    );
    const nan = Float64Array.from(v0);
    nan[3] = NaN;
    expect(() => runHidden(spec, mem, nan, input, opts)).toThrow(/^v0\[3\] must be finite/);
    expect(() => runHidden({ ...spec, tauH: 0 }, mem, v0, input, opts)).toThrow(/^tauH/);
  });
});
