/**
 * The basins view's only link to the compute worker (run-controller.ts stays the studio's): asks
 * for basin maps on the chosen plane, cancels them when the bank, model, plane or resolution
 * changes (a newer request id), throttles requests while a slider is dragged, starts probe
 * trajectories from clicked points and computes basin-size curves.
 *
 * The maps live here, in a small cache keyed by memories, model and plane; the store only holds
 * plain status (basinRun) with a `tick` that charts watch.
 */
import type {
  BasinCurve,
  BasinPass,
  BasinRequest,
  PlaneSpec,
} from '../../../core/basins/basin-types';
import { isBinaryEnergy } from '../../../core/dynamics/model-spec';
import type { ModelSpec } from '../../../core/dynamics/types';
import { useDamStore, type DamState } from '../../../store';
import { buildCue } from '../../../shell/cue/cue';
import { planePoint, projectToPlane, type CurveSet } from './basin-math';
import { describeModel, toSpec, type ModelChoice } from '../../../shell/model/model';
import type { TrajectoryFrame } from '../../../worker-api/dam-api';
import { currentMemories } from '../../../shell/bank/bank-cache';
import { damClient, ensureMemories } from '../../studio/app/controller';
import { errorMessage } from '../../../core/util/error-message';

/** What the map shows: the pass and what it was computed for. */
export interface ShownMap {
  pass: BasinPass;
  /** Memories in the bank it was computed on. */
  K: number;
  labels: string[];
  maxSteps: number;
  spec: ModelSpec;
}

export interface Probe {
  /** Start, in plane coordinates. */
  x: number;
  y: number;
  /** The trajectory projected onto the plane, start first. */
  path: { x: number; y: number }[];
  /** The starting state (±1 for binary models). */
  start: Float32Array;
  converged: boolean;
  steps: number;
  /** Memory with the largest |overlap| at the end, and that overlap. */
  nearest: number;
  overlap: number;
  plane: BasinPass['plane'];
}

/** A new request at most this often while a slider moves (the last value always gets one). */
const THROTTLE_MS = 90;
const CACHE_SIZE = 12;
/** Probe trajectories use ids far above the studio's lanes. */
const PROBE_ID = 1_000_001;
export const CURVE_FLIPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
export const CURVE_TRIALS = 200;
/** Memories probed by the curves (the first ones of the bank). */
const CURVE_MEMORIES = 10;

const store = () => useDamStore.getState();

let shown: ShownMap | null = null;
let probe: Probe | null = null;
let curveSets: CurveSet[] = [];
const cache = new Map<string, ShownMap>();
let requestId = 0;
let currentId = 0;
let currentKey = '';
let lastSent = -Infinity;
let timer: ReturnType<typeof setTimeout> | null = null;
let unsubscribe: (() => void) | null = null;
let probeGen = 0;
let curvesGen = 0;
/** For the bench: when the view opened and when its first complete map arrived. */
let openedAt = 0;
let firstCompleteMs: number | null = null;
let firstPassMs: number | null = null;

export const shownMap = (): ShownMap | null => shown;
export const currentProbe = (): Probe | null => probe;
export const currentCurves = (): readonly CurveSet[] => curveSets;
export const basinTimings = () => ({ openedAt, firstPassMs, firstCompleteMs });

const bump = () => store().setBasinRun({ tick: store().basinRun.tick + 1 });

function modelOf(s: DamState): ModelChoice {
  return { energy: s.params.energy, n: s.params.n, beta: s.params.beta };
}

/** The cue's state when the plane needs it (memories-cue), else undefined. */
function cueState(s: DamState, plane: PlaneSpec): Float32Array | undefined {
  if (plane.kind !== 'memories-cue') return undefined;
  const memories = currentMemories();
  if (!memories) return undefined;
  return buildCue(s.cue, memories.patterns, s.drawing.image, s.params.seed).state;
}

/** Everything the map depends on, as a cache key. */
function mapKey(s: DamState, version: number): string {
  const p = s.params;
  const cue =
    s.basin.plane.kind === 'memories-cue'
      ? JSON.stringify({ c: { ...s.cue, clamp: null }, d: s.cue.start.kind === 'drawing' })
      : '';
  const drawing = s.basin.plane.kind === 'memories-cue' && s.cue.start.kind === 'drawing';
  return JSON.stringify([
    version,
    toSpec(modelOf(s)),
    p.mode,
    p.order,
    p.seed,
    s.basin,
    cue,
    drawing ? drawingId(s) : 0,
  ]);
}

const drawingIds = new WeakMap<object, number>();
let nextDrawingId = 1;
function drawingId(s: DamState): number {
  let id = drawingIds.get(s.drawing.image);
  if (id === undefined) drawingIds.set(s.drawing.image, (id = nextDrawingId++));
  return id;
}

/** Clamps plane indices to the bank (a bank may shrink under a saved plane). */
function validPlane(plane: PlaneSpec, K: number): PlaneSpec {
  const c = (i: number) => Math.max(0, Math.min(K - 1, i));
  if (plane.kind === 'memories') return { ...plane, a: c(plane.a), b: c(plane.b), c: c(plane.c) };
  if (plane.kind === 'memories-cue') return { ...plane, a: c(plane.a), b: c(plane.b) };
  return plane;
}

