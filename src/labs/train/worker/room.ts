/**
 * The training lab's worker room: the tfjs data of the host's MNIST split (one upload per subset,
 * freed when unused), and at most one running job: a lockstep group (kh-runner.ts over kh-tf.ts
 * trainers) or a sequence (seq-room.ts). A new train or trainSequence call cancels the running
 * job and waits for it to wind down first; aborting a request stops its job after the current
 * minibatch; pause and resume hold and continue whichever runs. Its calibration
 * workload is one training minibatch (backends rank differently on it than on a softmax step).
 */
import { transfer } from 'comlink';
import type { MnistSet } from '../../../core/data/mnist-format';
import { splitMnist, type KhSplit } from '../../../core/classifier/kh-split';
import type { SeqEpochEvent } from '../../../core/sequential/types';
import { errorMessage } from '../../../core/util/error-message';
import { abortError } from '../../../core/util/abort';
import { defineRoom } from '../../../engine/room';
import { parseSeqRequest } from '../../../schema/sequential';
import { TRAIN_ROOM, type LabEvent, type TrainRoomApi } from './api';
import { calibrateKhStep } from './kh-calibrate';
import { createKhRunner } from './kh-runner';
import {
  createKhTfTrainer,
  disposeKhData,
  evaluateKhTf,
  uploadKhData,
  type KhTfData,
} from './kh-tf';
import { createSeqSession, type SeqOutcome } from './seq-room';

export interface TrainRoomOptions {
  /** Passed to the runner (tests inject a deterministic yield). */
  yieldToEvents?: () => Promise<void>;
}

/** Moves the events' arrays to the UI instead of copying them. */
const eventBuffers = (events: LabEvent[]): ArrayBuffer[] =>
  events.flatMap((e) =>
    e.kind === 'epoch'
      ? [e.memories.buffer as ArrayBuffer, e.contributors.histogram.buffer as ArrayBuffer]
      : [e.memories.buffer as ArrayBuffer],
  );

/** Sends a batch of events to the page without waiting for it (the arrays move). */
function deliver<E>(onEvents: (events: E[]) => unknown, buffers: (events: E[]) => ArrayBuffer[]) {
  return (events: E[]) => {
    try {
      void Promise.resolve(onEvents(transfer(events, buffers(events)))).catch(() => undefined);
    } catch {
      // The page went away; the job trains until it is cancelled.
    }
  };
}

/** What the room needs of a running job (a kh-runner group or a sequence session). */
interface Job {
  cancel(): void;
  pause(): Promise<void>;
  resume(): void;
  readonly held: number;
}

/**
 * The uploaded data sets, one per subset, counted by their users: a set is freed once it is
 * neither the latest one asked for nor in use (a train and an evaluate may overlap).
 */
function createDataCache(set: MnistSet) {
  const entries = new Map<string, { data: KhTfData; users: number }>();
  let latest = '';
  const prune = () => {
    for (const [key, e] of entries) {
      if (key !== latest && e.users === 0) {
        disposeKhData(e.data);
        entries.delete(key);
      }
    }
  };
  return {
    acquire(subset?: number): { data: KhTfData; release: () => void } {
      const key = subset === undefined ? 'full' : String(subset);
      let entry = entries.get(key);
      if (!entry) {
        entry = { data: uploadKhData(splitMnist(set, subset), set.rows * set.cols, 10), users: 0 };
        entries.set(key, entry);
      }
      latest = key;
      entry.users++;
      prune();
      const e = entry;
      let released = false;
      return {
        data: e.data,
        release() {
          if (released) return;
          released = true;
          e.users--;
          prune();
        },
      };
    },
    /** Frees every set now, or when its last user releases it. */
    clear() {
      latest = '';
      prune();
    },
  };
}

