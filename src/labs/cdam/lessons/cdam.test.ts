/**
 * The CDAM lesson's steps against the real store and a runtime on a room that never answers:
 * each step points at a panel of the lab; the first is done by loading the ring; a later step's
 * set-up loads the ring on its own (a step link opens it alone); the spread step wants a < 0 and
 * a finished run; the experiment steps wait on their lesson events.
 */
import { describe, expect, it } from 'vitest';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import { createCdam } from '../app/runtime';
import { createCdamSlice } from '../app/slice';
import { cdamLesson } from './cdam';

installLabSlices([createCdamSlice]);

const shell = {
  compute: { whenReady: () => Promise.resolve(), ensureMnist: () => Promise.resolve() },
} as unknown as Shell;
const room = { call: () => new Promise(() => undefined) };

describe('the CDAM lesson', () => {
  it('has 4 to 6 steps, each with a target in the lab', () => {
    expect(cdamLesson.steps.length).toBeGreaterThanOrEqual(4);
    expect(cdamLesson.steps.length).toBeLessThanOrEqual(6);
    for (const s of cdamLesson.steps) expect(s.target).toMatch(/^section\[aria-labelledby="cdam-/);
  });

  it('is done step by step as the class does what it says', () => {
    const runtime = createCdam(shell, room as never);
    const ctx = () => ({ state: useDamStore.getState(), runtime, shell });
    const [first, play, spread, range, replay] = cdamLesson.steps;
    void first.setup?.(ctx());
    const start = useDamStore.getState();
    expect(start.cdam.preset).toBeNull();
    expect(first.done({ ...ctx(), start, events: new Set() })).toBe(false);
    runtime.applyPreset('ring');
    expect(first.done({ ...ctx(), start, events: new Set() })).toBe(true);

    runtime.applyPreset('karate');
    void play.setup?.(ctx());
    expect(useDamStore.getState().cdam.preset).toBe('ring');
    expect(play.done({ ...ctx(), start, events: new Set(['cdam:done']) })).toBe(true);

    const done = new Set(['cdam:done']);
    expect(spread.done({ ...ctx(), start, events: done })).toBe(false);
    runtime.edit({ params: { a: -0.5, h: 1.5, beta: 1, eta: 0.1 } });
    expect(spread.done({ ...ctx(), start, events: done })).toBe(true);
    expect(range.done({ ...ctx(), start, events: new Set() })).toBe(false);
    expect(range.done({ ...ctx(), start, events: new Set(['cdam:range']) })).toBe(true);
    expect(replay.done({ ...ctx(), start, events: new Set(['cdam:sequence']) })).toBe(true);
  });
});
