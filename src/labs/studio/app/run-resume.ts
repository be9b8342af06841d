/**
 * A run whose worker died (a crash, a hang the watchdog cut, a restart) goes on when the worker
 * is back: each lane's trajectory is started again in the new worker from the lane's last
 * recorded frame, with the same model, seed and clamp, and a running run plays on. The recorded
 * frames stay, so nothing the user saw is lost. An asynchronous sweep cut mid-way restarts at
 * neuron 0 (the new worker has no memory of the sweep's position).
 */
import { head } from './history';
import { fail, state, touchLive, type RunContext } from './run-context';
import { restartLaneAtHead, startLoop } from './run-loop';

/** Whether the run has lanes worth resuming (an idle run simply starts over from the cue). */
export const resumable = (ctx: RunContext): boolean => {
  const status = state().run.status;
  return (
    ctx.lanes.length > 0 &&
    (ctx.resume || status === 'running' || status === 'paused' || status === 'done')
  );
};

export async function resumeRun(ctx: RunContext): Promise<void> {
  const { signal } = ctx.run;
  ctx.resume = false;
  try {
    // The worker's first frame is the head already recorded: nothing to record.
    await Promise.all(ctx.lanes.map((l) => restartLaneAtHead(ctx, l)));
  } catch (err) {
    return fail(ctx, signal, 'The run could not resume after the worker restarted', err);
  }
  if (signal.aborted) return;
  touchLive(ctx);
  const t = Math.round(head(ctx.lanes[0].live.history).t);
  state().notify(`The compute worker restarted; the run went on from step ${t}.`);
  if (state().run.status === 'running') startLoop(ctx);
}
