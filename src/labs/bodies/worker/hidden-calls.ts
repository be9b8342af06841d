/**
 * The hidden-neuron view's part of the bodies room: builds the set-up's memories and cue from
 * the MNIST set the host holds (hidden-task.ts) and runs the two-layer network and its effective
 * one-layer limit side by side (the core's runHidden), at most FRAMES snapshots kept.
 */
import type { HiddenNetSpec } from '../../../core/hidden/types';
import type { HostContext } from '../../../engine/room';
import { mnistOf, notify } from '../../../engine/room-calls';
import type { RoomImpl } from '../../../worker-api/host-api';
import { runHidden } from '../../../core/hidden';
import type { HiddenRoomApi, HiddenSetup, HiddenShown } from './hidden-api';
import { buildHiddenTask } from './hidden-task';

/** Snapshots kept per run (plus the last step): enough to play back, small to send. */
export const FRAMES = 100;

export const frameEvery = (steps: number): number => Math.max(1, Math.ceil(steps / FRAMES));

export const netSpecOf = (s: HiddenSetup): HiddenNetSpec => ({
  model: s.model,
  F: s.F,
  n: s.n,
  beta: s.beta,
  tauF: s.tauF,
  tauH: s.tauH,
  dt: s.dt,
});

export function createHiddenCalls(ctx: HostContext): RoomImpl<HiddenRoomApi> {
  return {
    async hiddenRun(signal, setup, onProgress) {
      const set = mnistOf(ctx);
      if (!set) throw new Error('The MNIST digits have not reached the worker yet.');
      notify(onProgress, 0, 2);
      const task = buildHiddenTask(setup, set);
      notify(onProgress, 1, 2);
      const t0 = performance.now();
      const run = runHidden(netSpecOf(setup), task.memories, task.v0, task.input, {
        steps: setup.steps,
        frameEvery: frameEvery(setup.steps),
        h0: setup.h0,
        signal,
      });
      notify(onProgress, 2, 2);
      const shown: HiddenShown = {
        setup,
        run,
        memories: task.memories.data,
        labels: task.labels,
        K: task.memories.K,
        rows: task.rows,
        cols: task.cols,
        cue: task.v0,
        masked: task.masked,
        ms: performance.now() - t0,
      };
      return shown;
    },
  };
}
