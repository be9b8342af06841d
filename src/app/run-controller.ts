/**
 * The only module that talks to the compute worker (through src/worker-client) and writes run
 * results into the store. Components call these functions; they never see the client.
 */
import { validateModel } from '../core/model-spec';
import { verdict } from '../core/metrics';
import { createDamClient, type DamClient } from '../worker-client/dam-client';
import { useDamStore } from '../store';
import { buildCue, buildMemories } from './cue';
import { loadMnist } from './mnist-data';
import { playFrames } from './playback';
import { readUrlPrefs } from './url-prefs';

let client: DamClient | null = null;
let started = false;
let memoriesVersion = 0;
let sentKey = '';
let stopPlayback: () => void = () => {};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Starts the worker and loads the digits; safe to call more than once. */
export function startApp(): void {
  if (started) return;
  started = true;
  const prefs = readUrlPrefs();
  const store = useDamStore.getState();
  store.setBackend({ requested: prefs.backend, status: 'starting' });

  void loadMnist().then(
    (set) => useDamStore.getState().setDataset({ status: 'ready', count: set.count }),
    (err) => useDamStore.getState().setDataset({ status: 'error', count: 0, error: message(err) }),
  );

  try {
    client = createDamClient();
  } catch (err) {
    store.setBackend({
      status: 'error',
      error: `Could not start the compute worker: ${message(err)}`,
    });
    return;
  }
  client.onStatus((status) => {
    const { setBackend } = useDamStore.getState();
    // The client replays init and the memories after a restart; the badge says so meanwhile.
    if (status.kind === 'restarted') {
      setBackend({ status: 'restarting', error: `Worker restarted (${status.reason})` });
    } else if (status.kind === 'ready') {
      setBackend({ status: 'ready', info: status.backend, error: undefined });
    } else {
      setBackend({ status: 'error', error: status.message });
    }
  });
  client.init(prefs.backend).then(
    (info) => useDamStore.getState().setBackend({ status: 'ready', info }),
    (err: unknown) =>
      useDamStore.getState().setBackend({
        status: 'error',
        error: `The compute worker failed to start: ${message(err)}`,
      }),
  );
}

/** Corrupts the chosen memory, retrieves it in the worker, then animates the recorded frames. */
export async function startRun(): Promise<void> {
  const s = useDamStore.getState();
  const id = s.run.id + 1;
  stopPlayback();
  s.setRun({ id, status: 'running', error: undefined, result: null, frame: 0 });
  const fail = (error: string) => {
    if (useDamStore.getState().run.id === id)
      useDamStore.getState().setRun({ status: 'error', error });
  };
  if (!client || s.backend.status !== 'ready') return fail('The compute worker is not ready yet.');
  if (s.dataset.status !== 'ready') return fail('The MNIST digits are not loaded yet.');

  const spec = { energy: s.params.energy, n: s.params.n, beta: s.params.beta };
  const problem = validateModel(spec);
  if (problem) return fail(`Invalid model: ${problem}.`);

  try {
    const bank = buildMemories(s);
    const cueMemory = bank.classes.indexOf(s.cueClass);
    const cue = buildCue(s, bank, cueMemory);
    if (bank.key !== sentKey) {
      memoriesVersion += 1;
      await client.setMemories(bank.patterns, memoriesVersion); // the client sends a copy

      sentKey = bank.key;
    }
    const t0 = performance.now();
    const res = await client.retrieve({
      runId: id,
      spec,
      dynamics: {
        mode: s.params.mode,
        order: s.params.order,
        seed: s.params.seed,
        maxSteps: s.params.maxSteps,
      },
      state: cue,
      framesPerStep: spec.energy !== 'softmax' && s.params.mode === 'async' ? 14 : 1,
    });
    if (useDamStore.getState().run.id !== id) return; // a newer run replaced this one
    const result = {
      frames: res.frames,
      initialEnergy: res.initialEnergy,
      energies: res.energies,
      steps: res.steps,
      converged: res.converged,
      final: res.final,
      verdict: verdict(bank.patterns, res.final),
      memoryLabels: bank.classes,
      cueMemory,
      continuous: bank.continuous,
      elapsedMs: performance.now() - t0,
    };
    useDamStore.getState().setRun({ result, frame: 0 });
    stopPlayback = playFrames(
      result.frames.length,
      (frame) => useDamStore.getState().setRun({ frame }),
      () => useDamStore.getState().setRun({ status: 'done' }),
    );
  } catch (err) {
    fail(`The run failed: ${message(err)}`);
  }
}

/** Shows frame i of the last run (stops any playback). */
export function showFrame(i: number): void {
  stopPlayback();
  const { run, setRun } = useDamStore.getState();
  if (!run.result) return;
  const frame = Math.max(0, Math.min(run.result.frames.length - 1, i));
  setRun(run.status === 'running' ? { frame, status: 'done' } : { frame });
}

/** Kills and respawns the worker (the client replays the backend and memories); for tests. */
export function restartWorker(reason: string): Promise<void> {
  return client ? client.restart(reason) : Promise.resolve();
}
