/**
 * The only module that talks to the compute worker (through src/worker-client). It drives live
 * trajectories (worker startTrajectory / advanceTrajectory / configureTrajectory) for one model or,
 * in compare mode, 2–4 models in lockstep; records their frames (capped history with a cursor for
 * step back); applies model, mode and temperature changes from the next update on; and writes the
 * status and verdicts into the store. Per-frame data goes to `live` (charts subscribe to it).
 *
 * One worker call at a time: every call goes through `serial`, and the animation loop skips a
 * frame while one is in flight, so the main thread only ever waits for at most one reply.
 */
import { isBinaryEnergy, validateModel } from '../../../core/dynamics/model-spec';
import type { StepperConfig } from '../../../core/dynamics/stepper';
import type { ModelSpec } from '../../../core/dynamics/types';
import { createDamClient, type DamClient } from '../../../worker-client/dam-client';
import type { TrajectoryFrame } from '../../../worker-api/dam-api';
import { useDamStore, type DamState } from '../../../store';
import type { LaneSummary, LiveFrame, LiveLane } from './slice';
import { buildCue } from '../../../shell/cue/cue';
import {
  atHead,
  createHistory,
  current,
  head,
  historyCap,
  moveCursor,
  pushFrames,
  truncateAtCursor,
} from './history';
import { toSpec, type ModelChoice } from '../../../shell/model/model';
import { crosstalk } from '../../../shell/model/regime';
import { planAdvance, speedLevel, sweepsPerSec, type LanePlan } from '../../../shell/model/speed';
import { failureHint, studioVerdict } from './verdict';
import { currentMemories, currentSigns, currentStats } from '../../../shell/bank/bank-cache';
import { loadMnist } from '../../../shell/bank/mnist-data';
import { prefersReducedMotion } from '../../../shell/motion';
import { readUrlPrefs } from '../../../shell/url-prefs';
import { errorMessage } from '../../../core/util/error-message';

let client: DamClient | null = null;
let started = false;
let sentVersion = -1;

interface Lane {
  id: number;
  model: ModelChoice;
  live: LiveLane;
  /** JSON of the StepperConfig the worker holds. */
  configKey: string;
  /** The config changed while the cursor was behind the head: rewrite the future on resume. */
  dirty: boolean;
  /** The run stops at this t unless it settles first. */
  stepLimit: number;
  /** Added to the worker's t after a restart from a past frame. */
  tOffset: number;
}

let lanes: Lane[] = [];
let nextId = 1;
/** Bumped by reset: replies for an older generation are dropped. */
let generation = 0;
let chain: Promise<unknown> = Promise.resolve();
let inFlight = 0;
let loop = 0;
let lastNow = 0;
let target = 0;

const store = () => useDamStore.getState();

/**
 * Sends a call at once, ahead of calls still queued in `serial` (the worker answers in order,
 * so it runs right after the call in flight): a model change must not wait for a queue.
 */
function direct<T>(fn: () => Promise<T>): Promise<T> {
  inFlight++;
  return fn().finally(() => inFlight--);
}

/** Runs worker calls one after another. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  inFlight++;
  const next = chain.then(fn, fn);
  chain = next.catch(() => undefined);
  return next.finally(() => inFlight--);
}

// ---------------------------------------------------------------- set-up

/** Starts the worker and loads the digits; safe to call more than once. */
export function startApp(): void {
  if (started) return;
  started = true;
  const prefs = readUrlPrefs();
  store().setBackend({ requested: prefs.backend, status: 'starting' });

  void loadMnist().then(
    (set) => {
      store().setDataset({ status: 'ready', count: set.count });
      void resetRun();
    },
    (err) => store().setDataset({ status: 'error', count: 0, error: errorMessage(err) }),
  );

  try {
    client = createDamClient();
  } catch (err) {
    store().setBackend({
      status: 'error',
      error: `Could not start the compute worker: ${errorMessage(err)}`,
    });
    return;
  }
  client.onStatus((status) => {
    const { setBackend } = store();
    // The client replays init and the memories after a restart; trajectories are lost.
    if (status.kind === 'restarted') {
      setBackend({ status: 'restarting', error: `Worker restarted (${status.reason})` });
    } else if (status.kind === 'ready') {
      setBackend({ status: 'ready', info: status.backend, error: undefined });
      void resetRun();
    } else {
      setBackend({ status: 'error', error: status.message });
    }
  });
  client.init(prefs.backend).then(
    (info) => {
      store().setBackend({ status: 'ready', info });
      void resetRun();
    },
    (err: unknown) =>
      store().setBackend({
        status: 'error',
        error: `The compute worker failed to start: ${errorMessage(err)}`,
      }),
  );
  watchStore();
}

