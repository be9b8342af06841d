/**
 * The basins room's computations (basinMap / basinCurves): each request runs until its
 * AbortSignal fires; one map and one set of curves at a time (a newer request also stops the
 * older one); finished maps cached (LRU, CACHE_SIZE entries) by memories version, model, plane,
 * resolution and dynamics.
 */
import { createCurveJob } from '../../../core/basins/basin-curves';
import { clonePlane, createBasinJob } from '../../../core/basins/basin-map';
import { projectOnPlane } from '../../../core/basins/basin-plane';
import type {
  BasinCurve,
  BasinCurveRequest,
  BasinPass,
  BasinRequest,
} from '../../../core/basins/basin-types';
import type { Patterns } from '../../../core/dynamics/types';
import { defaultBasinEngine, runBasinJob, runCurveJob, type BasinEngine } from './basin-runner';
import { releaseMemoryTensor } from './basin-tfjs';
import { tf } from '../../../engine/tf';

export const CACHE_SIZE = 8;

export interface BasinServiceOptions {
  /** Engine for softmax maps; 'auto' picks by K and N (basin-runner.ts). */
  engine?: BasinEngine | 'auto';
  sliceMs?: number;
}

export interface BasinService {
  basinMap(
    req: BasinRequest,
    onPass: (pass: BasinPass) => void,
    signal?: AbortSignal,
  ): Promise<BasinPass>;
  basinCurves(
    req: BasinCurveRequest,
    onProgress: (done: number, total: number) => void,
    signal?: AbortSignal,
  ): Promise<BasinCurve[]>;
  /** Drops the cache (new memories). */
  clear(): void;
  /** Entries cached (tests). */
  cached(): number;
}

/** FNV-1a over the bytes of a typed array (cue identity for the cache key). */
function hashArray(a: Float32Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return `${a.length}:${h.toString(16)}`;
}

/** Everything a finished map depends on, except the cue on planes that only mark it. */
export function basinKey(req: BasinRequest, version: number): string {
  const { spec } = req;
  const model =
    spec.energy === 'polynomial' || spec.energy === 'rectified'
      ? `${spec.energy}:${spec.n}`
      : `${spec.energy}:${spec.beta}`;
  const binary = spec.energy !== 'softmax';
  const dynamics = binary
    ? `${req.mode}:${req.mode === 'async' ? req.order : '-'}:${req.mode === 'async' && req.order === 'random' ? req.seed : '-'}`
    : '-';
  const cue = req.plane.kind === 'memories-cue' && req.cue ? hashArray(req.cue) : '-';
  return [
    version,
    model,
    JSON.stringify(req.plane),
    cue,
    req.resolution,
    req.maxSteps,
    dynamics,
  ].join('|');
}

const copyPass = (p: BasinPass): BasinPass => ({
  ...p,
  outcome: p.outcome.slice(),
  steps: p.steps.slice(),
  energy: p.energy.slice(),
  attractor: p.attractor.slice(),
  attractors: p.attractors.map((a) => ({ ...a, parts: [...a.parts] })),
  plane: clonePlane(p.plane),
});

/** The cached pass for this request, with the cue marked where the request has one. */
function reuse(cached: BasinPass, req: BasinRequest): BasinPass {
  const pass = copyPass(cached);
  pass.elapsedMs = 0;
  pass.progress = 1;
  if (req.plane.kind !== 'memories-cue') {
    pass.plane.marks = pass.plane.marks.filter((m) => m.label !== 'cue');
    if (req.cue && req.cue.length === pass.plane.origin.length)
      pass.plane.marks.push({ label: 'cue', ...projectOnPlane(pass.plane, req.cue) });
  }
  return pass;
}

export function createBasinService(
  memories: () => { patterns: Patterns; version: number },
  opts: BasinServiceOptions = {},
): BasinService {
  const cache = new Map<string, BasinPass>();
  /** The running map and curves: a newer request aborts the older one. */
  let map: AbortController | null = null;
  let curves: AbortController | null = null;
  /** Aborted by the request's own signal or by the next request of its kind. */
  const next = (previous: AbortController | null, signal?: AbortSignal) => {
    previous?.abort();
    const mine = new AbortController();
    return { mine, signal: signal ? AbortSignal.any([mine.signal, signal]) : mine.signal };
  };
  /** The bank last uploaded as a tensor by the tfjs engine (released with the cache). */
  let onDevice: Patterns | null = null;

  const remember = (key: string, pass: BasinPass) => {
    cache.delete(key);
    cache.set(key, copyPass(pass));
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  };

  return {
    async basinMap(req, onPass, requestSignal) {
      const { mine: token, signal } = next(map, requestSignal);
      map = token;
      try {
        const { patterns, version } = memories();
        const key = basinKey(req, version);
        const hit = cache.get(key);
        if (hit) {
          cache.delete(key);
          cache.set(key, hit);
          onPass(reuse(hit, req));
          return reuse(hit, req);
        }
        const job = createBasinJob(req, patterns);
        const engine =
          !opts.engine || opts.engine === 'auto'
            ? defaultBasinEngine(patterns.count, () => tf.getBackend())
            : opts.engine;
        if (engine === 'tfjs' && onDevice !== patterns) {
          if (onDevice) releaseMemoryTensor(onDevice);
          onDevice = patterns;
        }
        const final = await runBasinJob(job, patterns, {
          engine,
          sliceMs: opts.sliceMs,
          signal,
          onPass,
        });
        remember(key, final);
        return final;
      } finally {
        if (map === token) map = null;
      }
    },

    async basinCurves(req, onProgress, requestSignal) {
      const { mine: token, signal } = next(curves, requestSignal);
      curves = token;
      try {
        const job = createCurveJob(req, memories().patterns);
        await runCurveJob(job, {
          signal,
          onProgress,
          sliceMs: opts.sliceMs,
        });
        return job.result();
      } finally {
        if (curves === token) curves = null;
      }
    },

    clear() {
      cache.clear();
      if (onDevice) releaseMemoryTensor(onDevice);
      onDevice = null;
    },
    cached: () => cache.size,
  };
}
