/**
 * The studio's animation loop: each frame moves every lane's target t on by the playback speed,
 * replays recorded frames first (after a step back), then asks the worker to advance the lanes
 * that are behind. One batch of calls in flight at a time and each time-boxed (~8 ms of worker
 * time a frame), so the main thread never waits and a model change gets in quickly.
 */
import { prefersReducedMotion } from '../../../shell/motion';
import { planAdvance, speedLevel, sweepsPerSec, type LanePlan } from '../../../shell/model/speed';
import { atHead, current, head, truncateAtCursor } from './history';
import { isPerNeuron, laneDone, record, stepperConfig, summarise, type Lane } from './lanes';
import { dynamicsOf } from './live';
import { fail, send, state, stopLoop, touchLive, type RunContext } from './run-context';

/** Writes the lanes' verdicts into the store. */
export function showVerdicts(ctx: RunContext): void {
  const lanes = summarise(state(), ctx.lanes, ctx.shell.bank);
  if (lanes) state().setRun({ lanes });
}

/**
 * Restarts lane l from its cursor frame (dropping the recorded future): needed when its config
 * changed after that frame. An asynchronous sweep restarts at neuron 0.
 */
export async function rewriteFuture(ctx: RunContext, l: Lane): Promise<void> {
  const h = l.live.history;
  if (atHead(h)) return;
  truncateAtCursor(h);
  const frame = await restartLaneAtHead(ctx, l);
  l.stepLimit = head(h).t + state().params.maxSteps;
  record(l, [frame], true);
}

/**
 * Starts lane l's trajectory in the worker again from its last recorded frame, under the model
 * of now (same seed and clamp); the worker counts t from 0 again, so tOffset is that frame's t.
 * Returns the worker's first frame (that same state).
 */
export async function restartLaneAtHead(ctx: RunContext, l: Lane) {
  const s = state();
  const from = head(l.live.history);
  const config = stepperConfig(s, l.model);
  const frame = await send(ctx, 'startTrajectory', [
    { id: l.id, config, seed: s.params.seed, state: from.state, clamp: l.live.clamp ?? undefined },
  ]);
  l.dirty = false;
  l.configKey = JSON.stringify(config);
  l.live.spec = config.spec;
  l.live.dynamics = dynamicsOf(config);
  l.tOffset = from.t;
  return frame;
}

export async function advanceLanes(
  ctx: RunContext,
  plans: (LanePlan | null)[],
  maxMs: number,
): Promise<void> {
  const { signal } = ctx.run;
  const work = ctx.lanes.map((l, i) => ({ l, plan: plans[i] })).filter((w) => w.plan);
  const replies = await Promise.all(
    work.map(({ l, plan }) =>
      send(ctx, 'advanceTrajectory', [{ id: l.id, ...plan!, maxMs }]).then((frames) => ({
        l,
        frames,
      })),
    ),
  );
  if (signal.aborted) return;
  for (const { l, frames } of replies) record(l, frames);
}

export function finish(ctx: RunContext): void {
  stopLoop(ctx);
  for (const l of ctx.lanes) l.live.history.cursor = l.live.history.frames.length - 1;
  touchLive(ctx);
  state().setRun({ status: 'done' });
  showVerdicts(ctx);
}

function tick(ctx: RunContext, now: number): void {
  ctx.loop = requestAnimationFrame((t) => tick(ctx, t));
  if (ctx.inFlight > 0) return;
  const s = state();
  if (s.run.status !== 'running') return stopLoop(ctx);
  const dt = Math.min(100, Math.max(0, now - ctx.lastNow));
  ctx.lastNow = now;
  const level = prefersReducedMotion() ? Number.MAX_SAFE_INTEGER : s.params.speed;
  const fastest = !Number.isFinite(speedLevel(level).neuronsPerSec);
  const { lanes } = ctx;
  const active = lanes.filter((l) => !laneDone(l) || !atHead(l.live.history));
  if (active.length === 0) return finish(ctx);
  const minT = Math.min(...active.map((l) => current(l.live.history).t));
  if (fastest) {
    // As fast as possible; compare lanes stay within a few steps of each other.
    ctx.target = lanes.length > 1 ? Math.floor(minT + 1e-9) + 4 : Infinity;
  } else {
    if (!Number.isFinite(ctx.target)) ctx.target = minT; // slowed down from "as fast as possible"
    const l0 = active[0];
    const dim = l0.live.history.frames[0].state.length;
    ctx.target += (sweepsPerSec(level, isPerNeuron(s, l0.live.spec), dim) * dt) / 1000;
  }
  // Replay recorded frames first (after a step back), unless the model changed since.
  let replayed = false;
  for (const l of lanes) {
    const h = l.live.history;
    if (atHead(h) || l.dirty) continue;
    while (!atHead(h) && h.frames[h.cursor + 1].t <= ctx.target + 1e-9) h.cursor++;
    if (!atHead(h) && !Number.isFinite(ctx.target)) h.cursor = h.frames.length - 1;
    replayed = true;
  }
  if (replayed) return touchLive(ctx);
  const { signal } = ctx.run;
  if (lanes.some((l) => !atHead(l.live.history))) {
    // Only lanes whose model changed after the shown frame get here: rewrite their future.
    void Promise.all(lanes.map((l) => rewriteFuture(ctx, l)))
      .then(() => !signal.aborted && touchLive(ctx))
      .catch((err: unknown) => fail(ctx, signal, 'The run failed', err));
    return;
  }
  const plans = lanes.map((l) =>
    laneDone(l)
      ? null
      : planAdvance({
          t: head(l.live.history).t,
          target: ctx.target,
          limit: l.stepLimit,
          perNeuron: isPerNeuron(s, l.live.spec),
          dim: l.live.history.frames[0].state.length,
        }),
  );
  if (plans.every((p) => p === null)) return;
  // Keep the worker's share of a frame small: ~8 ms in all, so a model change gets in quickly.
  void advanceLanes(ctx, plans, 8 / plans.filter(Boolean).length)
    .then(() => {
      if (signal.aborted) return;
      touchLive(ctx);
      if (ctx.lanes.every(laneDone)) finish(ctx);
    })
    .catch((err: unknown) => fail(ctx, signal, 'The run failed', err));
}

/** Starts the loop (while the studio is hidden it only notes that it should run). */
export function startLoop(ctx: RunContext): void {
  if (ctx.hidden) {
    ctx.suspended = true;
    return;
  }
  if (ctx.loop) return;
  ctx.lastNow = performance.now();
  const l0 = ctx.lanes[0];
  ctx.target = l0 ? current(l0.live.history).t : 0;
  ctx.loop = requestAnimationFrame((t) => tick(ctx, t));
}
