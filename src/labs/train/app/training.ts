/**
 * Live training: a lockstep group in the worker's train room (fresh runs from the set-up, or the
 * shipped runs trained further) with pause, resume and cancel. A group is one request with its
 * AbortController: Cancel aborts it (the worker stops after the current minibatch), and so does
 * the next group. Epoch events go to the store (history) and the snapshots (memories, stats).
 */
import { errorMessage } from '../../../core/util/error-message';
import { isAbortError } from '../../../core/util/abort';
import { float32Risk, khConfig, type KhOptions } from '../../../core/classifier/kh-model';
import { keepEpoch, type KhEpochRecord } from '../../../core/classifier/kh-snapshot';
import { temperatureAt } from '../../../core/classifier/kh-train';
import type { LabEvent, LabRunSpec, LabTrainRequest } from '../worker/api';
import { ensureWorker, lab, runByKey, state, type TrainContext } from './context';
import { selectShownRuns, type LabRun, type LabSetup } from './slice';
import { optionsOf, requestShownStats } from './stats';

/** The options of run i of a set-up (T from the override, else defaultTemperature(n)). */
export function liveOptions(setup: LabSetup, i: number): KhOptions {
  const T = setup.temps[i];
  return {
    K: setup.K,
    n: setup.ns[i],
    seed: setup.seed,
    batchSize: setup.batchSize,
    ...(T === null || T === undefined ? {} : { Tin: T, Tf: T }),
  };
}

/** Why a set-up cannot train (e.g. a temperature that overflows float32), or null. */
export function setupProblem(setup: LabSetup): string | null {
  for (let i = 0; i < setup.ns.length; i++) {
    try {
      const risk = float32Risk(khConfig(liveOptions(setup, i)));
      if (risk) return `Run ${i + 1} (n = ${setup.ns[i]}): ${risk}.`;
    } catch (err) {
      return `Run ${i + 1} (n = ${setup.ns[i]}): ${errorMessage(err)}.`;
    }
  }
  return null;
}

const recordOf = (e: LabEvent & { kind: 'epoch' }): KhEpochRecord => ({
  epoch: e.epoch,
  trainLoss: e.trainLoss,
  trainError: e.trainError,
  testError: e.testError,
  ms: e.ms,
  T: e.T,
});

function onEvents(
  ctx: TrainContext,
  signal: AbortSignal,
  keys: Map<number, string>,
  events: LabEvent[],
): void {
  if (signal.aborted) return;
  const s = state();
  const snaps = ctx.snapshots;
  const progress = new Map<string, number>();
  for (const e of events) {
    const key = keys.get(e.id);
    const run = key ? runByKey(key) : undefined;
    if (!key || !run || !run.config) continue;
    if (e.kind === 'progress') {
      // Epoch e (1-based) trains at the ramp's temperature of index e − 1.
      const T = temperatureAt(
        { config: run.config, memories: new Float64Array(0), T: 0 },
        e.epoch - 1,
      );
      snaps.setLatest(key, { epoch: e.epoch - 1, fraction: e.fraction, T, memories: e.memories });
      progress.set(key, e.fraction);
    } else {
      const kept = keepEpoch(e.epoch) || e.epoch >= run.target;
      const snap = { epoch: e.epoch, T: e.T, memories: e.memories };
      snaps.setLatest(key, { ...snap, fraction: 0 });
      if (kept) snaps.keepSnapshot(key, snap);
      snaps.setStats(key, e.epoch, {
        kind: 'ready',
        stats: e.contributors,
        trainError: e.trainError,
        testError: e.testError,
      });
      progress.delete(key);
      s.addLabEpoch(key, recordOf(e), kept);
      if (e.epoch >= run.target) s.patchLabRun(key, { status: 'done' });
    }
  }
  for (const [key, fraction] of progress) s.setLabProgress(key, fraction);
  snaps.touch();
}

/** Runs of a fresh live group from the set-up. */
function freshRuns(setup: LabSetup, tag: number): { runs: LabRun[]; specs: LabRunSpec[] } {
  const runs: LabRun[] = [];
  const specs: LabRunSpec[] = [];
  setup.ns.forEach((n, i) => {
    const options = liveOptions(setup, i);
    const id = i + 1;
    runs.push({
      key: `live-${tag}-${id}`,
      id,
      source: 'live',
      name: `n = ${n}`,
      config: khConfig(options),
      epoch: 0,
      target: setup.epochs,
      fraction: 0,
      history: [],
      saved: [],
      status: 'queued',
    });
    specs.push({ id, options, epochs: setup.epochs });
  });
  return { runs, specs };
}

/** Live runs that continue the shipped ones from their last saved epoch. */
function continuedRuns(
  ctx: TrainContext,
  setup: LabSetup,
  tag: number,
): { runs: LabRun[]; specs: LabRunSpec[] } {
  const snaps = ctx.snapshots;
  const runs: LabRun[] = [];
  const specs: LabRunSpec[] = [];
  // The shipped runs shown (the pair, or all of them).
  const shipped = selectShownRuns({ ...lab(), group: 'shipped' }).filter((r) => r.config);
  shipped.forEach((from, i) => {
    const list = snaps.snapshots(from.key);
    const last = list[list.length - 1];
    if (!last || !from.config) return;
    const id = i + 1;
    const key = `live-${tag}-${id}`;
    for (const snap of list) snaps.keepSnapshot(key, snap);
    for (const snap of list) {
      const st = snaps.statsFor(from.key, snap.epoch);
      if (st?.kind === 'ready') snaps.setStats(key, snap.epoch, st);
    }
    const target = last.epoch + setup.epochs;
    runs.push({
      ...from,
      key,
      id,
      source: 'live',
      name: `${from.name} (continued)`,
      epoch: last.epoch,
      target,
      history: from.history.filter((h) => h.epoch <= last.epoch),
      saved: list.map((s) => s.epoch),
      status: 'queued',
      origin: undefined,
    });
    specs.push({
      id,
      options: optionsOf(from.config),
      epochs: target,
      resume: { epoch: last.epoch, memories: last.memories.slice() },
    });
  });
  return { runs, specs };
}