/** Asks for a new map now, or at the end of the throttle window. */
export function scheduleMap(): void {
  const wait = lastSent + THROTTLE_MS - performance.now();
  if (wait <= 0) return void requestMap();
  timer ??= setTimeout(() => {
    timer = null;
    void requestMap();
  }, wait);
}

async function requestMap(): Promise<void> {
  lastSent = performance.now();
  const client = damClient();
  const version = await ensureMemories().catch(() => null);
  const s = store();
  const memories = currentMemories();
  if (!client || version === null || !memories) return; // retried when the worker or digits are ready
  const K = memories.patterns.count;
  if (K < 2) {
    s.setBasinRun({ status: 'error', error: 'A basin map needs at least two memories.' });
    return;
  }
  const key = mapKey(s, version);
  if (key === currentKey && s.basinRun.status !== 'error') return;
  currentKey = key;
  const old = currentId;
  const id = (currentId = ++requestId);
  if (old && s.basinRun.status === 'computing') void client.cancelBasin(old).catch(() => undefined);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    shown = hit;
    s.setBasinRun({
      status: 'done',
      id,
      shownResolution: hit.pass.resolution,
      progress: 1,
      elapsedMs: hit.pass.elapsedMs,
      error: undefined,
      tick: s.basinRun.tick + 1,
    });
    return;
  }
  const spec = toSpec(modelOf(s));
  const labels = s.bank.items.map((it) => it.label);
  const maxSteps = s.basin.maxSteps;
  const plane = validPlane(s.basin.plane, K);
  const req: BasinRequest = {
    id,
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
    if (id !== currentId) return false;
    shown = { pass, K, labels, maxSteps, spec };
    if (firstPassMs === null && openedAt > 0) firstPassMs = performance.now() - openedAt;
    store().setBasinRun({
      id,
      shownResolution: pass.resolution,
      progress: pass.progress,
      elapsedMs: pass.elapsedMs,
      tick: store().basinRun.tick + 1,
    });
    return true;
  };
  try {
    const final = await client.basinMap(req, (pass) => void accept(pass));
    if (!accept(final)) return;
    if (firstCompleteMs === null && openedAt > 0) firstCompleteMs = performance.now() - openedAt;
    cache.set(key, shown!);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    store().setBasinRun({ status: 'done', progress: 1 });
  } catch (err) {
    if (id !== currentId) return; // replaced by a newer request
    const text = errorMessage(err);
    if (/cancel/i.test(text)) return;
    currentKey = '';
    store().setBasinRun({ status: 'error', error: `The basin map failed: ${text}` });
  }
}

function needsMap(s: DamState, prev: DamState): boolean {
  const p = s.params;
  const q = prev.params;
  return (
    s.bank !== prev.bank ||
    s.basin !== prev.basin ||
    p.energy !== q.energy ||
    p.n !== q.n ||
    p.beta !== q.beta ||
    p.mode !== q.mode ||
    p.order !== q.order ||
    p.seed !== q.seed ||
    (s.basin.plane.kind === 'memories-cue' && (s.cue !== prev.cue || s.drawing !== prev.drawing)) ||
    (s.backend.status === 'ready' && prev.backend.status !== 'ready') ||
    (s.dataset.status === 'ready' && prev.dataset.status !== 'ready')
  );
}

/** Starts the view's computations; returns the function that stops them (view closed). */
export function openBasins(): () => void {
  openedAt = performance.now();
  firstCompleteMs = null;
  firstPassMs = null;
  unsubscribe?.();
  unsubscribe = useDamStore.subscribe((s, prev) => {
    if (needsMap(s, prev)) scheduleMap();
    if (s.bank !== prev.bank) {
      probe = null;
      curveSets = [];
    }
  });
  currentKey = '';
  void requestMap();
  return () => {
    unsubscribe?.();
    unsubscribe = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const client = damClient();
    if (client && currentId && store().basinRun.status === 'computing') {
      void client.cancelBasin(currentId).catch(() => undefined);
      store().setBasinRun({ status: 'idle' });
    }
    currentKey = '';
    curvesGen++;
    probeGen++;
  };
}

// ---------------------------------------------------------------- probes

function nearestMemory(frame: TrajectoryFrame): { nearest: number; overlap: number } {
  let nearest = 0;
  for (let k = 1; k < frame.overlaps.length; k++) {
    if (Math.abs(frame.overlaps[k]) > Math.abs(frame.overlaps[nearest])) nearest = k;
  }
  return { nearest, overlap: frame.overlaps[nearest] ?? 0 };
}

/**
 * Runs a probe trajectory from plane point (x, y) of the shown map (the live-trajectory API) and
 * records its path projected onto the plane. Resolves when it settled or ran out of steps.
 */
