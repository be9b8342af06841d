/**
 * The training lab's runtime: the snapshots cache, the last free-dynamics summary, and the
 * training over the worker's train room. Shown the first time, it loads the shipped runs and
 * starts the worker side (the MNIST set); it keeps statistics coming for what the scrubber
 * shows. A live group keeps training while another lab is shown.
 */
import { createCache, type Cache } from '../../../shell/cache';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import { TRAIN_ROOM, type TrainRoomApi } from '../worker/api';
import { ensureWorker, type TrainContext } from './context';
import type { EvolveSummary } from './evolve';
import { loadShipped } from './shipped-runs';
import { createSeqController, type SeqController } from './seq-training';
import { createSnapshots, type Snapshots } from './snapshots';
import { requestShownStats } from './stats';
import { cancelTraining, pauseTraining, resumeTraining, trainLive } from './training';

export interface TrainRuntime {
  shell: Shell;
  snapshots: Snapshots;
  /** The last generation or completion, as plain numbers (the test hook reads it). */
  evolution: Cache<EvolveSummary | null>;
  /** The sequential mode: tasks trained one after another (seq-training.ts). */
  seq: SeqController;
  trainLive(continueShipped?: boolean): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  cancel(): void;
  show(): void;
  hide(): void;
}

export function createTrain(shell: Shell): TrainRuntime {
  const ctx: TrainContext = {
    shell,
    room: shell.compute.room<TrainRoomApi>(TRAIN_ROOM),
    snapshots: createSnapshots(),
    group: null,
    groups: 0,
    evalChain: Promise.resolve(),
    shippedLoaded: new Set(),
    ready: null,
  };
  let unsubscribe: (() => void) | null = null;
  return {
    shell,
    snapshots: ctx.snapshots,
    evolution: createCache<EvolveSummary | null>(null),
    seq: createSeqController(ctx),
    trainLive: (continueShipped = false) => trainLive(ctx, continueShipped),
    pause: () => pauseTraining(ctx),
    resume: () => resumeTraining(ctx),
    cancel: () => cancelTraining(ctx),
    show() {
      void loadShipped(ctx);
      // In a task of its own: copying the 7.85 MB asset for the worker would otherwise join the
      // view's first render in one long main-thread task.
      setTimeout(() => void ensureWorker(ctx).then(() => requestShownStats(ctx)), 0);
      unsubscribe?.();
      unsubscribe = useDamStore.subscribe((s, prev) => {
        const a = s.lab;
        const b = prev.lab;
        if (a.shippedAll !== b.shippedAll) void loadShipped(ctx);
        if (
          a.scrub !== b.scrub ||
          a.group !== b.group ||
          a.shippedAll !== b.shippedAll ||
          a.runs !== b.runs
        )
          requestShownStats(ctx);
      });
    },
    hide() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
