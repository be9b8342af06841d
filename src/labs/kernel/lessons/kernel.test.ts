/**
 * The kernel lesson's steps against the real store and a runtime on a fake room: the first
 * step's set-up leaves the preset and its task is done by loading Tammes M = 6; a step's set-up
 * loads what it needs on its own (a step link opens it alone); the last step waits on the
 * table's lesson event.
 */
import { describe, expect, it } from 'vitest';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import { createKernel } from '../app/runtime';
import { createKernelSlice } from '../app/slice';
import { kernelLesson } from './kernel';

installLabSlices([createKernelSlice]);

const shell = {
  compute: { whenReady: () => Promise.resolve(), ensureMnist: () => Promise.resolve() },
} as unknown as Shell;
const room = { call: () => new Promise(() => undefined) };

describe('the kernel lesson', () => {
  it('has 4 to 6 steps, each with a target', () => {
    expect(kernelLesson.steps.length).toBeGreaterThanOrEqual(4);
    expect(kernelLesson.steps.length).toBeLessThanOrEqual(6);
    for (const s of kernelLesson.steps)
      expect(s.target).toMatch(/^section\[aria-labelledby="kernel-/);
  });

  it('is done with step 1 once Tammes M = 6 is loaded, and step 5 on the table’s event', () => {
    const runtime = createKernel(shell, room as never);
    const ctx = () => ({ state: useDamStore.getState(), runtime, shell });
    const [first, , , , last] = kernelLesson.steps;
    void first.setup?.(ctx());
    const start = useDamStore.getState();
    expect(start.kernel.preset).toBeNull();
    expect(first.done({ ...ctx(), start, events: new Set() })).toBe(false);
    runtime.applyPreset('tammes-6');
    expect(first.done({ ...ctx(), start, events: new Set() })).toBe(true);
    void last.setup?.(ctx());
    expect(useDamStore.getState().kernel.memories).toMatchObject({ source: 'mnist', M: 200 });
    expect(useDamStore.getState().kernel.metastable.queries).toBe(100);
    expect(last.done({ ...ctx(), start, events: new Set() })).toBe(false);
    expect(last.done({ ...ctx(), start, events: new Set(['kernel:metastable']) })).toBe(true);
  });

  it('starts the training its later steps need when none is shown', () => {
    const runtime = createKernel(shell, room as never);
    kernelLesson.steps[2].setup?.({ state: useDamStore.getState(), runtime, shell });
    expect(useDamStore.getState().kernel.preset).toBe('tammes-6');
    expect(useDamStore.getState().kernelJobs.train.status).toBe('running');
    runtime.cancel('train');
  });
});
