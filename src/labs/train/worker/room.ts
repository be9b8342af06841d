/**
 * The training lab's worker room: the tfjs data of the host's MNIST split (one upload per subset,
 * freed when unused), and at most one running lockstep group (kh-runner.ts over kh-tf.ts
 * trainers). A new train call cancels the running group and waits for it to wind down first;
 * aborting a train request stops its group after the current minibatch. Its calibration
 * workload is one training minibatch (backends rank differently on it than on a softmax step).
 */
import { transfer } from 'comlink';
import type { MnistSet } from '../../../core/data/mnist-format';
import { splitMnist } from '../../../core/classifier/kh-split';
import { errorMessage } from '../../../core/util/error-message';
import { abortError } from '../../../core/util/abort';
import { defineRoom } from '../../../engine/room';
import { TRAIN_ROOM, type LabEvent, type TrainRoomApi } from './api';
import { calibrateKhStep } from './kh-calibrate';
import { createKhRunner, type KhRunner } from './kh-runner';
import {
  createKhTfTrainer,
  disposeKhData,
  evaluateKhTf,
  uploadKhData,
  type KhTfData,
} from './kh-tf';

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
      let current: { runner: KhRunner; done: Promise<unknown> } | null = null;
      /** The latest train call: the next one aborts it (while it waits, or while it trains). */
      let latest: AbortController | null = null;
      ctx.onChange((what) => {
        if (what !== 'mnist') return;
        cache?.clear();
        cache = null;
      });
      const data = () => (cache ??= createDataCache(ctx.mnist()));

      /** Cancels the running group (if any) and waits until it has released its tensors. */
      const stopCurrent = async () => {
        while (current) {
          const c = current;
          c.runner.cancel();
          await c.done.catch(() => undefined);
          if (current === c) current = null;
        }
      };

      return {
        async train(signal, req, onEvents) {
          latest?.abort();
          const superseded = new AbortController();
          latest = superseded;
          await stopCurrent();
          if (superseded.signal.aborted) return 'cancelled';
          if (signal.aborted) throw abortError();
          const set = data().acquire(req.subset);
          let runner: KhRunner;
          try {
            runner = createKhRunner(req.runs, {
              createTrainer: (spec) => {
                try {
                  return createKhTfTrainer(spec.options, set.data, spec.resume);
                } catch (e) {
                  throw new Error(`run ${spec.id}: ${errorMessage(e)}`, { cause: e });
                }
              },
              onEvents: (events) => {
                try {
                  void Promise.resolve(onEvents(transfer(events, eventBuffers(events)))).catch(
                    () => undefined,
                  );
                } catch {
                  // The page went away; the group trains until it is cancelled.
                }
              },
              progressEveryMs: req.progressEveryMs,
              yieldToEvents: opts.yieldToEvents,
            });
          } catch (e) {
            set.release();
            throw e;
          }
          const stop = () => runner.cancel();
          signal.addEventListener('abort', stop);
          superseded.signal.addEventListener('abort', stop);
          const done = runner.run().finally(() => set.release());
          const mine = { runner, done };
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
        },
        async pause() {
          // Answers once the loop holds, so every event sent before the hold arrived first.
          await current?.runner.pause();
        },
        async resume() {
          current?.runner.resume();
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
          return current?.runner.held ?? 0;
        },
      };
    },
  });
}

export const trainRoom = trainRoomWith();

export default trainRoom;
