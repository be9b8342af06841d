/**
 * The state of the studio's run, one object per studio (no module state): its lanes, the
 * AbortController of the current run (every reset aborts it, so replies for an older run are
 * dropped and their work freed), and the animation loop's clock. run.ts, run-loop.ts and
 * run-changes.ts work on it.
 */
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import type { Shell } from '../../../shell/shell';
import { useDamStore, type DamState } from '../../../store';
import type { CallOptions, RoomClient } from '../../../worker-client/connection';
import type { ArgsOf, ResultOf } from '../../../worker-api/host-api';
import type { StudioRoomApi } from '../worker/api';
import type { Lane } from './lanes';
import type { LiveCache } from './live';

export interface RunContext {
  shell: Shell;
  room: RoomClient<StudioRoomApi>;
  live: LiveCache;
  lanes: Lane[];
  nextId: number;
  run: AbortController;
  /** Worker calls of this run not answered yet (the loop skips a frame while any is). */
  inFlight: number;
  /** requestAnimationFrame handle, 0 when the loop is stopped. */
  loop: number;
  lastNow: number;
  /** The t every lane should reach by now (fractional steps). */
  target: number;
  /** The studio is not on screen: the loop waits, and `suspended` says it should resume. */
  hidden: boolean;
  suspended: boolean;
  /** The worker died under this run: it goes on from its last frame once the worker is back. */
  resume: boolean;
}

export const state = (): DamState => useDamStore.getState();

export function createRunContext(
  shell: Shell,
  room: RoomClient<StudioRoomApi>,
  live: LiveCache,
): RunContext {
  return {
    shell,
    room,
    live,
    lanes: [],
    resume: false,
    nextId: 1,
    run: new AbortController(),
    inFlight: 0,
    loop: 0,
    lastNow: 0,
    target: 0,
    hidden: false,
    suspended: false,
  };
}

/** A worker call of the current run, counted in `inFlight`, aborted by the next reset. */
export function send<K extends keyof StudioRoomApi & string>(
  ctx: RunContext,
  method: K,
  args: ArgsOf<StudioRoomApi[K]>,
  opts: CallOptions = {},
): Promise<ResultOf<StudioRoomApi[K]>> {
  ctx.inFlight++;
  return ctx.room
    .call(method, args, { signal: ctx.run.signal, ...opts })
    .finally(() => ctx.inFlight--);
}

/** Tells the live charts that the lanes changed (or replaces them). */
export function touchLive(ctx: RunContext, lanes?: Lane[]): void {
  if (lanes) ctx.live.set({ lanes: lanes.map((l) => l.live) });
  else ctx.live.touch();
}

export function stopLoop(ctx: RunContext): void {
  if (ctx.loop) cancelAnimationFrame(ctx.loop);
  ctx.loop = 0;
}

/** Shows an error of the run `signal` belongs to (an aborted run's errors are dropped). */
export function fail(ctx: RunContext, signal: AbortSignal, what: string, err?: unknown): void {
  if (signal.aborted || (err !== undefined && isAbortError(err))) return;
  stopLoop(ctx);
  if (isWorkerRestart(err)) {
    // Not the run's fault: the connection respawns the worker, and the run resumes from its
    // last frame when the worker is up again (run-resume.ts).
    ctx.resume = true;
    return;
  }
  state().setRun({
    status: 'error',
    error: err === undefined ? what : `${what}: ${errorMessage(err)}`,
  });
}

/** The connection rejects the calls in flight with "worker restarted: …" when it respawns it. */
export const isWorkerRestart = (err: unknown): boolean =>
  err instanceof Error && err.message.startsWith('worker restarted');
