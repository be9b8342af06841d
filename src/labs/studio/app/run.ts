/**
 * The studio's run: live trajectories in the worker's studio room (start / advance /
 * configure), one lane per model, animated by run-loop.ts, with play, pause, step, step back and
 * reset; model, mode and temperature changes apply from the next update on (run-changes.ts).
 * Status and verdicts go to the store, frames to the live cache. Hidden, the studio pauses its
 * animation and picks it up again when shown; nothing is lost or restarted.
 */
import { validateModel } from '../../../core/dynamics/model-spec';
import { isAbortError } from '../../../core/util/abort';
import { buildCue } from '../../../shell/cue/cue';
import { workerUp } from '../../../store/backend-slice';
import type { Shell } from '../../../shell/shell';
import { toSpec } from '../../../shell/model/model';
import { STUDIO_ROOM, type StudioRoomApi } from '../worker/api';
import { atHead, createHistory, head, historyCap, moveCursor } from './history';
import {
  isPerNeuron,
  laneDone,
  laneModels,
  stepperConfig,
  summaryRunning,
  type Lane,
} from './lanes';
import { createLiveCache, dynamicsOf, type LiveCache, type LiveFrame } from './live';
import { watchStudioStore } from './run-changes';
import {
  createRunContext,
  fail,
  send,
  state,
  stopLoop,
  touchLive,
  type RunContext,
} from './run-context';
import { advanceLanes, rewriteFuture, showVerdicts, startLoop } from './run-loop';
import type { LanePlan } from '../../../shell/model/speed';

export interface StudioRun {
  live: LiveCache;
  /** Back to the cue: new trajectories at the cue (status idle); false when it could not. */
  reset(): Promise<boolean>;
  play(): Promise<void>;
  pause(): void;
  togglePlay(): void;
  /** One neuron or one sweep (async), one update (sync, softmax); replays recorded frames first. */
  stepForward(): Promise<void>;
  /** Shows the previous recorded frame (the trajectory itself stays where it is). */
  stepBack(): void;
  hide(): void;
  show(): void;
}

function endLanes(ctx: RunContext, lanes: readonly Lane[]): void {
  for (const l of lanes) void ctx.room.call('endTrajectory', [l.id]).catch(() => undefined);
}

async function resetRun(ctx: RunContext): Promise<boolean> {
  ctx.run.abort();
  ctx.run = new AbortController();
  const { signal } = ctx.run;
  stopLoop(ctx);
  ctx.suspended = false;
  const s = state();
  const old = ctx.lanes;
  ctx.lanes = [];
  endLanes(ctx, old);
  // A reset starts afresh: an error from the last attempt (an empty bank, say) no longer holds
  // while this one waits for the worker or the digits; a new failure below sets its own.
  if (s.run.status === 'error') s.setRun({ status: 'idle', error: undefined, lanes: [] });
  if (!workerUp(s.backend.status)) return false;
  const memories = ctx.shell.bank.memories();
  if (!memories) {
    if (s.dataset.status === 'error') fail(ctx, signal, 'The MNIST digits could not be loaded.');
    return false; // waits for the digits; the store watch resets again when they arrive
  }
  if (memories.patterns.count === 0) {
    touchLive(ctx, []);
    s.setRun({ status: 'error', error: 'The memory bank is empty: add memories first.' });
    return false;
  }
  const models = laneModels(s);
  for (const m of models) {
    const problem = validateModel(toSpec(m));
    if (problem) {
      fail(ctx, signal, `Invalid model: ${problem}.`);
      return false;
    }
  }
  let cue;
  try {
    cue = buildCue(s.cue, memories.patterns, s.drawing.image, s.params.seed);
  } catch (err) {
    fail(ctx, signal, 'Could not build the cue', err);
    return false;
  }
  const { count: K, dim: N } = memories.patterns;
  const labels = s.bank.items.map((it) => it.label);
  const cueMemory =
    s.cue.start.kind === 'memory' ? Math.max(0, Math.min(K - 1, s.cue.start.index)) : null;
  const softmaxFloats = models.some((m) => m.energy === 'softmax') ? K : 0;
  const cap = historyCap(N + K + softmaxFloats, models.length);
  try {
    if ((await ctx.shell.compute.ensureMemories()) === null || signal.aborted) return false;
    const started = await Promise.all(
      models.map((model) => {
        const config = stepperConfig(s, model);
        const id = ctx.nextId++;
        const start = {
          id,
          config,
          seed: s.params.seed,
          state: cue.state,
          clamp: cue.clamp ?? undefined,
        };
        return send(ctx, 'startTrajectory', [start]).then((frame) => ({
          id,
          model,
          config,
          frame,
        }));
      }),
    );
    if (signal.aborted) return false;
    ctx.lanes = started.map(({ id, model, config, frame }) => ({
      id,
      model,
      configKey: JSON.stringify(config),
      dirty: false,
      stepLimit: s.params.maxSteps,
      tOffset: 0,
      live: {
        spec: config.spec,
        history: createHistory<LiveFrame>({ ...frame, spec: config.spec, totalFlips: 0 }, cap),
        side: Math.round(Math.sqrt(N)),
        clamp: cue.clamp,
        labels,
        cueMemory,
        cue: { start: s.cue.start, flipP: s.cue.flipP, seed: s.params.seed },
        dynamics: dynamicsOf(config),
      },
    }));
    touchLive(ctx, ctx.lanes);
    state().setRun({ status: 'idle', error: undefined, lanes: ctx.lanes.map(summaryRunning) });
    return true;
  } catch (err) {
    if (!isAbortError(err)) fail(ctx, signal, 'Could not start the run', err);
    return false;
  }
}

