/**
 * How backend selection fails: a backend that throws or hangs on start, a calibration that hangs,
 * ranking by measured time, the software-WebGPU exclusion, and no backend at all. In Node only
 * cpu is registered, so the others are stand-ins registered here (KernelBackend with no kernels:
 * the calibration is injected, so nothing runs on them).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backendLabel, backendReason } from '../shell/ui/BackendBadge';
import type { DamState } from '../store';
import type { BackendName } from '../worker-api/backend';
import { restoreBackend, selectBackend, type Calibration } from './backend';
import { tf } from './tf';

class StandIn extends tf.KernelBackend {
  override dispose(): void {}
}

const added: string[] = [];
/** Registers `name` with `factory`; removed again after each test. */
function register(name: BackendName, factory: () => tf.KernelBackend | Promise<tf.KernelBackend>) {
  expect(tf.registerBackend(name, factory)).toBe(true);
  added.push(name);
}
const starts = (name: BackendName) => register(name, () => new StandIn());

/** A calibration reporting `ms[backend]` for whichever backend tfjs is set to. */
const fakeTimings = (ms: Partial<Record<string, number>>) => async (): Promise<Calibration> => ({
  ms: ms[tf.getBackend()] ?? 100,
});

/** A never-settling promise that counts how often it was asked for. */
function hang<T>(): { promise: () => Promise<T>; calls: () => number } {
  let n = 0;
  return {
    promise: () => {
      n++;
      return new Promise<T>(() => undefined);
    },
    calls: () => n,
  };
}

const probeOf = (info: { probes: { name: string; ok: boolean; note?: string }[] }, n: string) =>
  info.probes.find((p) => p.name === n);

beforeEach(() => {
  tf.env().set('IS_TEST', true);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await tf.setBackend('cpu');
  for (const name of added.splice(0)) tf.removeBackend(name);
});

describe('a backend that fails to start', () => {
  it('one whose factory throws is reported and skipped', async () => {
    register('webgl', () => {
      throw new Error('context lost');
    });
    const info = await selectBackend('auto', { calibrate: fakeTimings({ webgl: 1, cpu: 50 }) });
    expect(info.name).toBe('cpu');
    expect(probeOf(info, 'webgl')).toMatchObject({ ok: false, note: /initialisation failed/ });
  });

  it('one that hangs on start is given up at the deadline and the next is tried', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const wasm = hang<tf.KernelBackend>();
    register('wasm', wasm.promise);
    let settled = false;
    const choice = selectBackend('auto', {
      timeoutMs: 1000,
      calibrate: fakeTimings({ cpu: 3 }),
    }).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(wasm.calls()).toBe(1);
    expect(settled).toBe(false); // still waiting on wasm, within its deadline
    await vi.advanceTimersByTimeAsync(1);
    const info = await choice;
    expect(info.name).toBe('cpu');
    // The hung start no longer blocks tfjs: ops run on the chosen backend.
    expect(tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)).dataSync()[0])).toBe(3);
    expect(probeOf(info, 'wasm')?.note).toBe("setBackend('wasm') did not finish within 1000 ms");
  });

  it('a calibration that hangs is given up at the deadline and that backend is not chosen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    starts('webgl');
    const stuck = hang<Calibration>();
    const calibrate = () =>
      tf.getBackend() === 'webgl' ? stuck.promise() : Promise.resolve({ ms: 4 });
    const choice = selectBackend('auto', { timeoutMs: 500, calibrate });
    await vi.advanceTimersByTimeAsync(500);
    const info = await choice;
    expect(stuck.calls()).toBe(1);
    expect(info.name).toBe('cpu');
    expect(probeOf(info, 'webgl')?.note).toMatch(/calibration on webgl did not finish within 500/);
  });

  it('restoring a backend that now hangs falls back to a fresh selection', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const webgl = hang<tf.KernelBackend>();
    register('webgl', webgl.promise);
    const before = { name: 'webgl' as const, reason: 'webgl: requested', probes: [] };
    const restored = restoreBackend(before, 'auto', { timeoutMs: 200, calibrate: fakeTimings({}) });
    await vi.advanceTimersByTimeAsync(200); // the restore gives up
    await vi.advanceTimersByTimeAsync(200); // the fresh selection's webgl probe gives up too
    const info = await restored;
    expect(info.name).toBe('cpu');
    expect(webgl.calls()).toBeGreaterThanOrEqual(1);
  });
});