/** The models to run: the model panel's, or the compare set-up's. */
function laneModels(s: DamState): ModelChoice[] {
  if (s.ui.view === 'compare') return s.compare.models.slice(0, 4);
  return [{ energy: s.params.energy, n: s.params.n, beta: s.params.beta }];
}

function stepperConfig(s: DamState, model: ModelChoice): StepperConfig {
  return {
    spec: toSpec(model),
    mode: s.params.mode,
    order: s.params.order,
    temperature: Math.max(0, s.params.temperature),
  };
}

const isPerNeuron = (s: DamState, spec: ModelSpec) =>
  isBinaryEnergy(spec.energy) && s.params.mode === 'async';

function fail(gen: number, error: string): void {
  if (gen !== generation) return;
  stopLoop();
  store().setRun({ status: 'error', error });
}

/**
 * Back to the cue: ends the trajectories, builds the memories and the cue, starts one trajectory
 * per model at the cue (status idle). Returns false when it could not (status error or waiting).
 */
export async function resetRun(): Promise<boolean> {
  const gen = ++generation;
  stopLoop();
  const s = store();
  const old = lanes;
  lanes = [];
  if (old.length) void serial(() => Promise.all(old.map((l) => client!.endTrajectory(l.id))));
  if (!client || s.backend.status !== 'ready') return false;
  const memories = currentMemories();
  if (!memories) {
    if (s.dataset.status === 'error') fail(gen, `The MNIST digits could not be loaded.`);
    return false; // waits for the digits; startApp resets again when they arrive
  }
  if (memories.patterns.count === 0) {
    store().touchLive([]);
    store().setRun({ status: 'error', error: 'The memory bank is empty: add memories first.' });
    return false;
  }
  const models = laneModels(s);
  for (const m of models) {
    const problem = validateModel(toSpec(m));
    if (problem) {
      fail(gen, `Invalid model: ${problem}.`);
      return false;
    }
  }
  let cue;
  try {
    cue = buildCue(s.cue, memories.patterns, s.drawing.image, s.params.seed);
  } catch (err) {
    fail(gen, `Could not build the cue: ${errorMessage(err)}`);
    return false;
  }
  const { count: K, dim: N } = memories.patterns;
  const labels = s.bank.items.map((it) => it.label);
  const cueMemory =
    s.cue.start.kind === 'memory' ? Math.max(0, Math.min(K - 1, s.cue.start.index)) : null;
  const cap = historyCap(
    N + K + (models.some((m) => m.energy === 'softmax') ? K : 0),
    models.length,
  );
  try {
    const version = memories.version;
    if (version !== sentVersion) {
      await serial(() => client!.setMemories(memories.patterns, version));
      sentVersion = version;
    }
    if (gen !== generation) return false;
    const started = await serial(() =>
      Promise.all(
        models.map((model) => {
          const config = stepperConfig(s, model);
          const id = nextId++;
          return client!
            .startTrajectory({
              id,
              config,
              seed: s.params.seed,
              state: cue.state,
              clamp: cue.clamp ?? undefined,
            })
            .then((frame) => ({ id, model, config, frame }));
        }),
      ),
    );
    if (gen !== generation) {
      void serial(() => Promise.all(started.map((l) => client!.endTrajectory(l.id))));
      return false;
    }
    lanes = started.map(({ id, model, config, frame }) => ({
      id,
      model,
      configKey: JSON.stringify(config),
      dirty: false,
      stepLimit: s.params.maxSteps,
      tOffset: 0,
      live: {
        spec: config.spec,
        history: createHistory<LiveFrame>({ ...frame, spec: config.spec }, cap),
        side: Math.round(Math.sqrt(N)),
        clamp: cue.clamp,
        labels,
        cueMemory,
      },
    }));
    store().touchLive(lanes.map((l) => l.live));
    store().setRun({ status: 'idle', error: undefined, lanes: lanes.map(summaryRunning) });
    return true;
  } catch (err) {
    fail(gen, `Could not start the run: ${errorMessage(err)}`);
    return false;
  }
}

const summaryRunning = (l: Lane): LaneSummary => ({
  model: l.model,
  verdict: null,
  hint: null,
  converged: false,
  t: current(l.live.history).t,
});

// ---------------------------------------------------------------- verdicts

