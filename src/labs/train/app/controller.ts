/**
 * The training lab's only link to its worker (src/worker-client/lab-client.ts): starts the worker
 * lazily when the lab first opens (handing it the MNIST asset the studio already loaded), loads
 * the shipped runs, trains live lockstep groups (fresh, or continuing the shipped runs) with
 * pause / resume / cancel, and asks the worker to evaluate memories it has no statistics for
 * (one evaluation at a time, cached per run and epoch).
 *
 * Memories and statistics go to lab-snapshots.ts; the store gets the small, plain part (status,
 * history, epochs kept) and a `tick` for the charts.
 */
import { errorMessage } from '../../../core/util/error-message';
import {
  khConfig,
  float32Risk,
  type KhConfig,
  type KhOptions,
} from '../../../core/classifier/kh-model';
import {
  keepEpoch,
  type KhEpochRecord,
  type KhRunFile,
} from '../../../core/classifier/kh-snapshot';
import { temperatureAt } from '../../../core/classifier/kh-train';
import { useDamStore } from '../../../store';
import { selectShownRuns, type LabRun, type LabSetup, type LabState } from './slice';
import type { LabEvent, LabRunSpec, LabTrainRequest } from '../../../worker-api/lab-api';
import { createLabClient, type LabClient } from '../../../worker-client/lab-client';
import { loadShippedRun, SHIPPED_RUNS } from './shipped';
import {
  clearRun,
  dropProgress,
  keepSnapshot,
  setLatest,
  setStats,
  shownMemories,
  snapshots,
  statsFor,
} from './snapshots';
import { loadMnist } from '../../../shell/bank/mnist-data';
import { readUrlPrefs } from '../../../shell/url-prefs';

const store = () => useDamStore.getState();

let client: LabClient | null = null;
let ready: Promise<LabClient | null> | null = null;
let shippedLoaded = false;
/** Bumped per training group: events of an older group are dropped. */
let group = 0;
let training: Promise<unknown> = Promise.resolve();
/** A train call is in flight (its group may already be replaced). */
let jobActive = false;
let evalChain: Promise<unknown> = Promise.resolve();
let unsubscribe: (() => void) | null = null;

const lab = (): LabState => store().lab;
const runByKey = (key: string): LabRun | undefined => lab().runs.find((r) => r.key === key);

// ---------------------------------------------------------------- worker

/** Starts the lab worker once (lazily); resolves with the client, or null when it failed. */
function ensureWorker(): Promise<LabClient | null> {
  ready ??= (async () => {
    const { setLab } = store();
    setLab({ worker: { status: 'starting' } });
    try {
      const set = await loadMnist();
      client = createLabClient();
      client.onStatus((status) => {
        if (status.kind === 'ready') {
          setLab({ worker: { status: 'ready', backend: status.backend.name } });
        } else if (status.kind === 'restarted') {
          setLab({ worker: { status: 'starting', error: `restarted: ${status.reason}` } });
        } else {
          setLab({ worker: { status: 'error', error: status.message } });
        }
      });
      // The asset's views share one buffer: the whole file. The client sends its own copy.
      const info = await client.init(readUrlPrefs().backend, set.pixels.buffer as ArrayBuffer);
      setLab({ worker: { status: 'ready', backend: info.name } });
      return client;
    } catch (err) {
      setLab({
        worker: {
          status: 'error',
          error: `The training worker failed to start: ${errorMessage(err)}`,
        },
      });
      return null;
    }
  })();
  return ready;
}

// ---------------------------------------------------------------- shipped runs

function shippedRunFrom(key: string, file: KhRunFile): LabRun {
  const last = file.saved[file.saved.length - 1];
  const trained = Math.max(last.epoch, ...file.history.map((h) => h.epoch));
  return {
    key,
    id: 0,
    source: 'shipped',
    name: `n = ${file.config.n}`,
    config: file.config,
    epoch: trained,
    target: trained,
    fraction: 0,
    history: file.history,
    saved: file.saved.map((s) => s.epoch),
    status: 'ready',
    origin: [file.command, file.engine].filter(Boolean).join(' · '),
  };
}

async function loadShipped(): Promise<void> {
  if (shippedLoaded) return;
  shippedLoaded = true;
  const placeholders: LabRun[] = SHIPPED_RUNS.map((s) => ({
    key: s.key,
    id: 0,
    source: 'shipped',
    name: `n = ${s.n}`,
    config: null,
    epoch: 0,
    target: 0,
    fraction: 0,
    history: [],
    saved: [],
    status: 'loading',
  }));
  store().replaceLabRuns('shipped', placeholders);
  await Promise.all(
    SHIPPED_RUNS.map(async (s) => {
      try {
        const file = await loadShippedRun(s);
        // Parsing a file and drawing its grid each cost tens of ms: two tasks, not one long one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        clearRun(s.key);
        for (const snap of file.saved) keepSnapshot(s.key, snap);
        store().patchLabRun(s.key, shippedRunFrom(s.key, file));
      } catch (err) {
        store().patchLabRun(s.key, { status: 'error', error: errorMessage(err) });
      }
      store().bumpLab();
    }),
  );
  requestShownStats();
}

