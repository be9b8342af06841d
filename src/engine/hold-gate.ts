/**
 * The hold a long worker loop checks between units of work (a minibatch, an epoch event): it
 * yields to the worker's messages (engine/pause.ts), holds while paused, and says whether the
 * loop was cancelled. pause() resolves once the loop actually holds — every event before the hold
 * already delivered — or once the loop has ended, so after it nothing moves. Shared by the
 * training lab's one-task runner and its sequential session.
 */
import { createPause } from './pause';

export interface HoldGate {
  /** Yields, then holds while paused; false once cancelled. Awaited by the loop. */
  checkpoint(): Promise<boolean>;
  /** The loop starts (a second start throws `twice`). */
  start(twice: string): void;
  /** The loop has ended: pending pause() calls resolve. */
  end(): void;
  pause(): Promise<void>;
  resume(): void;
  cancel(): void;
  readonly paused: boolean;
  readonly cancelled: boolean;
}

export function createHoldGate(yieldToEvents: () => Promise<void> = createPause()): HoldGate {
  let paused = false;
  let cancelled = false;
  let started = false;
  let ended = false;
  let wake: (() => void) | null = null;
  /** pause() callers waiting for the loop to hold (or to end). */
  let holdWaiters: (() => void)[] = [];
  const held = () => {
    for (const r of holdWaiters) r();
    holdWaiters = [];
  };
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  return {
    async checkpoint() {
      await yieldToEvents();
      while (paused && !cancelled) {
        const holding = new Promise<void>((r) => (wake = r));
        held();
        await holding;
      }
      return !cancelled;
    },
    start(twice) {
      if (started) throw new Error(twice);
      started = true;
    },
    end() {
      ended = true;
      held();
    },
    pause() {
      paused = true;
      if (!started || ended || wake) return Promise.resolve();
      return new Promise<void>((r) => holdWaiters.push(r));
    },
    resume() {
      paused = false;
      wakeUp();
    },
    cancel() {
      cancelled = true;
      held();
      wakeUp();
    },
    get paused() {
      return paused;
    },
    get cancelled() {
      return cancelled;
    },
  };
}