function summarise(): void {
  const s = store();
  const memories = currentMemories();
  const signs = currentSigns();
  const stats = currentStats();
  if (!memories || !signs) return;
  const { count: K, dim: N } = memories.patterns;
  const flipP = s.cue.flipP;
  store().setRun({
    lanes: lanes.map((l) => {
      const f = current(l.live.history);
      const binary = isBinaryEnergy(f.spec.energy);
      const v = studioVerdict(binary ? signs : memories.patterns, f.state, f.weights);
      const converged = f.converged;
      const spec = f.spec;
      return {
        model: l.model,
        verdict: v,
        hint: failureHint(v, {
          model: l.model,
          count: K,
          dim: N,
          cueMemory: l.live.cueMemory,
          flipP,
          temperature: binary ? s.params.temperature : 0,
          sync: s.params.mode === 'sync' && binary,
          converged,
          continued: l.live.history.frames.some(
            (fr, i) => i <= l.live.history.cursor && fr.reconfigured,
          ),
          crosstalk:
            stats && (spec.energy === 'polynomial' || spec.energy === 'rectified')
              ? crosstalk(stats, spec.n, spec.energy === 'rectified')
              : null,
        }),
        converged,
        t: f.t,
      };
    }),
  });
}

// ---------------------------------------------------------------- advancing

const laneDone = (l: Lane) => {
  const h = head(l.live.history);
  return h.converged || h.t >= l.stepLimit - 1e-9;
};

function record(l: Lane, frames: TrajectoryFrame[], reconfigured = false): void {
  const spec = l.live.spec;
  pushFrames(
    l.live.history,
    frames.map((f, i) => ({
      ...f,
      t: f.t + l.tOffset,
      spec,
      reconfigured: reconfigured && i === 0 ? true : undefined,
    })),
  );
}

/**
 * Restarts lane l from its cursor frame (dropping the recorded future): needed when its config
 * changed after that frame. An asynchronous sweep restarts at neuron 0.
 */
async function rewriteFuture(l: Lane): Promise<void> {
  const h = l.live.history;
  if (atHead(h)) return;
  truncateAtCursor(h);
  const s = store();
  const from = head(h);
  const config = stepperConfig(s, l.model);
  const frame = await client!.startTrajectory({
    id: l.id,
    config,
    seed: s.params.seed,
    state: from.state,
    clamp: l.live.clamp ?? undefined,
  });
  l.dirty = false;
  l.configKey = JSON.stringify(config);
  l.live.spec = config.spec;
  l.tOffset = from.t;
  l.stepLimit = from.t + s.params.maxSteps;
  record(l, [frame], true);
}

async function advanceLanes(plans: (LanePlan | null)[], maxMs: number): Promise<void> {
  const gen = generation;
  const work = lanes.map((l, i) => ({ l, plan: plans[i] })).filter((w) => w.plan);
  const replies = await Promise.all(
    work.map(({ l, plan }) =>
      client!.advanceTrajectory({ id: l.id, ...plan!, maxMs }).then((frames) => ({ l, frames })),
    ),
  );
  if (gen !== generation) return;
  for (const { l, frames } of replies) record(l, frames);
}