// ---------------------------------------------------------------- contributor statistics

/** Asks the worker for the statistics of every shown run that has none yet. */
function requestShownStats(): void {
  const s = lab();
  for (const run of selectShownRuns(s)) {
    if (!run.config) continue;
    const shown = shownMemories(run.key, s.scrub);
    // Live epochs come with their statistics; what is missing came from a file.
    if (!shown || shown.fraction > 0 || statsFor(run.key, shown.epoch)) continue;
    setStats(run.key, shown.epoch, { kind: 'pending' });
    const config = run.config;
    const memories = shown.memories;
    const T = shown.T;
    const epoch = shown.epoch;
    const key = run.key;
    evalChain = evalChain.then(async () => {
      const c = await ensureWorker();
      if (!c) {
        setStats(key, epoch, { kind: 'error', message: 'the training worker is not running' });
      } else {
        try {
          const r = await c.evaluate(optionsOf(config), T, memories);
          setStats(key, epoch, {
            kind: 'ready',
            stats: r.contributors,
            trainError: r.trainError,
            testError: r.testError,
          });
        } catch (err) {
          setStats(key, epoch, { kind: 'error', message: errorMessage(err) });
        }
      }
      store().bumpLab();
    });
  }
}

/** KhOptions that rebuild exactly `config`. */
const optionsOf = (config: KhConfig): KhOptions => ({ ...config });

// ---------------------------------------------------------------- training

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

function recordOf(e: LabEvent & { kind: 'epoch' }): KhEpochRecord {
  return {
    epoch: e.epoch,
    trainLoss: e.trainLoss,
    trainError: e.trainError,
    testError: e.testError,
    ms: e.ms,
    T: e.T,
  };
}

