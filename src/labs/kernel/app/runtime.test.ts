/**
 * The kernel runtime against a fake room: the training's progress lands in the cache and the
 * job, then the result; a progress message that lands after the result (the callback has its
 * own port) changes nothing; cancel stops a training and releases a paused one; pause and
 * resume reach the room; a set-up problem fails a job without calling the room.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { UhopStep } from '../../../core/kernel/types';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import type { KernelTrainProgress, KernelTrainResult, KernelTrainingSpec } from '../worker/api';
import { createKernel } from './runtime';
import { createKernelSlice, DEFAULT_KERNEL_SETUP } from './slice';

installLabSlices([createKernelSlice]);

const shell = {
  compute: { whenReady: () => Promise.resolve(), ensureMnist: () => Promise.resolve() },
} as unknown as Shell;

const step = (iteration: number): UhopStep => ({
  iteration,
  loss: 1 / (iteration + 1),
  minAngleDeg: 40 + iteration,
});

const progressOf = (i: number, total: number): KernelTrainProgress => ({
  step: step(i),
  points: new Float64Array(18).fill(i),
  done: i,
  total,
});

function resultOf(spec: KernelTrainingSpec, n: number): KernelTrainResult {
  return {
    spec,
    memories: { M: 6, D: 10, data: new Float64Array(60), labels: null },
    history: Array.from({ length: n + 1 }, (_, i) => step(i)),
    points: Array.from({ length: n + 1 }, (_, i) => new Float64Array(18).fill(i)),
    similarityBefore: new Float64Array(36),
    similarityAfter: new Float64Array(36),
    tammesDeg: 90,
    boundsDeg: { lower: 50, upper: 120 },
    backend: 'cpu',
    ms: 5,
  };
}

interface Call {
  method: string;
  args: unknown[];
  signal?: AbortSignal;
}

/** A room whose training reports two steps, then waits for `finish` (or rejects on abort). */
function fakeRoom() {
  const calls: Call[] = [];
  let finish: (() => void) | null = null;
  let late: (() => void) | null = null;
  const room = {
    call(method: string, args: unknown[], opts: { signal?: AbortSignal } = {}) {
      calls.push({ method, args, signal: opts.signal });
      if (method === 'kernelPause' || method === 'kernelResume') return Promise.resolve();
      if (method !== 'kernelTrain') return Promise.reject(new Error(`unexpected ${method}`));
      const spec = args[0] as KernelTrainingSpec;
      const onProgress = args[1] as (p: KernelTrainProgress) => void;
      onProgress(progressOf(1, 3));
      onProgress(progressOf(2, 3));
      return new Promise<KernelTrainResult>((resolve, reject) => {
        opts.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
        finish = () => resolve(resultOf(spec, 3));
        late = () => onProgress(progressOf(3, 3));
      });
    },
  };
  return {
    room,
    calls,
    finish: () => finish?.(),
    late: () => late?.(),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the kernel runtime', () => {
  beforeEach(() => {
    const s = useDamStore.getState();
    s.setKernel(DEFAULT_KERNEL_SETUP);
    s.setKernelPaused(false);
    s.setKernelJob('train', { status: 'idle', done: 0, total: 0 });
  });

  it('shows the training’s progress, then its result; a late progress message is dropped', async () => {
    const f = fakeRoom();
    const rt = createKernel(shell, f.room as never);
    const run = rt.train();
    await tick();
    const live = rt.results.get().live!;
    expect(live.history.map((h) => h.iteration)).toEqual([1, 2]);
    expect(live.dims).toBe(3);
    expect(live.points![0]).toBe(2);
    expect(useDamStore.getState().kernelJobs.train).toMatchObject({
      status: 'running',
      done: 2,
      total: 3,
    });
    f.finish();
    await run;
    const after = rt.results.get();
    expect(after.live).toBeNull();
    expect(after.train!.history).toHaveLength(4);
    expect(useDamStore.getState().kernelJobs.train.status).toBe('done');
    const version = rt.results.version();
    f.late();
    expect(rt.results.version()).toBe(version);
    expect(rt.results.get().live).toBeNull();
    expect(useDamStore.getState().kernelJobs.train).toMatchObject({ status: 'done', done: 2 });
  });

  it('passes pause and resume to the room, and only while a training runs', async () => {
    const f = fakeRoom();
    const rt = createKernel(shell, f.room as never);
    await rt.pause();
    expect(f.calls.map((c) => c.method)).toEqual([]);
    const run = rt.train();
    await tick();
    await rt.pause();
    expect(useDamStore.getState().kernelPaused).toBe(true);
    await rt.pause();
    await rt.resume();
    expect(useDamStore.getState().kernelPaused).toBe(false);
    expect(f.calls.map((c) => c.method)).toEqual(['kernelTrain', 'kernelPause', 'kernelResume']);
    f.finish();
    await run;
    expect(useDamStore.getState().kernelJobs.train.status).toBe('done');
  });

  it('keeps a pause asked for before the room starts, and releases the room when the training ends', async () => {
    const f = fakeRoom();
    const rt = createKernel(shell, f.room as never);
    const run = rt.train();
    await rt.pause(); // before the job's work has called the room
    await tick();
    expect(useDamStore.getState().kernelPaused).toBe(true);
    expect(f.calls.map((c) => c.method)).toEqual(['kernelPause', 'kernelTrain']);
    f.finish();
    await run;
    // The hold that outlived the last iteration is released, so the next training is not held.
    expect(useDamStore.getState().kernelPaused).toBe(false);
    expect(f.calls.map((c) => c.method)).toEqual(['kernelPause', 'kernelTrain', 'kernelResume']);
  });

  it('cancels a paused training: the call is aborted, the room released, what is shown stays', async () => {
    const f = fakeRoom();
    const rt = createKernel(shell, f.room as never);
    const run = rt.train();
    await tick();
    await rt.pause();
    rt.cancel('train');
    await run;
    expect(f.calls[0].signal!.aborted).toBe(true);
    expect(f.calls.map((c) => c.method)).toEqual(['kernelTrain', 'kernelPause', 'kernelResume']);
    expect(useDamStore.getState().kernelJobs.train.status).toBe('cancelled');
    expect(useDamStore.getState().kernelPaused).toBe(false);
    expect(rt.results.get().train).toBeNull();
    expect(rt.results.get().live!.history).toHaveLength(2);
  });

  it('fails a job with a set-up problem without calling the room', async () => {
    const f = fakeRoom();
    const rt = createKernel(shell, f.room as never);
    await rt.metastable();
    expect(useDamStore.getState().kernelJobs.metastable).toMatchObject({ status: 'error' });
    expect(useDamStore.getState().kernelJobs.metastable.error).toMatch(/needs MNIST memories/);
    expect(f.calls).toEqual([]);
  });

  it('loads a preset and marks an edit as no longer the preset', () => {
    const rt = createKernel(shell, fakeRoom().room as never);
    expect(rt.applyPreset('basins-5', true)).toBe(true);
    expect(useDamStore.getState().kernel).toMatchObject({ preset: 'basins-5', basin: { R: 60 } });
    rt.edit({ raw: 'initial' });
    expect(useDamStore.getState().kernel.preset).toBeNull();
    expect(rt.applyPreset('moon')).toBe(false);
  });
});
