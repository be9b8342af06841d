/**
 * The random-features view's controllers: the 2-D toy (both landscapes and descents; one memory
 * added or removed updates T in the worker), the error-against-Y curve (points drawn as each
 * (β, Y) finishes) and MNIST inpainting, each a job with progress and cancel; the set-up's
 * problems stop a job before the worker is asked. Made per lab start; no module state.
 */
import type { FeaturesPoint } from '../../../core/features/experiment-types';
import { createCache, type Cache } from '../../../shell/cache';
import { createJobs, type JobProgress } from '../../../shell/jobs';
import { lessonEvent } from '../../../shell/lessons/events';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { BodiesRoomApi } from '../worker/api';
import type {
  RfBenchRequest,
  RfBenchResult,
  RfCurveResult,
  RfMnistResult,
  RfToyResult,
} from '../worker/features-api';
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
import { RF_JOBS, type RfJobName } from './rf-state';
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
  /** Gaussian and Hadamard S on the same measurement (same β, D, K, queries, seed). */
  compare: RfCompareShown | null;
  mnist: RfMnistResult | null;
}

export interface RfCompareShown {
  kind: RfCurveResult['kind'];
  gaussian: RfCurveResult | null;
  hadamard: RfCurveResult | null;
}

export interface RfController {
  results: Cache<RfResults>;
  runToy(): Promise<void>;
  runCurve(): Promise<void>;
  runMnist(): Promise<void>;
  /** The curve twice, Gaussian then Hadamard S, for the comparison chart (the curve's job). */
  runCompare(): Promise<void>;
  /** The engine's times inside the worker (scripts/bodies-features-bench.mjs). */
  bench(req: RfBenchRequest): Promise<RfBenchResult>;
  /** Sets the set-up and recomputes the toy (a slider drag: each move cancels the last). */
  editToy(patch: Partial<FeaturesSetup>): Promise<void>;
  addMemory(): Promise<void>;
  removeMemory(k?: number): Promise<void>;
  cancel(job: RfJobName): void;
  hide(): void;
}

export function createRfController(shell: Shell, room: RoomClient<BodiesRoomApi>): RfController {
  const results = createCache<RfResults>({
    toy: null,
    toyFor: null,
    curve: null,
    compare: null,
    mnist: null,
  });
  const store = () => useDamStore.getState();
  const setJob = (job: RfJobName, patch: Partial<JobProgress>) =>
    store().setFeaturesJob(job, patch);
  const jobs = createJobs<RfJobName>({
    names: RF_JOBS,
    status: (name) => store().featuresJobs[name].status,
    set: setJob,
    ready: () => shell.compute.whenReady(),
  });
  const { progress } = jobs;
  const job = (
    name: RfJobName,
    problem: string | null,
    work: (signal: AbortSignal) => Promise<void>,
  ) => jobs.run(name, work, problem);

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

  const runCompare = () => {
    const setup = store().features;
    const problem =
      curveSetupProblem(setup) ?? curveSetupProblem({ ...setup, projection: 'hadamard' });
    return job('curve', problem, async (signal) => {
      const first = curveRequest(setup, 'gaussian');
      const shown: RfCompareShown = { kind: first.kind, gaussian: null, hadamard: null };
      results.set({ ...results.get(), compare: shown });
      for (const projection of ['gaussian', 'hadamard'] as const) {
        const req = curveRequest(setup, projection);
        const half = projection === 'gaussian' ? 0 : 1;
        const onPoints = (_p: FeaturesPoint[], done: number, total: number) => {
          if (!signal.aborted) setJob('curve', { done: half * total + done, total: 2 * total });
        };
        const r = await room.call('rfCurve', [req, onPoints], { signal, background: true });
        if (signal.aborted) return;
        const c = results.get().compare ?? shown;
        results.set({ ...results.get(), compare: { ...c, [projection]: r } });
      }
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
    runCompare,
    bench: (req) => room.call('rfBench', [req], { background: true }),
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
    cancel: jobs.cancel,
    hide: jobs.cancelAll,
  };
}
