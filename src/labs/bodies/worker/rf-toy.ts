/**
 * The 2-D toy, both bodies side by side (Hoover et al. 2024; models.md §6): the exact memory's
 * and the distributed memory's landscape on the plane, and gradient descent on each from one
 * cue. The distributed memory is kept between calls: when the set-up differs from the last by
 * one memory added or removed, T ← T ± φ(ξ) — the same 2Y numbers, never rebuilt — so the view
 * shows what "adding a memory" costs. Pure compute; the room wires it.
 */
import { descend } from '../../../core/features/descend';
import { createDrDam, type DrDam } from '../../../core/features/drdam';
import { createFeatureMap } from '../../../core/features/feature-maps';
import { energyGrid, identityPlane2d } from '../../../core/features/landscape';
import { mrdamEnergy, mrdamEnergyAndGradient, type Memories } from '../../../core/features/mrdam';
import { throwIfAborted, type AbortLike } from '../../../core/util/abort';
import type { RfDescent, RfToyRequest, RfToyResult } from './features-api';

export interface ToySession {
  key: string;
  dr: DrDam;
  memories: number[];
}

const keyOf = (r: RfToyRequest) => JSON.stringify([r.map, r.projection, r.Y, r.beta, r.seed]);

const pair = (m: number[], k: number) => Float64Array.of(m[2 * k], m[2 * k + 1]);

/** The index k such that `now` is `old` without memory k, or −1. */
export function removedIndex(old: number[], now: number[]): number {
  if (now.length !== old.length - 2) return -1;
  for (let k = 0; 2 * k < old.length; k++) {
    const rest = [...old.slice(0, 2 * k), ...old.slice(2 * k + 2)];
    if (rest.every((v, i) => v === now[i])) return k;
  }
  return -1;
}

/** The session's T brought to the request's memories: kept, one added, one removed, or built. */
export function updateSession(
  prev: ToySession | null,
  req: RfToyRequest,
): { session: ToySession; update: RfToyResult['update'] } {
  const now = req.toy.memories;
  const key = keyOf(req);
  if (prev && prev.key === key) {
    const old = prev.memories;
    if (old.length === now.length && old.every((v, i) => v === now[i]))
      return { session: prev, update: 'kept' };
    if (now.length === old.length + 2 && old.every((v, i) => v === now[i])) {
      prev.dr.add(pair(now, now.length / 2 - 1));
      return { session: { ...prev, memories: [...now] }, update: 'added' };
    }
    const k = removedIndex(old, now);
    if (k >= 0) {
      prev.dr.remove(pair(old, k));
      return { session: { ...prev, memories: [...now] }, update: 'removed' };
    }
  }
  const map = createFeatureMap({
    kind: req.map,
    Y: req.Y,
    D: 2,
    beta: req.beta,
    seed: req.seed,
    projection: req.projection,
  });
  const dr = createDrDam(map);
  for (let k = 0; 2 * k < now.length; k++) dr.add(pair(now, k));
  return { session: { key, dr, memories: [...now] }, update: 'built' };
}

/** Records about 200 frames whatever the step count. */
export const everyFor = (steps: number) => Math.max(1, Math.ceil(steps / 200));

function frames(result: ReturnType<typeof descend>, D: number): RfDescent {
  const states = new Float64Array(result.frames.length * D);
  const energy = new Float64Array(result.frames.length);
  result.frames.forEach((f, i) => {
    states.set(f.x, i * D);
    energy[i] = result.energy[f.step];
  });
  return { states, energy };
}

/** ‖a_t − b_t‖ for each recorded frame of two descents of dimension D. */
export function frameDistance(a: Float64Array, b: Float64Array, D: number): Float64Array {
  const n = Math.min(a.length, b.length) / D;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let i = 0; i < D; i++) s += (a[t * D + i] - b[t * D + i]) ** 2;
    out[t] = Math.sqrt(s);
  }
  return out;
}

/**
 * Both landscapes and descents for the request. `hold.session` is updated before any long work,
 * so a cancelled call still leaves the kept T matching the memories it holds.
 */
export function runToy(
  hold: { session: ToySession | null },
  req: RfToyRequest,
  signal: AbortLike | undefined,
  onProgress: (done: number, total: number) => void,
): RfToyResult {
  const t0 = performance.now();
  const total = 4;
  onProgress(0, total);
  const { session, update } = updateSession(hold.session, req);
  hold.session = session;
  const { dr } = session;
  const mem: Memories = {
    data: Float64Array.from(req.toy.memories),
    K: req.toy.memories.length / 2,
    D: 2,
  };
  const { beta } = req;
  const plane = identityPlane2d(req.toy.extent);
  throwIfAborted(signal);
  onProgress(1, total);
  const exactGrid = energyGrid((x) => mrdamEnergy(mem, x, beta), plane, req.toy.R, signal);
  onProgress(2, total);
  const distGrid = energyGrid((x) => dr.energy(x), plane, req.toy.R, signal);
  onProgress(3, total);
  let gridError = 0;
  for (let c = 0; c < exactGrid.length; c++) gridError += Math.abs(distGrid[c] - exactGrid[c]);
  gridError /= exactGrid.length;
  let memoryError = 0;
  for (let k = 0; k < mem.K; k++) {
    const xi = pair(req.toy.memories, k);
    memoryError += Math.abs(dr.energy(xi) - mrdamEnergy(mem, xi, beta));
  }
  memoryError /= mem.K;
  const cue = Float64Array.from(req.toy.cue);
  const every = everyFor(req.steps);
  const opts = { alpha: req.alpha, steps: req.steps, recordEvery: every, signal };
  const exact = frames(
    descend((x) => mrdamEnergyAndGradient(mem, x, beta), cue, opts),
    2,
  );
  const distributed = frames(
    descend((x) => dr.energyAndGradient(x), cue, opts),
    2,
  );
  onProgress(4, total);
  const result: RfToyResult = {
    Y: req.Y,
    K: mem.K,
    params: dr.params(),
    exactParams: mem.K * 2,
    update,
    grid: {
      R: req.toy.R,
      lo: -req.toy.extent,
      hi: req.toy.extent,
      exact: exactGrid,
      distributed: distGrid,
    },
    gridError,
    memoryError,
    every,
    exact,
    distributed,
    distance: frameDistance(exact.states, distributed.states, 2),
    ms: performance.now() - t0,
  };
  return result;
}
