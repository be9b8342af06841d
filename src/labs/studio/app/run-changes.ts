/**
 * What the studio's run does when the store changes: a new model, update mode or temperature
 * reconfigures every lane from its next update on (an urgent worker call, ahead of the queue),
 * or, with "restart from the cue" chosen, starts over from the cue under the new model (and plays
 * on if the run was playing or had finished);
 * a new bank, cue, seed, compare mode or set of compared models starts over from the cue, as do
 * the worker and the digits becoming ready. Showing another lab changes nothing here.
 */
import { validateModel } from '../../../core/dynamics/model-spec';
import { useDamStore, type DamState } from '../../../store';
import { workerUp } from '../../../store/backend-slice';
import { atHead, head } from './history';
import { laneModels, record, stepperConfig, summaryRunning, type Lane } from './lanes';
import { dynamicsOf } from './live';
import { fail, send, state, stopLoop, touchLive, type RunContext } from './run-context';
import { startLoop } from './run-loop';
import { resumable, resumeRun } from './run-resume';

function reconfigure(ctx: RunContext, restart: () => void): void {
  const s = state();
  const models = laneModels(s);
  if (models.length !== ctx.lanes.length) return restart();
  const { signal } = ctx.run;
  const changed: Lane[] = [];
  ctx.lanes.forEach((l, i) => {
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
    void send(ctx, 'configureTrajectory', [l.id, config], { urgent: true })
      .then((frame) => {
        if (signal.aborted) return;
        l.live.spec = config.spec;
        l.live.dynamics = dynamicsOf(config);
        l.stepLimit = head(l.live.history).t + s.params.maxSteps;
        const h = l.live.history;
        if (h.frames.length === 1)
          h.frames[0] = { ...frame, t: frame.t + l.tOffset, spec: config.spec, totalFlips: 0 };
        else record(l, [frame], true);
        touchLive(ctx);
      })
      .catch((err: unknown) => fail(ctx, signal, 'The model change failed', err));
  });
  if (!changed.length && !ctx.lanes.some((l) => l.dirty)) return;
  const status = s.run.status;
  // A settled run may no longer be settled under the new model: carry on.
  if (status === 'done') {
    s.setRun({ status: 'running', lanes: ctx.lanes.map(summaryRunning) });
    startLoop(ctx);
  } else if (status !== 'running') {
    s.setRun({ lanes: ctx.lanes.map(summaryRunning) });
  }
}

const startsOver = (s: DamState, prev: DamState): boolean =>
  s.bank !== prev.bank ||
  s.cue !== prev.cue ||
  (s.drawing.image !== prev.drawing.image && s.cue.start.kind === 'drawing') ||
  s.params.seed !== prev.params.seed ||
  s.studio.compare !== prev.studio.compare ||
  (s.studio.compare && s.compare.models.length !== prev.compare.models.length) ||
  (s.dataset.status !== prev.dataset.status && s.dataset.status === 'ready') ||
  // The worker came up (or back after a restart); calibrating → ready changes nothing here.
  (workerUp(s.backend.status) && !workerUp(prev.backend.status));

const onlyWorkerBack = (s: DamState, prev: DamState): boolean =>
  prev.backend.status === 'restarting' &&
  s.bank === prev.bank &&
  s.cue === prev.cue &&
  s.params === prev.params &&
  s.studio === prev.studio;

const modelChanged = (s: DamState, prev: DamState): boolean => {
  const p = s.params;
  const q = prev.params;
  return (
    p.energy !== q.energy ||
    p.n !== q.n ||
    p.beta !== q.beta ||
    p.mode !== q.mode ||
    p.order !== q.order ||
    p.temperature !== q.temperature ||
    (s.studio.compare && s.compare.models !== prev.compare.models)
  );
};

export interface RunRestarts {
  /** Back to the cue (status idle). */
  restart(): void;
  /** Back to the cue, then play. */
  replay(): void;
}

/** Subscribes the run to the store for the page's lifetime. */
export function watchStudioStore(ctx: RunContext, { restart, replay }: RunRestarts): void {
  useDamStore.subscribe((s, prev) => {
    if (s.backend.status === 'restarting' && prev.backend.status !== 'restarting') {
      // The worker is gone with the lanes' trajectories: no call may reach the new one before
      // they are started again there (run-resume.ts), so the loop stops now, between frames too.
      stopLoop(ctx);
      if (ctx.lanes.length) ctx.resume = true;
    }
    if (startsOver(s, prev)) {
      if (!workerUp(s.backend.status)) return;
      // Only the worker came back (the set-up is the same): the run goes on where it was.
      if (onlyWorkerBack(s, prev) && resumable(ctx)) void resumeRun(ctx);
      else restart();
      return;
    }
    if (modelChanged(s, prev) && !ctx.lanes.length) {
      // No lanes: a reset may be in flight (it waits for the worker to hold a new bank) with
      // the model it read when it began; start it again so it builds the lanes of this one.
      if (workerUp(s.backend.status)) restart();
    } else if (modelChanged(s, prev)) {
      if (s.studio.onModelChange === 'continue') reconfigure(ctx, restart);
      else if (s.run.status === 'running' || s.run.status === 'done') replay();
      else restart();
    }
    if (s.params.maxSteps !== prev.params.maxSteps)
      for (const l of ctx.lanes) l.stepLimit = l.tOffset + s.params.maxSteps;
  });
}
