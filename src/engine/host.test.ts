/**
 * The host: one backend choice for every room (the geometric mean of the rooms' workloads),
 * kept without calibrating after a restart; shared memories and MNIST checked on arrival; an
 * abort reaching the request's signal; a reply that waits for the callbacks still in flight.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHost } from './host';
import { defineRoom } from './room';
import { notify } from './room-calls';
import { tf } from './tf';

// A second backend in Node (the cpu factory under another name), so that there is a choice.
tf.registerBackend('wasm', tf.findBackendFactory('cpu')!);
afterAll(() => tf.removeBackend('wasm'));

const runs: string[] = [];
/** Fixed times per backend: the studio-like room prefers cpu, the train-like one wasm by far. */
const workload = (label: string, ms: Record<string, number>) => ({
  label,
  run: async () => {
    runs.push(`${label}@${tf.getBackend()}`);
    return ms[tf.getBackend()];
  },
});

interface Waiter {
  wait(): Promise<string>;
}

const rooms = [
  defineRoom<Waiter>({
    id: 'a',
    calibration: workload('step', { cpu: 10, wasm: 40 }),
    create: () => ({
      wait: (signal) =>
        new Promise((resolve) => signal.addEventListener('abort', () => resolve('aborted'))),
    }),
  }),
  defineRoom<Waiter>({
    id: 'b',
    calibration: workload('minibatch', { cpu: 9, wasm: 1 }),
    create: () => ({ wait: async () => 'b' }),
  }),
];

describe('the compute host', () => {
  it('calibrates once over every room and picks by the geometric mean of their times', async () => {
    const api = createHost(rooms);
    const info = await api.host.init({ backend: 'auto' });
    // Sums would pick cpu (19 ms vs 41 ms); the geometric mean ranks each room's work alike:
    // cpu √(10·9) ≈ 9.5, wasm √(40·1) ≈ 6.3.
    expect(info.name).toBe('wasm');
    expect(info.probes.find((p) => p.name === 'wasm')).toMatchObject({ ok: true });
    expect(info.probes.find((p) => p.name === 'wasm')!.stepMs).toBeCloseTo(Math.sqrt(40), 6);
    expect(info.probes.find((p) => p.name === 'cpu')!.note).toMatch(
      /step 10 ms, minibatch 9\.0 ms/,
    );
    expect(runs.sort()).toEqual(['minibatch@cpu', 'minibatch@wasm', 'step@cpu', 'step@wasm']);
    runs.length = 0;
    // After a restart the page sends the choice back: kept, nothing timed again.
    const again = createHost(rooms);
    expect(await again.host.init({ backend: 'auto', reuse: info })).toEqual(info);
    expect(runs).toEqual([]);
    expect(tf.getBackend()).toBe('wasm');
    await tf.setBackend('cpu');
  });

  it('aborts a request by its id; checks what it is sent', async () => {
    const api = createHost(rooms);
    const waiting = api.a.wait({ id: 7 });
    await api.host.abort(99); // another request: nothing happens
    await api.host.abort(7);
    expect(await waiting).toBe('aborted');
    await expect(
      api.host.setMemories({ count: 2, dim: 3, data: new Float32Array(5) }, 1),
    ).rejects.toThrow(/data holds 5 values, expected 2×3/);
    await expect(
      api.host.setMnist({
        count: 2,
        rows: 2,
        cols: 2,
        labels: new Uint8Array(2),
        pixels: new Uint8Array(3),
      }),
    ).rejects.toThrow(/malformed/);
    expect(await api.host.ping()).toBe(-1);
    expect(() => createHost([...rooms, rooms[0]])).toThrow(/room id "a" is taken/);
  });

  it('replies only once the callbacks a room sent without waiting have been delivered', async () => {
    interface Streamer {
      stream(onPoint: (k: number) => Promise<void>): Promise<string>;
    }
    const api = createHost([
      defineRoom<Streamer>({
        id: 's',
        create: () => ({
          stream: async (_signal, onPoint) => {
            for (let k = 0; k < 3; k++) notify(onPoint, k);
            return 'result';
          },
        }),
      }),
    ]);
    // The page's side of a proxied callback: each delivery settles when the test lets it.
    const delivered: number[] = [];
    const pending: (() => void)[] = [];
    const onPoint = (k: number) =>
      new Promise<void>((done) => pending.push(() => (delivered.push(k), done())));
    let replied = false;
    const s = api.s as unknown as {
      stream(m: { id: number }, cb: typeof onPoint): Promise<string>;
    };
    const reply = s.stream({ id: 1 }, onPoint).then((r) => ((replied = true), r));
    while (pending.length < 3) await Promise.resolve();
    for (let k = 0; k < 10; k++) await Promise.resolve();
    expect(replied).toBe(false);
    for (const go of pending.splice(0)) go();
    expect(await reply).toBe('result');
    expect(delivered).toEqual([0, 1, 2]);
  });
});
