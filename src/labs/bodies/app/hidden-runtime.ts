/**
 * The hidden-neuron view's controllers: runs the set-up in the worker's bodies room (a job with
 * progress and cancel), keeps the run in a cache, and plays its frames back.
 */
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { createCache, type Cache } from '../../../shell/cache';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { BodiesRoomApi, HiddenShown } from '../worker/api';
import { IDLE_HIDDEN_JOB } from './hidden-slice';

export interface HiddenRuntime {
  /** The run shown (null before the first). */
  shown: Cache<HiddenShown | null>;
  /** Runs the set-up (a run in flight is cancelled first). */
  run(): Promise<void>;
  cancel(): void;
  hide(): void;
}

export function createHiddenRuntime(shell: Shell, room: RoomClient<BodiesRoomApi>): HiddenRuntime {
  const shown = createCache<HiddenShown | null>(null);
  let abort = new AbortController();
  const store = () => useDamStore.getState();

  async function run(): Promise<void> {
    abort.abort();
    const mine = new AbortController();
    abort = mine;
    const { signal } = mine;
    const setup = store().bodiesHidden;
    const started = performance.now();
    store().setBodiesHiddenJob({ ...IDLE_HIDDEN_JOB, status: 'running' });
    try {
      await shell.compute.whenReady().catch(() => undefined);
      await shell.compute.ensureMnist();
      const onProgress = (done: number, total: number) => {
        if (!signal.aborted) store().setBodiesHiddenJob({ done, total });
      };
      const result = await room.call('hiddenRun', [setup, onProgress], {
        signal,
        background: true,
      });
      if (signal.aborted) return;
      // The store's own set-up object: the views compare it with the set-up to say "stale".
      shown.set({ ...result, setup });
      store().setBodiesHiddenFrame(0);
      store().setBodiesHiddenJob({ status: 'done', elapsedMs: performance.now() - started });
    } catch (err) {
      if (signal.aborted || isAbortError(err)) return;
      store().setBodiesHiddenJob({
        status: 'error',
        elapsedMs: performance.now() - started,
        error: errorMessage(err),
      });
    }
  }

  return {
    shown,
    run,
    cancel() {
      if (store().bodiesHiddenJob.status !== 'running') return;
      abort.abort();
      store().setBodiesHiddenJob({ status: 'cancelled' });
    },
    hide() {
      store().setBodiesHiddenPlaying(false);
    },
  };
}
