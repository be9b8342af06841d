/**
 * The pause a training waits on between iterations: a yield to the worker's messages (engine's
 * createPause), then, while the room is held (kernelPause), a wait until kernelResume or until the
 * request is cancelled. Nothing is dropped or redone, so a held training continues exactly.
 */
import { abortError } from '../../../core/util/abort';
import { createPause } from '../../../engine/pause';

export interface Hold {
  hold(): void;
  release(): void;
  readonly held: boolean;
  /** The pause for one request: yields, then waits while held; rejects once `signal` aborts. */
  pauseFor(signal?: AbortSignal): () => Promise<void>;
}

export function createHold(): Hold {
  const yieldNow = createPause();
  let held = false;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const go of w) go();
  };
  return {
    hold: () => void (held = true),
    release() {
      held = false;
      wake();
    },
    get held() {
      return held;
    },
    pauseFor(signal) {
      return async () => {
        await yieldNow();
        while (held) {
          if (signal?.aborted) throw abortError(signal.reason);
          await new Promise<void>((go) => {
            waiters.push(go);
            signal?.addEventListener('abort', () => go(), { once: true });
          });
        }
        if (signal?.aborted) throw abortError(signal.reason);
      };
    },
  };
}
