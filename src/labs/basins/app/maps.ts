/**
 * Basin maps for the basins view: asks the worker's basins room for the map of the current
 * model on the chosen plane (coarse passes first), at most one request every THROTTLE_MS while a
 * slider moves (the last value always gets one), aborts the one in flight when the bank, model,
 * plane or resolution changes, and keeps the last finished maps (LRU) for instant returns.
 */
import type { BasinPass, BasinRequest, PlaneSpec } from '../../../core/basins/basin-types';
import { isBinaryEnergy } from '../../../core/dynamics/model-spec';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { buildCue } from '../../../shell/cue/cue';
import { toSpec, type ModelChoice } from '../../../shell/model/model';
import type { Shell } from '../../../shell/shell';
import { useDamStore, type DamState } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import type { BasinsRoomApi } from '../worker/api';
import { patchResults, type ResultsCache, type ShownMap } from './results';

const THROTTLE_MS = 90;
const CACHE_SIZE = 12;

const state = () => useDamStore.getState();

export const modelOf = (s: DamState): ModelChoice => ({
  energy: s.params.energy,
  n: s.params.n,
  beta: s.params.beta,
});

/** Clamps plane indices to the bank (a bank may shrink under a saved plane). */
function validPlane(plane: PlaneSpec, K: number): PlaneSpec {
  const c = (i: number) => Math.max(0, Math.min(K - 1, i));
  if (plane.kind === 'memories') return { ...plane, a: c(plane.a), b: c(plane.b), c: c(plane.c) };
  if (plane.kind === 'memories-cue') return { ...plane, a: c(plane.a), b: c(plane.b) };
  return plane;
}

export interface MapRequests {
  /** Asks for a new map now, or at the end of the throttle window. */
  schedule(): void;
  /** Stops the map in flight and forgets what was asked (the view closed). */
  stop(): void;
}

export function createMapRequests(
  shell: Shell,
  room: RoomClient<BasinsRoomApi>,
  results: ResultsCache,
): MapRequests {
  const cache = new Map<string, ShownMap>();
  const drawingIds = new WeakMap<object, number>();
  let nextDrawingId = 1;
  let current: { key: string; abort: AbortController } | null = null;
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const drawingId = (s: DamState) => {
    let id = drawingIds.get(s.drawing.image);
    if (id === undefined) drawingIds.set(s.drawing.image, (id = nextDrawingId++));
    return id;
  };

  /** Everything the map depends on, as a cache key. */
  const mapKey = (s: DamState, version: number) => {
    const p = s.params;
    const onCue = s.basin.plane.kind === 'memories-cue';
    const cue = onCue ? JSON.stringify({ c: { ...s.cue, clamp: null } }) : '';
    const drawing = onCue && s.cue.start.kind === 'drawing' ? drawingId(s) : 0;
    return JSON.stringify([
      version,
      toSpec(modelOf(s)),
      p.mode,
      p.order,
      p.seed,
      s.basin,
      cue,
      drawing,
    ]);
  };

  const cueState = (s: DamState, plane: PlaneSpec) => {
    const memories = shell.bank.memories();
    if (plane.kind !== 'memories-cue' || !memories) return undefined;
    return buildCue(s.cue, memories.patterns, s.drawing.image, s.params.seed).state;
  };

  const show = (map: ShownMap) => patchResults(results, { shown: map });

  async function request(): Promise<void> {
    lastSent = performance.now();
    // Maps may run on tfjs (large K): they wait until the backend is chosen.
    if (state().backend.status !== 'ready') return;
    const version = await shell.compute.ensureMemories().catch(() => null);
    const s = state();
    const memories = shell.bank.memories();
    if (version === null || !memories) return; // asked again when the worker or digits are ready
    const K = memories.patterns.count;
    if (K < 2) {
      s.setBasinRun({ status: 'error', error: 'A basin map needs at least two memories.' });
      return;
    }
    const key = mapKey(s, version);
    if (key === current?.key && s.basinRun.status !== 'error') return;
    current?.abort.abort();
    const abort = new AbortController();
    current = { key, abort };
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      show(hit);
      s.setBasinRun({
        status: 'done',
        shownResolution: hit.pass.resolution,
        progress: 1,
        elapsedMs: hit.pass.elapsedMs,
        error: undefined,
      });
      return;
    }
    const spec = toSpec(modelOf(s));
    const labels = s.bank.items.map((it) => it.label);
    const maxSteps = s.basin.maxSteps;
    const plane = validPlane(s.basin.plane, K);
    const req: BasinRequest = {
      spec,
      plane,
      resolution: s.basin.resolution,
      maxSteps,
      mode: isBinaryEnergy(spec.energy) ? s.params.mode : 'sync',
      order: s.params.order,
      seed: s.params.seed,
      cue: cueState(s, plane),
    };
    s.setBasinRun({ status: 'computing', progress: 0, error: undefined });
    const accept = (pass: BasinPass) => {
      if (abort.signal.aborted) return null;
      const map = { pass, K, labels, maxSteps, spec };
      show(map);
      state().setBasinRun({
        shownResolution: pass.resolution,
        progress: pass.progress,
        elapsedMs: pass.elapsedMs,
      });
      return map;
    };
    try {
      const final = await room.call('basinMap', [req, (pass: BasinPass) => void accept(pass)], {
        signal: abort.signal,
        background: true,
      });
      const map = accept(final);
      if (!map) return;
      cache.set(key, map);
      while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      state().setBasinRun({ status: 'done', progress: 1 });
    } catch (err) {
      if (abort.signal.aborted || isAbortError(err)) return;
      if (current?.abort === abort) current = null;
      state().setBasinRun({ status: 'error', error: `The basin map failed: ${errorMessage(err)}` });
    }
  }

  return {
    schedule() {
      const wait = lastSent + THROTTLE_MS - performance.now();
      if (wait <= 0) return void request();
      timer ??= setTimeout(() => {
        timer = null;
        void request();
      }, wait);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (current && state().basinRun.status === 'computing')
        state().setBasinRun({ status: 'idle' });
      current?.abort.abort();
      current = null;
    },
  };
}
