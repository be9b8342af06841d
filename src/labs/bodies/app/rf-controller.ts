/**
 * The random-features view's controllers: the 2-D toy (both landscapes and descents; one memory
 * added or removed updates T in the worker), the error-against-Y curve (points drawn as each
 * (β, Y) finishes) and MNIST inpainting, each a job with progress and cancel; the set-up's
 * problems stop a job before the worker is asked. Made per lab start; no module state.
 */
import type { FeaturesPoint } from '../../../core/features/experiment-types';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { createCache, type Cache } from '../../../shell/cache';
import { lessonEvent } from '../../../shell/lessons/events';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { BodiesRoomApi } from '../worker/api';
import type { RfCurveResult, RfMnistResult, RfToyResult } from '../worker/features-api';
import {
  curveRequest,
  curveSetupProblem,
  mnistProblem,
  mnistRequest,
  toyProblem,
  toyRequest,
  withMemoryAdded,
  withMemoryRemoved,
} from './rf-requests';
import { IDLE_RF_JOB, type RfJob, type RfJobName } from './rf-state';
import type { FeaturesSetup } from './rf-setup';

export interface RfCurveShown {
  kind: RfCurveResult['kind'];
  /** Points so far (the whole curve once `result` is set). */
  points: FeaturesPoint[];
  result: RfCurveResult | null;
}

export interface RfResults {
  toy: RfToyResult | null;
  /** The toy set-up `toy` was computed for (the view says "stale" when it differs). */
  toyFor: FeaturesSetup | null;
  curve: RfCurveShown | null;
  mnist: RfMnistResult | null;
}

export interface RfController {
  results: Cache<RfResults>;
  runToy(): Promise<void>;
  runCurve(): Promise<void>;
  runMnist(): Promise<void>;
  /** Sets the set-up and recomputes the toy (a slider drag: each move cancels the last). */
  editToy(patch: Partial<FeaturesSetup>): Promise<void>;
  addMemory(): Promise<void>;
  removeMemory(k?: number): Promise<void>;
  cancel(job: RfJobName): void;
  hide(): void;
}

export function createRfController(shell: Shell, room: RoomClient<BodiesRoomApi>): RfController {
  const results = createCache<RfResults>({ toy: null, toyFor: null, curve: null, mnist: null });
  const aborts: Record<RfJobName, AbortController> = {
    toy: new AbortController(),
    curve: new AbortController(),
    mnist: new AbortController(),
  };
  const store = () => useDamStore.getState();
  const setJob = (job: RfJobName, patch: Partial<RfJob>) => store().setFeaturesJob(job, patch);
  const progress = (name: RfJobName, signal: AbortSignal) => (done: number, total: number) => {
    if (!signal.aborted) setJob(name, { done, total });
  };

  async function job(
    name: RfJobName,
    problem: string | null,
    work: (signal: AbortSignal) => Promise<void>,
  ) {
    aborts[name].abort();
    const mine = new AbortController();
    aborts[name] = mine;
    const { signal } = mine;
    if (problem) {
      setJob(name, { ...IDLE_RF_JOB, status: 'error', error: problem });
      return;
    }
    const started = performance.now();
    setJob(name, { ...IDLE_RF_JOB, status: 'running' });
    try {
      await shell.compute.whenReady().catch(() => undefined);
      await work(signal);
      if (signal.aborted) return;
      setJob(name, { status: 'done', elapsedMs: performance.now() - started });
    } catch (err) {
      if (signal.aborted || isAbortError(err)) return;
      setJob(name, {
        status: 'error',
        elapsedMs: performance.now() - started,
        error: errorMessage(err),
      });
    }
  }

  const runToy = () => {
    const setup = store().features;
    return job('toy', toyProblem(setup), async (signal) => {
      const toy = await room.call('rfToy', [toyRequest(setup), progress('toy', signal)], {
        signal,
        background: true,
      });
      if (signal.aborted) return;
      results.set({ ...results.get(), toy, toyFor: setup });
      if (toy.update === 'added') lessonEvent('bodies:rf-added');
    });
  };

  const runCurve = () => {
    const setup = store().features;
    const req = curveRequest(setup);
    return job('curve', curveSetupProblem(setup), async (signal) => {
      results.set({ ...results.get(), curve: { kind: req.kind, points: [], result: null } });
      const onPoints = (points: FeaturesPoint[], done: number, total: number) => {
        if (signal.aborted) return;
        const c = results.get().curve;
        if (c) results.set({ ...results.get(), curve: { ...c, points: [...c.points, ...points] } });
        setJob('curve', { done, total });
      };
      const result = await room.call('rfCurve', [req, onPoints], { signal, background: true });
      if (signal.aborted) return;
      results.set({ ...results.get(), curve: { kind: req.kind, points: result.points, result } });
    });
  };

  const runMnist = () => {
    const setup = store().features;
    return job('mnist', mnistProblem(setup.mnist, setup.map), async (signal) => {
      await shell.compute.ensureMnist();
      const mnist = await room.call('rfMnist', [mnistRequest(setup), progress('mnist', signal)], {
        signal,
        background: true,
      });
      if (signal.aborted) return;
      results.set({ ...results.get(), mnist });
    });
  };

  const editToy = (patch: Partial<FeaturesSetup>) => {
    store().setFeatures({ preset: null, ...patch });
    return runToy();
  };

  return {
    results,
    runToy,
    runCurve,
    runMnist,
    editToy,
    async addMemory() {
      const toy = withMemoryAdded(store().features);
      if (!toy) return store().notify('The toy holds as many memories as it can.', 'error');
      await editToy({ toy });
    },
    async removeMemory(k) {
      const toy = withMemoryRemoved(store().features, k);
      if (!toy) return store().notify('The toy keeps at least one memory.', 'error');
      await editToy({ toy });
    },
    cancel(name) {
      if (store().featuresJobs[name].status !== 'running') return;
      aborts[name].abort();
      setJob(name, { status: 'cancelled' });
    },
    hide() {
      for (const name of ['toy', 'curve', 'mnist'] as const) {
        aborts[name].abort();
        if (store().featuresJobs[name].status === 'running') setJob(name, { status: 'cancelled' });
      }
    },
  };
}
