/**
 * The hidden-neuron view's controllers: runs the set-up in the worker's bodies room (a job with
 * progress and cancel), keeps the run in a cache, and plays its frames back.
 */
import { createCache, type Cache } from '../../../shell/cache';
import { createJobs } from '../../../shell/jobs';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { BodiesRoomApi, HiddenShown } from '../worker/api';

export interface HiddenRuntime {
  /** The run shown (null before the first). */
  shown: Cache<HiddenShown | null>;
  /**
   * Runs the set-up (a run in flight is cancelled first) and plays it from the start; with
   * `{ play: false }` it keeps the frame shown (a set-up edit re-runs this way).
   */
  run(opts?: { play?: boolean }): Promise<void>;
  cancel(): void;
  /** Plays the frames back from the frame shown (from the start when at the end). */
  play(): void;
  pause(): void;
  /** Shows the frame `delta` frames on (pausing the playback). */
  step(delta: number): void;
  /** Back to the first frame, paused. */
  reset(): void;
  /** The view is shown again: set-up edits re-run the shown run again. */
  show(): void;
  hide(): void;
}

/** How long a set-up edit waits for the next before it re-runs (a slider drag is many edits). */
export const RERUN_MS = 150;

export function createHiddenRuntime(shell: Shell, room: RoomClient<BodiesRoomApi>): HiddenRuntime {
  const shown = createCache<HiddenShown | null>(null);
  const store = () => useDamStore.getState();
  const jobs = createJobs<'run'>({
    names: ['run'],
    status: () => store().bodiesHiddenJob.status,
    set: (_name, patch) => store().setBodiesHiddenJob(patch),
    ready: () => shell.compute.whenReady(),
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let active = true;
  let rerun: ReturnType<typeof setTimeout> | null = null;
  const frames = () => shown.get()?.run.frames.length ?? 0;

  function stopTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** One tick of the playback: the next frame, then the next tick at the chosen speed. */
  function tick() {
    const last = frames() - 1;
    const next = Math.min(last, store().bodiesHiddenFrame + 1);
    store().setBodiesHiddenFrame(next);
    if (next >= last) {
      stopTimer();
      store().setBodiesHiddenPlaying(false);
      return;
    }
    timer = setTimeout(tick, 1000 / store().bodiesHiddenSpeed);
  }

  function play() {
    stopTimer();
    if (frames() < 2) return;
    if (store().bodiesHiddenFrame >= frames() - 1) store().setBodiesHiddenFrame(0);
    store().setBodiesHiddenPlaying(true);
    timer = setTimeout(tick, 1000 / store().bodiesHiddenSpeed);
  }

  function pause() {
    stopTimer();
    store().setBodiesHiddenPlaying(false);
  }

  async function run(opts: { play?: boolean } = {}): Promise<void> {
    const autoplay = opts.play ?? true;
    if (rerun !== null) clearTimeout(rerun);
    rerun = null;
    pause();
    const setup = store().bodiesHidden;
    await jobs.run('run', async (signal) => {
      await shell.compute.ensureMnist();
      const result = await room.call('hiddenRun', [setup, jobs.progress('run', signal)], {
        signal,
        background: true,
      });
      if (signal.aborted) return;
      // The store's own set-up object: the views compare it with the set-up to say "stale".
      shown.set({ ...result, setup });
      const last = result.run.frames.length - 1;
      store().setBodiesHiddenFrame(autoplay ? 0 : Math.min(last, store().bodiesHiddenFrame));
      if (autoplay) play();
    });
  }

  // A set-up edit re-runs the run shown (the store is the source of truth; the worker rebuilds
  // the task from it each time).
  useDamStore.subscribe((s, prev) => {
    if (s.bodiesHidden === prev.bodiesHidden || !active || shown.get() === null) return;
    if (rerun !== null) clearTimeout(rerun);
    rerun = setTimeout(() => {
      rerun = null;
      void run({ play: false });
    }, RERUN_MS);
  });

  return {
    shown,
    run,
    cancel: () => jobs.cancel('run'),
    play,
    pause,
    step(delta) {
      pause();
      const last = Math.max(0, frames() - 1);
      store().setBodiesHiddenFrame(Math.max(0, Math.min(last, store().bodiesHiddenFrame + delta)));
    },
    reset() {
      pause();
      store().setBodiesHiddenFrame(0);
    },
    show() {
      active = true;
    },
    hide() {
      active = false;
      pause();
    },
  };
}
