/**
 * The worker-side implementation of LabWorkerApi: holds the MNIST split, the tfjs data of the
 * group being trained, and at most one running group (kh-runner.ts over kh-tf.ts trainers).
 * A new train call cancels the running group and waits for it to wind down before starting.
 * Every method throws an ordinary Error with one clear sentence; comlink re-throws it in the UI.
 */
import { releaseProxy, transfer } from 'comlink';
import { parseMnistAsset, type MnistSet } from '../../../core/data/mnist-format';
import { splitMnist } from '../../../core/classifier/kh-split';
import { errorMessage } from '../../../core/util/error-message';
import type { BackendInfo } from '../../../worker-api/dam-api';
import type { LabEvent, LabWorkerApi } from '../../../worker-api/lab-api';
import { selectBackend } from '../../../engine/backend';
import { calibrateKhStep } from './kh-calibrate';
import { createKhRunner, type KhRunner } from './kh-runner';
import {
  createKhTfTrainer,
  disposeKhData,
  evaluateKhTf,
  uploadKhData,
  type KhTfData,
} from './kh-tf';
import { loadBrowserBackends } from '../../../engine/tf';

export interface LabApiOptions {
  /** Load webgl / wasm / webgpu before choosing (the worker); false in Node tests. */
  browserBackends?: boolean;
  /** Passed to the runner (tests inject a deterministic yield). */
  yieldToEvents?: () => Promise<void>;
}

/** Releases a comlink-proxied callback once the call is over (a plain function: nothing). */
const release = (cb: unknown) => {
  const r = (cb as { [releaseProxy]?: () => void })[releaseProxy];
  if (typeof r === 'function') r.call(cb);
};

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

export function createLabApi(opts: LabApiOptions = {}): LabWorkerApi {
  let backend: BackendInfo | null = null;
  let cache: ReturnType<typeof createDataCache> | null = null;
  let current: { runner: KhRunner; done: Promise<unknown> } | null = null;
  /** Bumped by every train and cancel call: a train call that was overtaken while waiting quits. */
  let generation = 0;

  const needData = () => {
    if (!cache) throw new Error('the lab has no data yet: call init first');
    return cache;
  };

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
    async init(prefs, asset) {
      await stopCurrent();
      let set: MnistSet;
      try {
        set = parseMnistAsset(asset);
      } catch (e) {
        throw new Error(`the MNIST asset could not be read: ${errorMessage(e)}`, { cause: e });
      }
      if (opts.browserBackends) {
        const failures = await loadBrowserBackends();
        if (failures.length)
          console.warn('tfjs backends that failed to load:', failures.join('; '));
      }
      cache?.clear();
      cache = null;
      backend = await selectBackend(prefs.backend, { calibrate: () => calibrateKhStep() });
      cache = createDataCache(set);
      return backend;
    },

    async train(req, onEvents) {
      try {
        const gen = ++generation;
        await stopCurrent();
        if (gen !== generation) return 'cancelled';
        const data = needData().acquire(req.subset);
        let runner: KhRunner;
        try {
          runner = createKhRunner(req.runs, {
            createTrainer: (spec) => {
              try {
                return createKhTfTrainer(spec.options, data.data, spec.resume);
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
                // The UI went away; the group keeps training until cancelled.
              }
            },
            progressEveryMs: req.progressEveryMs,
            yieldToEvents: opts.yieldToEvents,
          });
        } catch (e) {
          data.release();
          throw e;
        }
        const done = runner.run().finally(() => data.release());
        const mine = { runner, done };
        current = mine;
        try {
          return await done;
        } finally {
          if (current === mine) current = null;
        }
      } finally {
        release(onEvents);
      }
    },

    async pause() {
      current?.runner.pause();
    },
    async resume() {
      current?.runner.resume();
    },
    async cancel() {
      generation++;
      await stopCurrent();
    },

    async evaluate(options, T, memories) {
      const data = needData().acquire();
      try {
        return await evaluateKhTf(options, T, memories, data.data);
      } finally {
        data.release();
      }
    },

    async ping() {
      return current?.runner.held ?? 0;
    },
  };
}