/** Marks the group's unfinished runs (and the lab) as ended with `status`. */
function endRuns(
  ctx: TrainContext,
  runs: LabRun[],
  status: 'done' | 'cancelled' | 'error',
  error?: string,
) {
  for (const r of runs) {
    const now = runByKey(r.key);
    if (!now || now.status === 'done') continue;
    // An epoch that will not finish: show the last one that did.
    ctx.snapshots.dropProgress(r.key);
    state().patchLabRun(r.key, { status, fraction: 0, ...(error ? { error } : {}) });
  }
  ctx.snapshots.touch();
}

/**
 * Starts a live group: fresh runs from the set-up, or (`continueShipped`) the shipped runs trained
 * further by the set-up's epochs. A group still training is cancelled first.
 */
export async function trainLive(ctx: TrainContext, continueShipped: boolean): Promise<void> {
  const s = state();
  const setup = s.lab.setup;
  const problem = continueShipped ? null : setupProblem(setup);
  if (problem) {
    s.setLab({ training: 'error', trainingError: problem });
    return;
  }
  ctx.group?.abort.abort();
  const group = { abort: new AbortController(), cancelled: false };
  ctx.group = group;
  const { signal } = group.abort;
  const tag = ++ctx.groups;
  const old = lab().runs.filter((r) => r.source === 'live');
  const { runs, specs } = continueShipped ? continuedRuns(ctx, setup, tag) : freshRuns(setup, tag);
  if (!runs.length) {
    s.setLab({ training: 'error', trainingError: 'No shipped run is loaded to continue.' });
    return;
  }
  for (const r of old) ctx.snapshots.clearRun(r.key);
  s.replaceLabRuns('live', runs);
  s.setLab({ group: 'live', training: 'starting', trainingError: undefined, scrub: null });
  ctx.snapshots.touch();
  const keys = new Map(runs.map((r) => [r.id, r.key]));
  const ok = await ensureWorker(ctx);
  if (signal.aborted) return;
  if (!ok) {
    s.setLab({
      training: 'error',
      trainingError: lab().worker.error ?? 'The worker did not start.',
    });
    return;
  }
  const req: LabTrainRequest = {
    runs: specs,
    ...(setup.subset > 0 ? { subset: setup.subset } : {}),
  };
  for (const r of runs) state().patchLabRun(r.key, { status: 'training' });
  state().setLab({ training: 'running' });
  try {
    const outcome = await ctx.room.call(
      'train',
      [req, (events: LabEvent[]) => onEvents(ctx, signal, keys, events)],
      { signal, background: true },
    );
    if (signal.aborted) return;
    endRuns(ctx, runs, outcome === 'finished' ? 'done' : 'cancelled');
    state().setLab({ training: outcome === 'finished' ? 'finished' : 'cancelled' });
  } catch (err) {
    if (ctx.group !== group) return; // replaced by a newer group
    if (group.cancelled || isAbortError(err)) {
      endRuns(ctx, runs, 'cancelled');
      state().setLab({ training: 'cancelled' });
    } else {
      endRuns(ctx, runs, 'error', `Training stopped: ${errorMessage(err)}`);
      state().setLab({ training: 'error', trainingError: `Training failed: ${errorMessage(err)}` });
    }
  }
  requestShownStats(ctx);
}

function setLiveStatus(status: LabRun['status']): void {
  for (const r of lab().runs) {
    if (r.source === 'live' && (r.status === 'training' || r.status === 'paused')) {
      state().patchLabRun(r.key, { status });
    }
  }
}

export async function pauseTraining(ctx: TrainContext): Promise<void> {
  if (lab().training !== 'running') return;
  try {
    await ctx.room.call('pause', [], { urgent: true });
    state().setLab({ training: 'paused' });
    setLiveStatus('paused');
  } catch (err) {
    state().notify(`Could not pause: ${errorMessage(err)}.`, 'error');
  }
}

export async function resumeTraining(ctx: TrainContext): Promise<void> {
  if (lab().training !== 'paused') return;
  try {
    await ctx.room.call('resume', [], { urgent: true });
    state().setLab({ training: 'running' });
    setLiveStatus('training');
  } catch (err) {
    state().notify(`Could not resume: ${errorMessage(err)}.`, 'error');
  }
}

/** Cancels the live group (before it reached the worker, or while it trains or is paused). */
export function cancelTraining(ctx: TrainContext): void {
  const t = lab().training;
  if (!ctx.group || (t !== 'starting' && t !== 'running' && t !== 'paused')) return;
  ctx.group.cancelled = true;
  ctx.group.abort.abort();
  if (t === 'starting') {
    for (const r of lab().runs) {
      if (r.source === 'live' && r.status !== 'done')
        state().patchLabRun(r.key, { status: 'cancelled' });
    }
    state().setLab({ training: 'cancelled' });
  }
}