const ensureLanes = (ctx: RunContext) =>
  ctx.lanes.length > 0 ? Promise.resolve(true) : resetRun(ctx);

async function play(ctx: RunContext): Promise<void> {
  const status = state().run.status;
  if (status === 'running') return;
  if (status === 'done' || status === 'error') {
    if (!(await resetRun(ctx))) return;
  } else if (!(await ensureLanes(ctx))) return;
  for (const l of ctx.lanes) {
    const h = head(l.live.history);
    if (h.t >= l.stepLimit - 1e-9) l.stepLimit = h.t + state().params.maxSteps;
  }
  state().setRun({ status: 'running', lanes: ctx.lanes.map(summaryRunning) });
  startLoop(ctx);
}

function pause(ctx: RunContext): void {
  if (state().run.status !== 'running') return;
  stopLoop(ctx);
  ctx.suspended = false;
  state().setRun({ status: 'paused' });
  showVerdicts(ctx);
}

/** The plan of one Step press for a lane (null: it already settled). */
function stepPlan(l: Lane): LanePlan | null {
  const s = state();
  const h = head(l.live.history);
  if (h.converged) return null;
  const dim = l.live.history.frames[0].state.length;
  if (!isPerNeuron(s, l.live.spec)) return { unit: 'step', count: 1, frameEvery: 1 };
  if (s.params.stepUnit === 'neuron') return { unit: 'neuron', count: 1, frameEvery: 1 };
  const count = dim - Math.round((h.t % 1) * dim);
  return { unit: 'neuron', count, frameEvery: count };
}

async function stepForward(ctx: RunContext): Promise<void> {
  if (state().run.status === 'running') pause(ctx);
  if (!(await ensureLanes(ctx))) return;
  const { signal } = ctx.run;
  const replay = ctx.lanes.every((l) => !atHead(l.live.history) && !l.dirty);
  if (replay) {
    for (const l of ctx.lanes) moveCursor(l.live.history, 1);
  } else {
    try {
      await Promise.all(ctx.lanes.map((l) => rewriteFuture(ctx, l)));
      await advanceLanes(ctx, ctx.lanes.map(stepPlan), 1_000);
    } catch (err) {
      return fail(ctx, signal, 'The step failed', err);
    }
  }
  if (signal.aborted) return;
  touchLive(ctx);
  const allDone = ctx.lanes.every((l) => laneDone(l) && atHead(l.live.history));
  state().setRun({ status: allDone ? 'done' : 'paused' });
  showVerdicts(ctx);
}

function stepBack(ctx: RunContext): void {
  if (state().run.status === 'running') stopLoop(ctx);
  let moved = false;
  for (const l of ctx.lanes) moved = moveCursor(l.live.history, -1) || moved;
  if (!ctx.lanes.length) return;
  touchLive(ctx);
  state().setRun({ status: 'paused' });
  if (moved) showVerdicts(ctx);
}

export function createStudioRun(shell: Shell): StudioRun {
  const live = createLiveCache();
  const ctx = createRunContext(shell, shell.compute.room<StudioRoomApi>(STUDIO_ROOM), live);
  const run: StudioRun = {
    live,
    reset: () => resetRun(ctx),
    play: () => play(ctx),
    pause: () => pause(ctx),
    togglePlay: () => (state().run.status === 'running' ? pause(ctx) : void play(ctx)),
    stepForward: () => stepForward(ctx),
    stepBack: () => stepBack(ctx),
    hide() {
      ctx.hidden = true;
      if (ctx.loop) {
        stopLoop(ctx);
        ctx.suspended = true;
      }
    },
    show() {
      ctx.hidden = false;
      if (ctx.suspended && state().run.status === 'running') {
        ctx.suspended = false;
        startLoop(ctx);
      }
    },
  };
  watchStudioStore(ctx, {
    restart: () => void resetRun(ctx),
    replay: () =>
      void resetRun(ctx).then((ok) => {
        if (ok) return play(ctx);
      }),
  });
  if (workerUp(state().backend.status)) void resetRun(ctx);
  return run;
}
