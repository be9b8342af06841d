/**
 * The worker's state: the memory bank (with its version) and the tfjs backend. Single states run
 * on the exact core (per-neuron dynamics, float64); batches run on the tfjs backend.
 * Every method throws an ordinary Error with one clear sentence; comlink re-throws it in the UI.
 */
import { LIMITS, validateMaxSteps, validateModel } from '../core/dynamics/model-spec';
import { retrieve } from '../core/dynamics/retrieve';
import type { Patterns } from '../core/dynamics/types';
import type {
  BackendInfo,
  BackendPreference,
  BatchRequest,
  BatchResult,
  RetrieveRequest,
  RetrieveResult,
  TrajectoryAdvance,
  TrajectoryFrame,
  TrajectoryStart,
} from '../worker-api/dam-api';
import type { StepperConfig } from '../core/dynamics/stepper';
import type {
  BasinCurve,
  BasinCurveRequest,
  BasinPass,
  BasinRequest,
} from '../core/basins/basin-types';
import { createBasinService, type BasinServiceOptions } from '../labs/basins/worker/basin-service';
import { selectBackend } from './backend';
import { createTrajectories } from '../labs/studio/worker/trajectories';
import { retrieveBatch } from './retrieve-batch';
import { loadBrowserBackends, tf } from './tf';

export interface SessionOptions {
  /** Load webgl / wasm / webgpu before choosing (the worker); false in Node tests. */
  browserBackends?: boolean;
  /** Basin maps: softmax engine and slice length (basin-service.ts). */
  basin?: BasinServiceOptions;
}

export interface Session {
  init(prefs: { backend: BackendPreference }): Promise<BackendInfo>;
  setMemories(memories: Patterns, version: number): void;
  retrieve(req: RetrieveRequest): RetrieveResult;
  retrieveBatch(req: BatchRequest): Promise<BatchResult>;
  startTrajectory(req: TrajectoryStart): TrajectoryFrame;
  advanceTrajectory(req: TrajectoryAdvance): TrajectoryFrame[];
  configureTrajectory(id: number, config: Partial<StepperConfig>): TrajectoryFrame;
  endTrajectory(id: number): void;
  basinMap(req: BasinRequest, onPass: (pass: BasinPass) => void): Promise<BasinPass>;
  cancelBasin(id: number): void;
  basinCurves(
    req: BasinCurveRequest,
    onProgress: (done: number, total: number) => void,
  ): Promise<BasinCurve[]>;
  /** Version of the memories held, −1 before the first setMemories. */
  ping(): number;
}

function checkPatterns(p: Patterns, what: string): void {
  if (!p || !(p.data instanceof Float32Array || p.data instanceof Float64Array)) {
    throw new Error(`${what}: data must be a Float32Array or Float64Array`);
  }
  if (!Number.isInteger(p.count) || !Number.isInteger(p.dim) || p.count < 1 || p.dim < 1) {
    throw new Error(`${what}: count and dim must be positive integers, got ${p.count}×${p.dim}`);
  }
  if (p.data.length !== p.count * p.dim) {
    throw new Error(`${what}: data holds ${p.data.length} values, expected ${p.count}×${p.dim}`);
  }
}

export function createSession(opts: SessionOptions = {}): Session {
  let memories: Patterns | null = null;
  let version = -1;
  let backend: BackendInfo | null = null;
  const trajectories = createTrajectories();
  const basins = createBasinService(() => ({ patterns: needMemories(), version }), opts.basin);

  const needMemories = (): Patterns => {
    if (!memories) throw new Error('no memories stored yet: call setMemories first');
    return memories;
  };

  return {
    async init(prefs) {
      if (opts.browserBackends) {
        const failures = await loadBrowserBackends();
        if (failures.length)
          console.warn('tfjs backends that failed to load:', failures.join('; '));
      }
      backend = await selectBackend(prefs.backend);
      return backend;
    },

    setMemories(p, v) {
      checkPatterns(p, 'memories');
      if (p.count > LIMITS.countMax)
        throw new Error(`at most ${LIMITS.countMax} memories, got ${p.count}`);
      if (p.dim > LIMITS.dimMax)
        throw new Error(`pattern length must be at most ${LIMITS.dimMax}, got ${p.dim}`);
      memories = { count: p.count, dim: p.dim, data: p.data };
      version = v;
      basins.clear();
    },

    retrieve(req) {
      const trace = retrieve(req.spec, needMemories(), req.state, req.dynamics, {
        framesPerStep: req.framesPerStep,
      });
      return { ...trace, runId: req.runId };
    },

    async retrieveBatch(req) {
      const mem = needMemories();
      const bad = validateModel(req.spec);
      if (bad) throw new Error(bad);
      checkPatterns(req.states, 'states');
      if (req.states.dim !== mem.dim) {
        throw new Error(`states have length ${req.states.dim}, memories have length ${mem.dim}`);
      }
      const badSteps = validateMaxSteps(req.maxSteps);
      if (badSteps) throw new Error(badSteps);
      if (!backend) await tf.ready();
      const r = await retrieveBatch(req.spec, mem, req.states, req.maxSteps);
      return { finals: r.finals, steps: r.steps, converged: r.converged, energies: r.energies };
    },

    startTrajectory: (req) => trajectories.start(needMemories(), req),
    advanceTrajectory: (req) => trajectories.advance(req),
    configureTrajectory: (id, config) => trajectories.configure(id, config),
    endTrajectory: (id) => trajectories.end(id),

    basinMap: (req, onPass) => basins.basinMap(req, onPass),
    cancelBasin: (id) => basins.cancelBasin(id),
    basinCurves: (req, onProgress) => basins.basinCurves(req, onProgress),

    ping: () => version,
  };
}
