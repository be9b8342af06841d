/**
 * The kernel lab's runtime: the U-Hop+ training (live progress into the cache, pause, resume,
 * cancel), the basin map before and after, the 2-D energy contours and the MNIST metastable
 * table, each a job of the shell's job runner calling the worker's kernel room. The room's
 * progress callback has its own message port, so a progress message can land after the result:
 * once a job's result is in, late messages are dropped. Made per lab start; no module state.
 */
import { createJobs } from '../../../shell/jobs';
import { lessonEvent } from '../../../shell/lessons/events';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import { KERNEL_ROOM, type KernelRoomApi, type KernelTrainProgress } from '../worker/api';
import { presetSetup } from './presets';
import { createKernelResults, type KernelResultsCache } from './results';
import {
  basinProblem,
  basinRequest,
  contourProblem,
  contourRequest,
  metastableProblem,
  metastableRequest,
  sameTraining,
  trainingSpec,
  trainProblem,
} from './setup';
import { KERNEL_JOBS, type KernelJobName, type KernelSetup } from './slice';

export interface KernelRuntime {
  results: KernelResultsCache;
  /** Trains U-Hop+ on the set-up (a training in flight is cancelled first). */
  train(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  basins(): Promise<void>;
  contours(): Promise<void>;
  metastable(): Promise<void>;
  /** Loads a preset (a phone gets a coarser basin grid); false when there is no such preset. */
  applyPreset(id: string, phone?: boolean): boolean;
  /** Edits the set-up (it is no longer the preset's). */
  edit(patch: Partial<KernelSetup>): void;
  cancel(job: KernelJobName): void;
}

export function createKernel(
  shell: Shell,
  room: RoomClient<KernelRoomApi> = shell.compute.room<KernelRoomApi>(KERNEL_ROOM),
): KernelRuntime {
  const results = createKernelResults();
  const store = () => useDamStore.getState();
  const jobs = createJobs<KernelJobName>({
    names: KERNEL_JOBS,
    status: (name) => store().kernelJobs[name].status,
    set: (name, patch) => store().setKernelJob(name, patch),
    ready: () => shell.compute.whenReady(),
  });
  const { progress } = jobs;
  const needsMnist = (s: KernelSetup) => s.memories.source === 'mnist';
  const problemLine = (p: string | null) => p && `The set-up: ${p}`;

  function train(): Promise<void> {
    const setup = store().kernel;
    const spec = trainingSpec(setup);
    // The store's flag is the pause's truth and the room's hold follows it: a held last training is
    // released here, and a pause asked for before the room starts this one holds it at its first step.
    release();
    return jobs.run(
      'train',
      async (signal) => {
        store().setKernelScrub(null);
        const dims = Math.min(spec.uhop.dPhi, 3);
        results.set({ ...results.get(), live: { spec, history: [], points: null, dims } });
        if (needsMnist(setup)) await shell.compute.ensureMnist();
        let finished = false;
        const onProgress = (p: KernelTrainProgress) => {
          if (signal.aborted || finished) return;
          const live = results.get().live;
          if (!live || live.spec !== spec) return;
          results.set({
            ...results.get(),
            live: { ...live, history: [...live.history, p.step], points: p.points },
          });
          store().setKernelJob('train', { done: p.done, total: p.total });
        };
        const r = await room
          .call('kernelTrain', [spec, onProgress], { signal, background: true })
          .finally(() => {
            finished = true;
            // A pause that came after the last iteration must not hold the next training.
            release();
          });
        if (signal.aborted) return;
        results.set({ ...results.get(), live: null, train: r });
        lessonEvent('kernel:trained');
      },
      problemLine(trainProblem(setup)),
    );
  }

  function basins(): Promise<void> {
    const setup = store().kernel;
    const req = basinRequest(setup);
    return jobs.run(
      'basins',
      async (signal) => {
        if (needsMnist(setup)) await shell.compute.ensureMnist();
        const result = await room.call('kernelBasins', [req, progress('basins', signal)], {
          signal,
          background: true,
        });
        if (signal.aborted) return;
        results.set({ ...results.get(), basins: { req, result } });
      },
      problemLine(basinProblem(setup)),
    );
  }

  function contours(): Promise<void> {
    const setup = store().kernel;
    const req = contourRequest(setup);
    return jobs.run(
      'contours',
      async (signal) => {
        const result = await room.call('kernelContours', [req], { signal, background: true });
        if (signal.aborted) return;
        const t = results.get().train;
        const marks = t && sameTraining(t.spec, req.training) ? t.memories.data : null;
        results.set({ ...results.get(), contours: { req, result, marks } });
      },
      problemLine(contourProblem(setup)),
    );
  }

  function metastable(): Promise<void> {
    const setup = store().kernel;
    const req = metastableRequest(setup);
    return jobs.run(
      'metastable',
      async (signal) => {
        await shell.compute.ensureMnist();
        const result = await room.call('kernelMetastable', [req, progress('metastable', signal)], {
          signal,
          background: true,
        });
        if (signal.aborted) return;
        results.set({ ...results.get(), metastable: { req, result } });
        lessonEvent('kernel:metastable');
      },
      problemLine(metastableProblem(setup)),
    );
  }

  const release = () => {
    if (!store().kernelPaused) return;
    store().setKernelPaused(false);
    void room.call('kernelResume', [], { urgent: true }).catch(() => undefined);
  };

  const running = () => store().kernelJobs.train.status === 'running';

  return {
    results,
    train,
    async pause() {
      if (!running() || store().kernelPaused) return;
      store().setKernelPaused(true);
      await room.call('kernelPause', [], { urgent: true });
    },
    async resume() {
      if (!store().kernelPaused) return;
      store().setKernelPaused(false);
      await room.call('kernelResume', [], { urgent: true });
    },
    basins,
    contours,
    metastable,
    applyPreset(id, phone = false) {
      const setup = presetSetup(id, phone);
      if (!setup) return false;
      store().setKernel(setup);
      store().setKernelScrub(null);
      return true;
    },
    edit(patch) {
      store().setKernel({ ...patch, preset: null });
    },
    cancel(job) {
      jobs.cancel(job);
      // A paused training is released after the abort, so the room stops rather than goes on.
      if (job === 'train') release();
    },
  };
}