/** The animation loop: one batch of worker calls in flight at a time, time-boxed. */
function tick(now: number): void {
  loop = requestAnimationFrame(tick);
  if (inFlight > 0) return;
  const s = store();
  if (s.run.status !== 'running') return stopLoop();
  const dt = Math.min(100, Math.max(0, now - lastNow));
  lastNow = now;
  const level = prefersReducedMotion() ? Number.MAX_SAFE_INTEGER : s.params.speed;
  const fastest = !Number.isFinite(speedLevel(level).neuronsPerSec);
  const active = lanes.filter((l) => !laneDone(l) || !atHead(l.live.history));
  if (active.length === 0) return finish();
  const minT = Math.min(...active.map((l) => current(l.live.history).t));
  if (fastest) {
    // As fast as possible; compare lanes stay within a few steps of each other.
    target = lanes.length > 1 ? Math.floor(minT + 1e-9) + 4 : Infinity;
  } else {
    if (!Number.isFinite(target)) target = minT; // slowed down from "as fast as possible"
    const l0 = active[0];
    target +=
      (sweepsPerSec(level, isPerNeuron(s, l0.live.spec), l0.live.history.frames[0].state.length) *
        dt) /
      1000;
  }
  // Replay recorded frames first (after a step back), unless the model changed since.
  let replayed = false;
  for (const l of lanes) {
    const h = l.live.history;
    if (atHead(h) || l.dirty) continue;
    while (!atHead(h) && h.frames[h.cursor + 1].t <= target + 1e-9) h.cursor++;
    if (!atHead(h) && !Number.isFinite(target)) h.cursor = h.frames.length - 1;
    replayed = true;
  }
  if (replayed) {
    store().touchLive();
    return;
  }
  if (lanes.some((l) => !atHead(l.live.history))) {
    // Only lanes whose model changed after the shown frame get here: rewrite their future.
    const gen = generation;
    void serial(() => Promise.all(lanes.map(rewriteFuture)))
      .then(() => gen === generation && store().touchLive())
      .catch((err: unknown) => fail(gen, `The run failed: ${errorMessage(err)}`));
    return;
  }
  const plans = lanes.map((l) =>
    laneDone(l)
      ? null
      : planAdvance({
          t: head(l.live.history).t,
          target,
          limit: l.stepLimit,
          perNeuron: isPerNeuron(s, l.live.spec),
          dim: l.live.history.frames[0].state.length,
        }),
  );
  if (plans.every((p) => p === null)) return;
  const gen = generation;
  // Keep the worker's share of a frame small: ~8 ms in all, so a model change gets in quickly.
  void serial(() => advanceLanes(plans, 8 / plans.filter(Boolean).length))
    .then(() => {
      if (gen !== generation) return;
      store().touchLive();
      if (lanes.every(laneDone)) finish();
    })
    .catch((err: unknown) => fail(gen, `The run failed: ${errorMessage(err)}`));
}

function startLoop(): void {
  if (loop) return;
  lastNow = performance.now();
  const l0 = lanes[0];
  target = l0 ? current(l0.live.history).t : 0;
  loop = requestAnimationFrame(tick);
}

function stopLoop(): void {
  if (loop) cancelAnimationFrame(loop);
  loop = 0;
}

function finish(): void {
  stopLoop();
  for (const l of lanes) l.live.history.cursor = l.live.history.frames.length - 1;
  store().touchLive();
  store().setRun({ status: 'done' });
  summarise();
}

// ---------------------------------------------------------------- commands

async function ensureLanes(): Promise<boolean> {
  return lanes.length > 0 || resetRun();
}

/** Plays (from the cue when nothing ran yet, from the start again when the run is done). */
export async function play(): Promise<void> {
  const status = store().run.status;
  if (status === 'running') return;
  if (status === 'done' || status === 'error') {
    if (!(await resetRun())) return;
  } else if (!(await ensureLanes())) return;
  for (const l of lanes) {
    const h = head(l.live.history);
    if (h.t >= l.stepLimit - 1e-9) l.stepLimit = h.t + store().params.maxSteps;
  }
  store().setRun({ status: 'running', lanes: lanes.map(summaryRunning) });
  startLoop();
}

export function pause(): void {
  if (store().run.status !== 'running') return;
  stopLoop();
  store().setRun({ status: 'paused' });
  summarise();
}

export function togglePlay(): void {
  if (store().run.status === 'running') pause();
  else void play();
}

/** One neuron or one sweep (async), one update (sync, softmax); replays recorded frames first. */
export async function stepForward(): Promise<void> {
  const status = store().run.status;
  if (status === 'running') pause();
  if (!(await ensureLanes())) return;
  const gen = generation;
  const s = store();
  const replay = lanes.every((l) => !atHead(l.live.history) && !l.dirty);
  if (replay) {
    for (const l of lanes) moveCursor(l.live.history, 1);
  } else {
    try {
      await serial(async () => {
        await Promise.all(lanes.map(rewriteFuture));
        const plans = lanes.map((l): LanePlan | null => {
          const h = head(l.live.history);
          if (h.converged) return null;
          const dim = l.live.history.frames[0].state.length;
          if (!isPerNeuron(s, l.live.spec)) return { unit: 'step', count: 1, frameEvery: 1 };
          if (s.params.stepUnit === 'neuron') return { unit: 'neuron', count: 1, frameEvery: 1 };
          const done = Math.round((h.t % 1) * dim);
          const count = dim - done;
          return { unit: 'neuron', count, frameEvery: count };
        });
        await advanceLanes(plans, 1_000);
      });
    } catch (err) {
      return fail(gen, `The step failed: ${errorMessage(err)}`);
    }
  }
  if (gen !== generation) return;
  store().touchLive();
  const allDone = lanes.every((l) => laneDone(l) && atHead(l.live.history));
  store().setRun({ status: allDone ? 'done' : 'paused' });
  summarise();
}

