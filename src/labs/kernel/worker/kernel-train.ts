/**
 * One U-Hop+ training as the room and `dam kernel` run it: small set-ups (M·D·D_Φ below
 * TF_WORK_MIN) in the core's float64 loop (uhopIterations: a few milliseconds, below what
 * uploading to tfjs costs, pausable between iterations like the tfjs one), larger ones on tfjs (uhop-tf.ts), each iteration reported with the memories'
 * normalised features; then the similarity matrices before and after, the Tammes optimum and the
 * Proposition 3.1 bounds for M points on S^(D_Φ−1).
 */
import type { Patterns } from '../../../core/dynamics/types';
import { kaimingMap, mapRows, normaliseRows } from '../../../core/kernel/feature-map';
import { similarityMatrix } from '../../../core/kernel/separation';
import { separationBoundsDeg, tammesAngleDeg } from '../../../core/kernel/tammes';
import type { LinearMap } from '../../../core/kernel/types';
import { uhopIterations, type UhopOutcome } from '../../../core/kernel/uhop';
import type { AbortLike } from '../../../core/util/abort';
import { tf } from '../../../engine/tf';
import type {
  KernelMemories,
  KernelTrainingSpec,
  KernelTrainProgress,
  KernelTrainResult,
} from './api';
import { patternsOf } from './kernel-memories';
import { trainUhopTf, type UhopResult } from './uhop-tf';

/** M·D·D_Φ from which a training runs on tfjs (the 2-D toys and the paper's D = 5 runs stay in the core). */
export const TF_WORK_MIN = 2 ** 14;

export type TrainEngine = 'auto' | 'core' | 'tf';

export interface TrainHooks {
  signal?: AbortLike;
  /** Awaited between iterations (both paths): the worker's messages, and the room's pause. */
  pause?: () => Promise<void>;
  onProgress?: (p: KernelTrainProgress) => void;
  engine?: TrainEngine;
}

/** A finished training with the maps the other calls need (kept by the room). */
export interface KernelTraining {
  result: KernelTrainResult;
  memories: Patterns;
  init: LinearMap;
  map: LinearMap;
  /** The map at 0, every few iterations and the last (kept in the room, not sent to the page). */
  snapshots: { iteration: number; map: LinearMap }[];
}

export const usesTf = (spec: KernelTrainingSpec, D: number, engine: TrainEngine = 'auto') =>
  engine === 'tf' || (engine === 'auto' && spec.memories.M * D * spec.uhop.dPhi >= TF_WORK_MIN);

/** Snapshots for the scrubber: every iteration of a small training, about 50 of a large one. */
export const snapshotEveryFor = (tfPath: boolean, iterations: number) =>
  tfPath ? Math.max(1, Math.ceil(iterations / 50)) : 1;

/** Pairwise cosines of the normalised features Φ(ξ)/‖Φ(ξ)‖, M × M. */
export function similarityOf(map: LinearMap, memories: Patterns): Float64Array {
  const M = memories.count;
  return similarityMatrix(normaliseRows(mapRows(map, memories), M, map.dPhi), M, map.dPhi);
}

/** The core's training, awaiting `pause` between iterations so a cancel or a hold is heard. */
async function stepped(
  run: Generator<number, UhopOutcome, void>,
  pause?: () => Promise<void>,
): Promise<UhopOutcome> {
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
    if (pause) await pause();
  }
}

export async function runKernelTraining(
  spec: KernelTrainingSpec,
  mem: KernelMemories,
  hooks: TrainHooks = {},
): Promise<KernelTraining> {
  const t0 = performance.now();
  const memories = patternsOf(mem);
  const { uhop } = spec;
  const tfPath = usesTf(spec, mem.D, hooks.engine);
  const snapshotEvery = snapshotEveryFor(tfPath, uhop.iterations);
  const init = kaimingMap(mem.D, uhop.dPhi, uhop.seed);
  const onStep = (step: KernelTrainProgress['step'], points: Float64Array) =>
    hooks.onProgress?.({ step, points, done: step.iteration, total: uhop.iterations });
  const trace: UhopResult = tfPath
    ? await trainUhopTf(uhop, memories, {
        signal: hooks.signal,
        pause: hooks.pause,
        onStep,
        snapshotEvery,
        init,
      })
    : await stepped(
        uhopIterations(uhop, memories, { signal: hooks.signal, onStep, snapshotEvery, init }),
        hooks.pause,
      );
  const M = mem.M;
  const result: KernelTrainResult = {
    spec,
    memories: mem,
    history: trace.history,
    points: trace.points,
    similarityBefore: similarityOf(init, memories),
    similarityAfter: similarityOf(trace.map, memories),
    tammesDeg: tammesAngleDeg(M, uhop.dPhi),
    boundsDeg: uhop.dPhi >= 2 ? separationBoundsDeg(M, uhop.dPhi) : null,
    backend: tfPath ? (tf.getBackend() ?? 'none') : 'core',
    ms: performance.now() - t0,
  };
  return { result, memories, init, map: trace.map, snapshots: trace.snapshots };
}