export function trainRoomWith(opts: TrainRoomOptions = {}) {
  return defineRoom<TrainRoomApi>({
    id: TRAIN_ROOM,
    calibration: { label: 'training minibatch', run: () => calibrateKhStep() },
    create(ctx) {
      let cache: ReturnType<typeof createDataCache> | null = null;
      /** The full split in float64 for sequences (the driver cuts its tasks from it). */
      let split: KhSplit | null = null;
      let current: { job: Job; done: Promise<unknown> } | null = null;
      /** The latest train call: the next one aborts it (while it waits, or while it trains). */
      let latest: AbortController | null = null;
      ctx.onChange((what) => {
        if (what !== 'mnist') return;
        cache?.clear();
        cache = null;
        split = null;
      });
      const data = () => (cache ??= createDataCache(ctx.mnist()));

      /** Cancels the running group (if any) and waits until it has released its tensors. */
      const stopCurrent = async () => {
        while (current) {
          const c = current;
          c.job.cancel();
          await c.done.catch(() => undefined);
          if (current === c) current = null;
        }
      };

      /**
       * Supersedes the running job, starts the next one and waits for it; `cancelled` when a
       * newer call came while this one waited for the last to wind down.
       */
      const exclusive = async <R>(
        signal: AbortSignal,
        cancelled: R,
        start: () => { job: Job; run: () => Promise<R> },
      ): Promise<R> => {
        latest?.abort();
        const superseded = new AbortController();
        latest = superseded;
        await stopCurrent();
        if (superseded.signal.aborted) return cancelled;
        if (signal.aborted) throw abortError();
        const { job, run } = start();
        const stop = () => job.cancel();
        signal.addEventListener('abort', stop);
        superseded.signal.addEventListener('abort', stop);
        const done = run();
        const mine = { job, done };
        current = mine;
        try {
          const outcome = await done;
          if (signal.aborted) throw abortError();
          return outcome;
        } finally {
          signal.removeEventListener('abort', stop);
          superseded.signal.removeEventListener('abort', stop);
          if (latest === superseded) latest = null;
          if (current === mine) current = null;
        }
      };

      return {
        train(signal, req, onEvents) {
          return exclusive(signal, 'cancelled' as const, () => {
            const set = data().acquire(req.subset);
            try {
              const runner = createKhRunner(req.runs, {
                createTrainer: (spec) => {
                  try {
                    return createKhTfTrainer(spec.options, set.data, spec.resume);
                  } catch (e) {
                    throw new Error(`run ${spec.id}: ${errorMessage(e)}`, { cause: e });
                  }
                },
                onEvents: deliver(onEvents, eventBuffers),
                progressEveryMs: req.progressEveryMs,
                yieldToEvents: opts.yieldToEvents,
              });
              return { job: runner, run: () => runner.run().finally(() => set.release()) };
            } catch (e) {
              set.release();
              throw e;
            }
          });
        },
        async trainSequence(signal, req, onEvents) {
          const request = parseSeqRequest(req);
          const cancelled: SeqOutcome = { outcome: 'cancelled', results: [] };
          return exclusive(signal, cancelled, () => {
            const session = createSeqSession(request, {
              split: (split ??= splitMnist(ctx.mnist())),
              onEvents: deliver(onEvents, (events: SeqEpochEvent[]) =>
                events.map((e) => e.memories.buffer as ArrayBuffer),
              ),
              yieldToEvents: opts.yieldToEvents,
            });
            return { job: session, run: () => session.run() };
          });
        },
        async pause() {
          // Answers once the loop holds, so every event sent before the hold arrived first.
          await current?.job.pause();
        },
        async resume() {
          current?.job.resume();
        },
        async evaluate(_signal, options, T, memories) {
          const set = data().acquire();
          try {
            return await evaluateKhTf(options, T, memories, set.data);
          } finally {
            set.release();
          }
        },
        async held() {
          return current?.job.held ?? 0;
        },
      };
    },
  });
}

export const trainRoom = trainRoomWith();

export default trainRoom;