describe('calibration ranking', () => {
  it.each([
    {
      timings: { webgl: 20, wasm: 5, cpu: 9 },
      chosen: 'wasm',
      reason: 'wasm: fastest measured (5.0 ms vs webgl 20 ms, cpu 9.0 ms)',
    },
    {
      timings: { webgl: 20, wasm: 5, cpu: 2 },
      chosen: 'cpu',
      reason: 'cpu: fastest measured (2.0 ms vs webgl 20 ms, wasm 5.0 ms)',
    },
  ])('picks the fastest measured backend, not the first in tfjs order: $chosen', async (c) => {
    starts('webgl');
    starts('wasm');
    const info = await selectBackend('auto', { calibrate: fakeTimings(c.timings) });
    expect(info.name).toBe(c.chosen);
    expect(tf.getBackend()).toBe(c.chosen);
    expect(info.reason.startsWith(c.reason)).toBe(true);
  });
});

describe('software WebGPU', () => {
  const adapter = (a: object) =>
    vi.stubGlobal('navigator', { gpu: { requestAdapter: () => Promise.resolve(a) } });
  const timings = fakeTimings({ webgpu: 1, cpu: 30 });

  it.each([
    ['architecture swiftshader', { info: { vendor: 'google', architecture: 'swiftshader' } }],
    ['info.isFallbackAdapter', { info: { vendor: 'x', isFallbackAdapter: true } }],
    ['adapter.isFallbackAdapter', { info: { vendor: 'x' }, isFallbackAdapter: true }],
  ])('%s: started but not chosen, though it would time fastest', async (_, a) => {
    adapter(a);
    starts('webgpu');
    const info = await selectBackend('auto', { calibrate: timings });
    expect(info.name).toBe('cpu');
    expect(probeOf(info, 'webgpu')).toMatchObject({ ok: true, note: /software adapter/ });
    expect(info.reason).toMatch(/WebGPU adapter is a software fallback \(SwiftShader\), not a GPU/);
  });

  it('a hardware adapter that times fastest is chosen', async () => {
    adapter({ info: { vendor: 'nvidia', architecture: 'hopper' } });
    starts('webgpu');
    const info = await selectBackend('auto', { calibrate: timings });
    expect(info.name).toBe('webgpu');
    expect(probeOf(info, 'webgpu')?.note).toMatch(/^adapter: nvidia hopper/);
  });
});

describe('no backend starts', () => {
  it('rejects naming every backend and why; the badge shows that sentence', async () => {
    const cpu = tf.findBackendFactory('cpu')!;
    try {
      tf.removeBackend('cpu');
      register('cpu', () => {
        throw new Error('broken');
      });
      const err = await selectBackend('auto').then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(err?.message).toMatch(/^no tfjs backend started: webgpu: .+; webgl: .+; wasm: .+;/);
      expect(err?.message).toMatch(/cpu: setBackend returned false/);
      // The compute link puts this message in the store (compute.ts); the badge shows it as is.
      const backend = {
        requested: 'auto',
        status: 'error',
        error: `The compute worker failed to start: ${err?.message}`,
      } as DamState['backend'];
      expect(backendLabel(backend)).toBe('unavailable');
      expect(backendReason(backend)).toContain('no tfjs backend started: webgpu:');
    } finally {
      tf.removeBackend('cpu');
      added.splice(added.indexOf('cpu'), 1);
      tf.registerBackend('cpu', cpu);
    }
  });
});
