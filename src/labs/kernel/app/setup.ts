/**
 * The kernel lab's set-up rules in one place: the ranges every control and the link schema use,
 * the sentence that says why a job cannot run with this set-up, and the room's requests built
 * from it (the training, the basin map, the 2-D contours, the metastable table).
 */
import type {
  KernelBasinRequest,
  KernelContourRequest,
  KernelMetastableRequest,
  KernelTrainingSpec,
} from '../worker/api';
import { CONTOUR_AT } from './presets';
import type { KernelSetup } from './slice';

export const KERNEL_LIMITS = {
  M: { gaussian: [2, 200], circle: [2, 12], mnist: [10, 1000] },
  D: [2, 256],
  dPhi: [2, 256],
  tau: [0.01, 2],
  lr: [0.0001, 2],
  iterations: [0, 500],
  beta: [0.001, 1000],
  khmIterations: [1, 50],
  R: [8, 160],
  tol: [1e-6, 0.5],
  queries: [1, 2004],
  threshold: [0, 0.5],
  maxK: [2, 20],
} as const;

/** The memories' dimension for the set-up's source. */
export const memoryDim = (s: KernelSetup): number =>
  s.memories.source === 'circle' ? 2 : s.memories.source === 'mnist' ? 784 : s.memories.D;

/** Why the training cannot run, or null. */
export function trainProblem(s: KernelSetup): string | null {
  const [lo, hi] = KERNEL_LIMITS.M[s.memories.source];
  if (s.memories.M < lo || s.memories.M > hi)
    return `the ${s.memories.source} source takes ${lo} to ${hi} memories`;
  if (s.uhop.dPhi > 256) return 'D_Φ is at most 256';
  return null;
}

/** Why the basin map cannot run, or null. */
export function basinProblem(s: KernelSetup): string | null {
  const t = trainProblem(s);
  if (t) return t;
  if (s.basin.plane === 'identity' && s.memories.source !== 'circle')
    return 'the memories’ own plane needs the 2-D circle source; pick “through memories 1, 2, 3”';
  if (s.basin.space === 'feature' && (s.basin.plane !== 'identity' || s.uhop.dPhi !== 2))
    return 'the feature-space map is for the 2-D toy: its own plane with D_Φ = 2; pick “memory space”';
  if (s.basin.plane === 'memories' && s.memories.M < 3)
    return 'a plane through memories 1, 2, 3 needs at least 3 memories';
  return null;
}

/** Why the 2-D contours cannot run, or null. */
export function contourProblem(s: KernelSetup): string | null {
  const t = trainProblem(s);
  if (t) return t;
  if (s.memories.source !== 'circle') return 'the energy contours are for the 2-D circle source';
  return null;
}

/** Why the metastable table cannot run, or null. */
export function metastableProblem(s: KernelSetup): string | null {
  const t = trainProblem(s);
  if (t) return t;
  if (s.memories.source !== 'mnist') return 'the metastable table needs MNIST memories';
  if (s.metastable.normalisers.length === 0) return 'pick at least one normaliser';
  return null;
}

export const trainingSpec = (s: KernelSetup): KernelTrainingSpec => ({
  memories: { ...s.memories, D: memoryDim(s) },
  uhop: s.uhop,
});

/** Extent of the 2-D toy's plane (memories are on the unit circle). */
export const TOY_EXTENT = 1.5;

export const basinRequest = (s: KernelSetup): KernelBasinRequest => ({
  training: trainingSpec(s),
  plane:
    s.basin.plane === 'identity'
      ? { kind: 'identity', extent: TOY_EXTENT }
      : { kind: 'memories', a: 0, b: 1, c: 2 },
  R: s.basin.R,
  khm: s.khm,
  tol: s.basin.tol,
  raw: s.raw,
  space: s.basin.space,
});

/** The contour iterations for a training of `iterations` steps: 0, 1, 2, 5 that fit, and the last. */
export function contourIterations(iterations: number): number[] {
  const at = new Set<number>(CONTOUR_AT.filter((n) => n <= iterations));
  at.add(iterations);
  return [...at].sort((a, b) => a - b);
}

/** Contour grid cells per side (coarser than a basin map: contours need few). */
export const CONTOUR_CELLS = 60;

export const contourRequest = (s: KernelSetup): KernelContourRequest => ({
  training: trainingSpec(s),
  at: contourIterations(s.uhop.iterations),
  extent: TOY_EXTENT,
  R: CONTOUR_CELLS,
  beta: s.khm.beta,
});

export const metastableRequest = (s: KernelSetup): KernelMetastableRequest => ({
  training: trainingSpec(s),
  queries: s.metastable.queries,
  khm: { beta: s.khm.beta, iterations: s.khm.iterations },
  normalisers: s.metastable.normalisers,
  threshold: s.metastable.threshold,
  maxK: s.metastable.maxK,
  raw: s.raw,
});

/** Two training specs are the same training. */
export const sameTraining = (a: KernelTrainingSpec, b: KernelTrainingSpec): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