/** Shows the previous recorded frame (the trajectory itself stays where it is). */
export function stepBack(): void {
  if (store().run.status === 'running') stopLoop();
  let moved = false;
  for (const l of lanes) moved = moveCursor(l.live.history, -1) || moved;
  if (!lanes.length) return;
  store().touchLive();
  store().setRun({ status: 'paused' });
  if (moved) summarise();
}

/** Back to the cue. */
export function reset(): void {
  void resetRun();
}

// ---------------------------------------------------------------- live changes

/** Applies a new model, update mode or temperature to every lane from its next update on. */
function reconfigure(): void {
  const s = store();
  const models = laneModels(s);
  if (models.length !== lanes.length) return void resetRun();
  const gen = generation;
  const changed: Lane[] = [];
  lanes.forEach((l, i) => {
    const config = stepperConfig(s, models[i]);
    const key = JSON.stringify(config);
    if (key === l.configKey) return;
    if (validateModel(config.spec)) return; // the controls never produce one; links are checked
    l.model = models[i];
    l.configKey = key;
    if (!atHead(l.live.history)) {
      l.dirty = true;
      return;
    }
    changed.push(l);
    void direct(() => client!.configureTrajectory(l.id, config))
      .then((frame) => {
        if (gen !== generation) return;
        l.live.spec = config.spec;
        l.stepLimit = head(l.live.history).t + s.params.maxSteps;
        const h = l.live.history;
        if (h.frames.length === 1)
          h.frames[0] = { ...frame, t: frame.t + l.tOffset, spec: config.spec };
        else record(l, [frame], true);
        store().touchLive();
      })
      .catch((err: unknown) => fail(gen, `The model change failed: ${errorMessage(err)}`));
  });
  if (!changed.length && !lanes.some((l) => l.dirty)) return;
  const status = s.run.status;
  // A settled run may no longer be settled under the new model: carry on.
  if (status === 'done') {
    store().setRun({ status: 'running', lanes: lanes.map(summaryRunning) });
    startLoop();
  } else if (status !== 'running') {
    store().setRun({ lanes: lanes.map(summaryRunning) });
  }
}

/** Model changes reconfigure live; bank, cue, seed, compare set-up changes start over. */
function watchStore(): void {
  useDamStore.subscribe((s, prev) => {
    const restart =
      s.bank !== prev.bank ||
      s.cue !== prev.cue ||
      (s.drawing.image !== prev.drawing.image && s.cue.start.kind === 'drawing') ||
      s.params.seed !== prev.params.seed ||
      s.ui.view !== prev.ui.view ||
      (s.ui.view === 'compare' && s.compare.models.length !== prev.compare.models.length) ||
      (s.dataset.status !== prev.dataset.status && s.dataset.status === 'ready');
    if (restart) {
      if (s.backend.status === 'ready') void resetRun();
      return;
    }
    const p = s.params;
    const q = prev.params;
    const modelChanged =
      p.energy !== q.energy ||
      p.n !== q.n ||
      p.beta !== q.beta ||
      p.mode !== q.mode ||
      p.order !== q.order ||
      p.temperature !== q.temperature ||
      s.compare.models !== prev.compare.models;
    if (modelChanged && lanes.length) reconfigure();
    if (p.maxSteps !== q.maxSteps) for (const l of lanes) l.stepLimit = l.tOffset + p.maxSteps;
  });
}

// ---------------------------------------------------------------- shared with the basins view

/** The worker client, for src/app/basin-controller.ts (null until started). */
export function damClient(): DamClient | null {
  return client;
}

/**
 * Makes sure the worker holds the current memory bank; resolves with its version, or null when
 * the worker or the digits are not ready (the basins view tries again when they are).
 */
export async function ensureMemories(): Promise<number | null> {
  const memories = currentMemories();
  if (!client || store().backend.status !== 'ready' || !memories) return null;
  const version = memories.version;
  if (version !== sentVersion) {
    await serial(() => client!.setMemories(memories.patterns, version));
    sentVersion = version;
  }
  return version;
}

// ---------------------------------------------------------------- for tests and the bench

export function liveLanes(): readonly LiveLane[] {
  return lanes.map((l) => l.live);
}

/** Kills and respawns the worker (the client replays the backend and memories); for tests. */
export function restartWorker(reason: string): Promise<void> {
  return client ? client.restart(reason) : Promise.resolve();
}