export async function startProbe(x: number, y: number): Promise<void> {
  const client = damClient();
  const map = shown;
  if (!client || !map) return;
  const gen = ++probeGen;
  const s = store();
  const spec = map.spec;
  const binary = isBinaryEnergy(spec.energy);
  const plane = map.pass.plane;
  const start = planePoint(plane, x, y, binary);
  const dim = start.length;
  const perNeuron = binary && s.params.mode === 'async';
  const maxSteps = map.maxSteps;
  try {
    if ((await ensureMemories()) === null) return;
    const first = await client.startTrajectory({
      id: PROBE_ID,
      config: {
        spec,
        mode: binary ? s.params.mode : 'sync',
        order: s.params.order,
        temperature: 0,
      },
      seed: s.params.seed,
      state: start,
    });
    if (gen !== probeGen) return;
    probe = {
      x,
      y,
      path: [{ x, y }],
      start,
      converged: first.converged,
      steps: 0,
      ...nearestMemory(first),
      plane,
    };
    bump();
    let last = first;
    // Async binary: about eight points per sweep, so the path shows its turns.
    const every = perNeuron ? Math.max(1, Math.ceil(dim / 8)) : 1;
    while (!last.converged && last.t < maxSteps - 1e-9) {
      const left = maxSteps - last.t;
      const frames = await client.advanceTrajectory({
        id: PROBE_ID,
        unit: perNeuron ? 'neuron' : 'step',
        count: perNeuron ? Math.ceil(left * dim) : Math.ceil(left),
        frameEvery: every,
        maxMs: 40,
      });
      if (gen !== probeGen || !frames.length) return;
      for (const f of frames) probe.path.push(projectToPlane(plane, f.state));
      last = frames[frames.length - 1];
      Object.assign(probe, { converged: last.converged, steps: last.t, ...nearestMemory(last) });
      bump();
    }
  } catch (err) {
    if (gen === probeGen) store().notify(`The probe failed: ${errorMessage(err)}.`, 'error');
  } finally {
    if (gen === probeGen) void client.endTrajectory(PROBE_ID).catch(() => undefined);
  }
}

/**
 * Opens the probe's starting point in the studio: the drawing becomes that state's grey image
 * (no preprocessing), the cue starts from the drawing without noise, and the view switches.
 */
export function openProbeInStudio(): boolean {
  const p = probe;
  const s = store();
  const side = Math.round(Math.sqrt(p?.start.length ?? 0));
  if (!p || side !== s.bank.size) return false;
  const pixels = Uint8Array.from(p.start, (v) =>
    Math.round(Math.max(0, Math.min(255, ((v + 1) / 2) * 255))),
  );
  s.setAutoPreprocess(false);
  s.commitDrawing({ width: side, height: side, pixels });
  s.setCue({ start: { kind: 'drawing' }, flipP: 0, occlude: null, clamp: null });
  s.setUi({ view: 'single' });
  return true;
}

// ---------------------------------------------------------------- curves

/** The models the curves compare: the current one, then the compare set-up's (4 at most). */
export function curveModels(s: DamState, overlay: boolean): ModelChoice[] {
  const out: ModelChoice[] = [modelOf(s)];
  if (overlay) {
    for (const m of s.compare.models) {
      const name = describeModel(m);
      if (!out.some((o) => describeModel(o) === name)) out.push(m);
    }
  }
  return out.slice(0, 4);
}

/** Basin-size curves (seeded Monte Carlo) for each model, one after another. */
export async function computeCurves(overlay: boolean): Promise<void> {
  const client = damClient();
  const memories = currentMemories();
  if (!client || !memories) return;
  const gen = ++curvesGen;
  const s = store();
  const models = curveModels(s, overlay);
  const K = Math.min(CURVE_MEMORIES, memories.patterns.count);
  const mem = Array.from({ length: K }, (_, k) => k);
  const total = models.length * K * CURVE_FLIPS.length * CURVE_TRIALS;
  s.setBasinRun({ curves: { status: 'computing', done: 0, total } });
  const sets: CurveSet[] = [];
  try {
    if ((await ensureMemories()) === null) throw new Error('the worker is not ready');
    for (const [i, model] of models.entries()) {
      const spec = toSpec(model);
      const base = i * K * CURVE_FLIPS.length * CURVE_TRIALS;
      const curves: BasinCurve[] = await client.basinCurves(
        {
          id: ++requestId,
          spec,
          memories: mem,
          flips: CURVE_FLIPS,
          trials: CURVE_TRIALS,
          maxSteps: s.basin.maxSteps,
          mode: isBinaryEnergy(spec.energy) ? s.params.mode : 'sync',
          order: s.params.order,
          seed: s.params.seed,
        },
        (done) => {
          if (gen !== curvesGen) return;
          store().setBasinRun({ curves: { status: 'computing', done: base + done, total } });
        },
      );
      if (gen !== curvesGen) return;
      sets.push({ model: describeModel(model), flips: CURVE_FLIPS, curves });
      curveSets = sets.slice();
      bump();
    }
    store().setBasinRun({ curves: { status: 'done', done: total, total } });
  } catch (err) {
    if (gen !== curvesGen) return;
    store().setBasinRun({
      curves: { status: 'error', done: 0, total, error: `The curves failed: ${errorMessage(err)}` },
    });
  }
}
