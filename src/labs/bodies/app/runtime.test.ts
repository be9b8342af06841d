/**
 * The hidden-neuron runtime against a fake bodies room: a run's job and its frames, playback
 * (play to the end, step, reset), a set-up edit re-running the run shown without restarting
 * the playback, a cancel. Timers are faked: the test advances the clock instead of waiting.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import type { CallOptions } from '../../../worker-client/connection';
import type { HiddenSetup, HiddenShown } from '../worker/api';
import { RERUN_MS } from './hidden-runtime';
import { IDLE_JOB } from '../../../shell/jobs';
import { DEFAULT_HIDDEN } from './hidden-slice';
import { createBodies, type BodiesRuntime } from './runtime';
import { createBodiesSlice } from './slice';

installLabSlices([createBodiesSlice]);

interface Call {
  setup: HiddenSetup;
  resolve: () => void;
}
const calls: Call[] = [];
const FRAMES = 5;

function shownOf(setup: HiddenSetup): HiddenShown {
  const frames = Array.from({ length: FRAMES }, (_, j) => ({
    step: j,
    t: j * setup.dt,
    g: new Float64Array(4),
    f: Float64Array.from([j, 0]),
    gEff: new Float64Array(4),
  }));
  const e = Float64Array.from({ length: FRAMES }, (_, j) => -j);
  return {
    setup,
    run: {
      spec: { ...setup },
      energy: e,
      effective: e,
      distance: new Float64Array(FRAMES).fill(setup.tauH),
      frames,
      rises: [],
      final: { v: new Float64Array(4), h: new Float64Array(2) },
    },
    memories: new Float64Array(8),
    labels: [0, 1],
    K: 2,
    rows: 2,
    cols: 2,
    cue: new Float64Array(4),
    masked: new Uint8Array(4),
    ms: 1,
  };
}

const room = {
  call(method: string, args: unknown[], opts: CallOptions = {}) {
    if (method !== 'hiddenRun') return Promise.reject(new Error(`unexpected ${method}`));
    const [setup] = args as [HiddenSetup];
    return new Promise<HiddenShown>((resolve, reject) => {
      calls.push({ setup, resolve: () => resolve(shownOf(setup)) });
      opts.signal?.addEventListener('abort', () =>
        reject(Object.assign(new Error('cancelled'), { name: 'AbortError' })),
      );
    });
  },
};
const shell = {
  compute: {
    room: () => room,
    whenReady: () => Promise.resolve(),
    ensureMnist: () => Promise.resolve(),
  },
} as unknown as Shell;

const store = () => useDamStore.getState();
let rt: BodiesRuntime;

/** Lets the pending promise callbacks run (the fake timers do not). */
const flush = async () => {
  for (let k = 0; k < 5; k++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  useDamStore.setState({
    bodiesHidden: DEFAULT_HIDDEN,
    bodiesHiddenJob: IDLE_JOB,
    bodiesHiddenFrame: 0,
    bodiesHiddenPlaying: false,
    bodiesHiddenSpeed: 10,
  });
  rt = createBodies(shell, room as never);
});
afterEach(() => {
  rt.hide();
  vi.useRealTimers();
});

describe('the hidden-neuron runtime', () => {
  it('runs the store’s set-up, then plays the frames to the end', async () => {
    const run = rt.hidden.run();
    await flush();
    expect(store().bodiesHiddenJob.status).toBe('running');
    expect(calls).toHaveLength(1);
    expect(calls[0].setup).toBe(store().bodiesHidden);
    calls[0].resolve();
    await run;
    expect(store().bodiesHiddenJob.status).toBe('done');
    expect(rt.hidden.shown.get()?.setup).toBe(store().bodiesHidden);
    expect(store().bodiesHiddenPlaying).toBe(true);
    vi.advanceTimersByTime(100 * FRAMES);
    expect(store().bodiesHiddenFrame).toBe(FRAMES - 1);
    expect(store().bodiesHiddenPlaying).toBe(false);
    rt.hidden.step(-2);
    expect(store().bodiesHiddenFrame).toBe(FRAMES - 3);
    rt.hidden.step(9);
    expect(store().bodiesHiddenFrame).toBe(FRAMES - 1);
    rt.hidden.reset();
    expect(store().bodiesHiddenFrame).toBe(0);
  });

  it('re-runs a shown run when the set-up changes, keeping the frame, once per burst of edits', async () => {
    const first = rt.hidden.run({ play: false });
    await flush();
    calls[0].resolve();
    await first;
    store().setBodiesHiddenFrame(3);
    store().setBodiesHidden({ tauH: 0.5 });
    store().setBodiesHidden({ tauH: 0.02 });
    vi.advanceTimersByTime(RERUN_MS - 1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1].setup.tauH).toBe(0.02);
    calls[1].resolve();
    await flush();
    await flush();
    expect(store().bodiesHiddenJob.status).toBe('done');
    expect(rt.hidden.shown.get()?.run.distance[0]).toBe(0.02);
    expect(store().bodiesHiddenFrame).toBe(3);
    expect(store().bodiesHiddenPlaying).toBe(false);
  });

  it('cancels a run in flight and keeps the last run shown', async () => {
    void rt.hidden.run();
    await flush();
    rt.hidden.cancel();
    expect(store().bodiesHiddenJob.status).toBe('cancelled');
    calls[0].resolve();
    await flush();
    expect(rt.hidden.shown.get()).toBeNull();
  });
});