function onEvents(gen: number, keys: Map<number, string>, events: LabEvent[]): void {
  if (gen !== group) return;
  const s = store();
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
      setLatest(key, { epoch: e.epoch - 1, fraction: e.fraction, T, memories: e.memories });
      progress.set(key, e.fraction);
    } else {
      const kept = keepEpoch(e.epoch) || e.epoch >= run.target;
      const snap = { epoch: e.epoch, T: e.T, memories: e.memories };
      setLatest(key, { ...snap, fraction: 0 });
      if (kept) keepSnapshot(key, snap);
      setStats(key, e.epoch, {
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
  s.bumpLab();
}

/** Runs of a fresh live group from the set-up. */
function freshRuns(setup: LabSetup, gen: number): { runs: LabRun[]; specs: LabRunSpec[] } {
  const runs: LabRun[] = [];
  const specs: LabRunSpec[] = [];
  setup.ns.forEach((n, i) => {
    const options = liveOptions(setup, i);
    const id = i + 1;
    runs.push({
      key: `live-${gen}-${id}`,
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
function continuedRuns(setup: LabSetup, gen: number): { runs: LabRun[]; specs: LabRunSpec[] } {
  const runs: LabRun[] = [];
  const specs: LabRunSpec[] = [];
  const shipped = lab().runs.filter((r) => r.source === 'shipped' && r.config);
  shipped.forEach((from, i) => {
    const list = snapshots(from.key);
    const last = list[list.length - 1];
    if (!last || !from.config) return;
    const id = i + 1;
    const key = `live-${gen}-${id}`;
    for (const snap of list) keepSnapshot(key, snap);
    for (const snap of list) {
      const st = statsFor(from.key, snap.epoch);
      if (st?.kind === 'ready') setStats(key, snap.epoch, st);
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

/**
 * Starts a live group: fresh runs from the set-up, or (`continueShipped`) the shipped runs trained
 * further by the set-up's epochs. A group already training is cancelled first.
 */
export async function trainLive(continueShipped = false): Promise<void> {
  const s = store();
  const setup = s.lab.setup;
  const problem = continueShipped ? null : setupProblem(setup);
  if (problem) {
    s.setLab({ training: 'error', trainingError: problem });
    return;
  }
  const gen = ++group;
  const old = lab().runs.filter((r) => r.source === 'live');
  const { runs, specs } = continueShipped ? continuedRuns(setup, gen) : freshRuns(setup, gen);
  if (!runs.length) {
    s.setLab({ training: 'error', trainingError: 'No shipped run is loaded to continue.' });
    return;
  }
  for (const r of old) clearRun(r.key);
  s.replaceLabRuns('live', runs);
  s.setLab({ group: 'live', training: 'starting', trainingError: undefined, scrub: null });
  s.bumpLab();
  const keys = new Map(runs.map((r) => [r.id, r.key]));
  const c = await ensureWorker();
  if (gen !== group) return;
  if (!c) {
    s.setLab({
      training: 'error',
      trainingError: lab().worker.error ?? 'The worker did not start.',
    });
    return;
  }
  // A group still running is cancelled; the worker also cancels it when a new train call comes.
  if (jobActive) await c.cancel().catch(() => {});
  await training;
  if (gen !== group) return;
  const req: LabTrainRequest = {
    runs: specs,
    ...(setup.subset > 0 ? { subset: setup.subset } : {}),
  };
  for (const r of runs) store().patchLabRun(r.key, { status: 'training' });
  store().setLab({ training: 'running' });
  jobActive = true;
  const job = c.train(req, (events) => onEvents(gen, keys, events));
  training = job.catch(() => undefined).finally(() => (jobActive = false));
  try {
    const outcome = await job;
    if (gen !== group) return;
    for (const r of runs) {
      const now = runByKey(r.key);
      if (now && now.status !== 'done') {
        // A cancelled epoch never finishes: show the last one that did.
        dropProgress(r.key);
        store().patchLabRun(r.key, {
          status: outcome === 'finished' ? 'done' : 'cancelled',
          fraction: 0,
        });
      }
    }
    store().bumpLab();
    store().setLab({ training: outcome === 'finished' ? 'finished' : 'cancelled' });
  } catch (err) {
    if (gen !== group) return;
    for (const r of runs) {
      if (runByKey(r.key)?.status === 'done') continue;
      dropProgress(r.key);
      store().patchLabRun(r.key, {
        status: 'error',
        fraction: 0,
        error: `Training stopped: ${errorMessage(err)}`,
      });
    }
    store().bumpLab();
    store().setLab({ training: 'error', trainingError: `Training failed: ${errorMessage(err)}` });
  }
  requestShownStats();
}

function setLiveStatus(status: LabRun['status']): void {
  for (const r of lab().runs) {
    if (r.source === 'live' && (r.status === 'training' || r.status === 'paused')) {
      store().patchLabRun(r.key, { status });
    }
  }
}

export async function pauseTraining(): Promise<void> {
  if (!client || lab().training !== 'running') return;
  try {
    await client.pause();
    store().setLab({ training: 'paused' });
    setLiveStatus('paused');
  } catch (err) {
    store().notify(`Could not pause: ${errorMessage(err)}.`, 'error');
  }
}

export async function resumeTraining(): Promise<void> {
  if (!client || lab().training !== 'paused') return;
  try {
    await client.resume();
    store().setLab({ training: 'running' });
    setLiveStatus('training');
  } catch (err) {
    store().notify(`Could not resume: ${errorMessage(err)}.`, 'error');
  }
}

export async function cancelTraining(): Promise<void> {
  const t = lab().training;
  if (t === 'starting') {
    // Not sent yet: drop the group before it reaches the worker.
    group++;
    for (const r of lab().runs) {
      if (r.source === 'live' && r.status !== 'done')
        store().patchLabRun(r.key, { status: 'cancelled' });
    }
    store().setLab({ training: 'cancelled' });
    return;
  }
  if (!client || (t !== 'running' && t !== 'paused')) return;
  try {
    await client.cancel();
  } catch (err) {
    store().notify(`Could not cancel: ${errorMessage(err)}.`, 'error');
  }
}

// ---------------------------------------------------------------- the view

/**
 * Called when the lab view opens: starts the worker and loads the shipped runs (once), and keeps
 * statistics coming for what the scrubber shows. Returns the function that stops watching (the
 * worker and a training run keep going while another view is open).
 */
export function openLab(): () => void {
  void loadShipped();
  // In a task of its own: copying the 7.85 MB asset for the worker and spawning it would
  // otherwise join the view's first render in one long main-thread task.
  setTimeout(() => void ensureWorker().then(() => requestShownStats()), 0);
  unsubscribe?.();
  unsubscribe = useDamStore.subscribe((s, prev) => {
    const a = s.lab;
    const b = prev.lab;
    if (a.scrub !== b.scrub || a.group !== b.group || a.runs !== b.runs) requestShownStats();
  });
  return () => {
    unsubscribe?.();
    unsubscribe = null;
  };
}

/** For tests: the worker's backend once ready. */
export const labBackend = (): string | null => lab().worker.backend ?? null;
