/**
 * Sequential learning in the train room (issue 16, docs/models.md §8.2–8.3): one request's runs
 * through the core driver (core/sequential/driver.ts), which cuts the tasks from the fixed split,
 * scores every task itself and keeps the methods' state, on tfjs trainers (kh-tf.ts).
 *
 * Each trainer the driver asks for gets its task's training digits uploaded (shared while several
 * live trainers train on the same data object, freed with the last of them) and a one-digit test
 * set (the driver never asks a trainer to evaluate). After every minibatch, and after every epoch
 * event, the session passes the shared hold gate (engine/hold-gate.ts), as kh-runner does
 * for `train`; cancel() makes the next minibatch abandon its epoch, and the driver then ends
 * 'cancelled'. Every trainer and upload is freed when the session settles.
 */
import type { KhData, KhOptions } from '../../../core/classifier/kh-model';
import {
  runSequences,
  type SeqMinibatchHook,
  type SeqTrainer,
} from '../../../core/sequential/driver';
import type { EwcPenalty } from '../../../core/sequential/ewc';
import type { SeqEpochEvent, SeqRequest, SeqRunResult } from '../../../core/sequential/types';
import { createHoldGate } from '../../../engine/hold-gate';
import { createKhTfTrainer, disposeKhData, uploadKhData, type KhTfData } from './kh-tf';
import type { KhSplitData } from './kh-trainer';

export interface SeqOutcome {
  outcome: 'finished' | 'cancelled';
  results: SeqRunResult[];
}

export interface SeqSessionOptions {
  /** The fixed split of the host's MNIST (the driver cuts the tasks from it). */
  split: KhSplitData;
  /** Receives each epoch's event (the driver's: memories a fresh copy) as a batch of one; awaited. */
  onEvents(events: SeqEpochEvent[]): void | Promise<void>;
  /** Lets queued messages run between minibatches (default: engine/pause.ts). */
  yieldToEvents?: () => Promise<void>;
}

export interface SeqSession {
  /** Runs the sequence once; every trainer and upload is freed when it settles. */
  run(): Promise<SeqOutcome>;
  /** Holds after the current minibatch; resolves once held (or the session ended). */
  pause(): Promise<void>;
  resume(): void;
  cancel(): void;
  readonly paused: boolean;
  /** Trainers alive (created by the driver and not yet disposed). */
  readonly held: number;
}

/** Uploads of task data, counted by the trainers using them. */
function createUploads() {
  const entries = new Map<KhData, { data: KhTfData; users: number }>();
  const free = (key: KhData) => {
    const e = entries.get(key);
    if (!e) return;
    disposeKhData(e.data);
    entries.delete(key);
  };
  return {
    acquire(train: KhData, D: number, C: number): { data: KhTfData; release: () => void } {
      let entry = entries.get(train);
      if (!entry) {
        // Trainers are never evaluated here: one digit stands in for the test set.
        const test = {
          images: train.images.subarray(0, D),
          labels: Int32Array.of(train.labels[0]),
        };
        entry = { data: uploadKhData({ train, test }, D, C), users: 0 };
        entries.set(train, entry);
      }
      entry.users++;
      const e = entry;
      let released = false;
      return {
        data: e.data,
        release() {
          if (released) return;
          released = true;
          if (--e.users === 0 && entries.get(train) === e) free(train);
        },
      };
    },
    clear() {
      for (const key of [...entries.keys()]) free(key);
    },
  };
}

export function createSeqSession(request: SeqRequest, opts: SeqSessionOptions): SeqSession {
  const gate = createHoldGate(opts.yieldToEvents);
  const { checkpoint } = gate;
  const uploads = createUploads();
  const live = new Set<{ dispose(): void }>();

  const createTrainer = (
    options: KhOptions,
    train: KhData,
    resume: { epoch: number; memories: ArrayLike<number> } | undefined,
    penalty: EwcPenalty | undefined,
  ): SeqTrainer => {
    const D = options.D ?? 784;
    const C = options.C ?? 10;
    if (train.labels.length === 0) throw new Error('a task has no training digits');
    const set = uploads.acquire(train, D, C);
    let trainer: ReturnType<typeof createKhTfTrainer>;
    try {
      trainer = createKhTfTrainer(options, set.data, resume, penalty);
    } catch (e) {
      set.release();
      throw e;
    }
    const own = {
      get epoch() {
        return trainer.epoch;
      },
      get T() {
        return trainer.T;
      },
      trainEpoch: (hook?: SeqMinibatchHook) => trainer.trainEpoch(hook),
      memories: () => trainer.memories(),
      dispose() {
        if (!live.delete(own)) return;
        trainer.dispose();
        set.release();
      },
    };
    live.add(own);
    return own;
  };

  async function run(): Promise<SeqOutcome> {
    gate.start('this sequence was already run');
    try {
      return await runSequences({
        split: opts.split,
        request,
        createTrainer,
        hook: () => checkpoint(),
        onEpoch: async (e) => {
          // The driver's event is already the receiver's (its memories a fresh copy).
          await opts.onEvents([e]);
          // A pause asked for during the scoring holds here, before anything else runs.
          await checkpoint();
        },
      });
    } finally {
      gate.end();
      for (const t of [...live]) t.dispose();
      uploads.clear();
    }
  }

  return {
    run,
    pause: () => gate.pause(),
    resume: () => gate.resume(),
    cancel: () => gate.cancel(),
    get paused() {
      return gate.paused;
    },
    get held() {
      return live.size;
    },
  };
}
