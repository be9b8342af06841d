/**
 * The kernel lab's plane views on a kept training: the basin map with the raw and the learned Φ
 * side by side on one plane (the memories' own plane for the 2-D toy, core/basins makePlane's
 * plane through three memories otherwise; the core's float64 loop for small set-ups,
 * basins-tf.ts for the MNIST plane), and the energy E(x) = ½𝒦(x,x) − lse(β, 𝒦(Ξ, x)) of the
 * 2-D toy after given iterations (the maps the training saved at those iterations).
 */
import { makePlane, projectOnPlane } from '../../../core/basins/basin-plane';
import type { Plane } from '../../../core/basins/basin-types';
import type { Patterns } from '../../../core/dynamics/types';
import { identityPlane2d } from '../../../core/features/landscape';
import { kernelBasinMap, kernelEnergyGrid } from '../../../core/kernel/basins';
import { mapRows, normaliseRows } from '../../../core/kernel/feature-map';
import { createKhm } from '../../../core/kernel/khm';
import type { LinearMap } from '../../../core/kernel/types';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import type {
  KernelBasinRequest,
  KernelBasinResult,
  KernelContourRequest,
  KernelContourResult,
} from './api';
import { chunksOf, kernelBasinMapTf } from './basins-tf';
import { usesTf, type KernelTraining, type TrainEngine } from './kernel-train';

export function planeOf(req: KernelBasinRequest['plane'], memories: Patterns): Plane {
  return req.kind === 'identity'
    ? identityPlane2d(req.extent)
    : makePlane({ kind: 'memories', a: req.a, b: req.b, c: req.c }, memories);
}

/** The raw Φ: none (the identity, the studio's softmax model) or the seeded initial map. */
export const rawMap = (raw: 'identity' | 'initial', t: KernelTraining): LinearMap | null =>
  raw === 'identity' ? null : t.init;

export interface BasinHooks {
  signal?: AbortLike;
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** 'auto': tfjs when M·D·D_Φ ≥ TF_WORK_MIN (the MNIST plane), the core's loop otherwise. */
  engine?: TrainEngine;
}

/** The memories' normalised features Φ̂(ξ) as patterns (Φ = identity when `map` is null). */
export function featurePatterns(map: LinearMap | null, memories: Patterns): Patterns {
  const { count: M, dim: D } = memories;
  const dim = map ? map.dPhi : D;
  const rows = map ? mapRows(map, memories) : Float64Array.from(memories.data);
  return { count: M, dim, data: normaliseRows(rows, M, dim) };
}

const marksOf = (plane: Plane, p: Patterns) =>
  Array.from({ length: p.count }, (_, k) =>
    projectOnPlane(plane, p.data.subarray(k * p.dim, (k + 1) * p.dim)),
  );

/**
 * The paper's Fig. 2 (space 'feature'): each map's normalised features become the memories of a
 * plain model (Φ = identity) with the request's normaliser and β, retrieved from a grid over the
 * feature plane. The 2-D toy with D_Φ = 2 only (the schema refuses the rest).
 */
function featureBasins(
  req: KernelBasinRequest,
  t: KernelTraining,
  plane: Plane,
  hooks: BasinHooks,
  t0: number,
): KernelBasinResult {
  const { beta, normaliser, iterations } = req.khm;
  const total = 2 * req.R;
  hooks.onProgress?.(0, total);
  const run = (p: Patterns, offset: number) =>
    kernelBasinMap(createKhm(null, p, beta, normaliser), p, plane, req.R, iterations, req.tol, {
      signal: hooks.signal,
      onRow: (done: number) => hooks.onProgress?.(offset + done, total),
    });
  const raw = featurePatterns(rawMap(req.raw, t), t.memories);
  const learned = featurePatterns(t.map, t.memories);
  const before = run(raw, 0);
  const after = run(learned, req.R);
  return {
    plane,
    marks: marksOf(plane, raw),
    marksAfter: marksOf(plane, learned),
    before,
    after,
    ms: performance.now() - t0,
  };
}

export async function kernelBasins(
  req: KernelBasinRequest,
  t: KernelTraining,
  hooks: BasinHooks = {},
): Promise<KernelBasinResult> {
  const t0 = performance.now();
  const { memories } = t;
  const plane = planeOf(req.plane, memories);
  if (req.space === 'feature') return featureBasins(req, t, plane, hooks, t0);
  const { beta, normaliser, iterations } = req.khm;
  const R = req.R;
  const onTf = usesTf(t.result.spec, memories.dim, hooks.engine);
  const per = onTf ? chunksOf(R) * iterations : R;
  const total = 2 * per;
  hooks.onProgress?.(0, total);
  const run = async (map: LinearMap | null, offset: number) => {
    throwIfAborted(hooks.signal);
    if (onTf) {
      let done = 0;
      return kernelBasinMapTf(map, memories, plane, R, req.khm, req.tol, {
        signal: hooks.signal,
        pause: hooks.pause,
        onStep: () => hooks.onProgress?.(offset + ++done, total),
      });
    }
    const khm = createKhm(map, memories, beta, normaliser);
    return kernelBasinMap(khm, memories, plane, R, iterations, req.tol, {
      signal: hooks.signal,
      onRow: (done: number) => hooks.onProgress?.(offset + done, total),
    });
  };
  const before = await run(rawMap(req.raw, t), 0);
  const after = await run(t.map, per);
  const marks = marksOf(plane, memories);
  return { plane, marks, marksAfter: marks, before, after, ms: performance.now() - t0 };
}

/** The saved map at `iteration` (a small training saves every iteration). */
export function mapAt(t: KernelTraining, iteration: number): LinearMap | null {
  return t.snapshots.find((s) => s.iteration === iteration)?.map ?? null;
}

export function kernelContours(
  req: KernelContourRequest,
  t: KernelTraining,
  mapFor: (iteration: number) => LinearMap,
  signal?: AbortLike,
): KernelContourResult {
  const t0 = performance.now();
  const plane = identityPlane2d(req.extent);
  const grids = req.at.map((iteration) => {
    throwIfAborted(signal);
    const khm = createKhm(mapFor(iteration), t.memories, req.beta, 'softmax');
    return { iteration, energy: kernelEnergyGrid(khm, plane, req.R) };
  });
  return { R: req.R, extent: req.extent, grids, ms: performance.now() - t0 };
}
