/**
 * The census lab's runtime: runs the set-up's census, the classifiers and the phase map in the
 * worker's census room (each its own job with progress and cancel), fetches the energy profile
 * of the picked state, sends a state to the studio as a cue, and writes the exports.
 * Controllers are made here per lab start; nothing lives in module state.
 */
import type { CensusSpec, PhaseSpec } from '../../../core/census/types';
import { isAbortError } from '../../../core/util/abort';
import { errorMessage } from '../../../core/util/error-message';
import { openTaskInStudio } from '../../../shell/bank/prototype-task';
import { createJobs } from '../../../shell/jobs';
import { lessonEvent } from '../../../shell/lessons/events';
import type { Shell } from '../../../shell/shell';
import { useDamStore } from '../../../store';
import type { RoomClient } from '../../../worker-client/connection';
import { CENSUS_ROOM, type CensusRoomApi } from '../worker/api';
import { testSpec } from './edit';
import { createResults, type ResultsCache } from './results';
import { handoffOf } from './studio-handoff';
import type { JobName } from './slice';
import { setupProblem } from './setup';

export interface CensusRuntime {
  results: ResultsCache;
  /** Runs the set-up's census (one in flight is cancelled first). */
  run(): Promise<void>;
  /** Trains and tests the classifiers on the census shown and the chosen test. */
  classify(): Promise<void>;
  /** Computes the set-up's phase map. */
  runPhase(): Promise<void>;
  cancel(job: JobName): void;
  /** Shows state `index` in detail (its energy profile comes from the worker). */
  pick(index: number | null): Promise<void>;
  /** Opens state `index` of the census shown in the studio as the cue; false with a notice if it cannot. */
  openInStudio(index: number): Promise<boolean>;
}

const needsMnist = (spec: CensusSpec | null) => spec?.task.kind === 'mnist';

export function createCensus(
  shell: Shell,
  room: RoomClient<CensusRoomApi> = shell.compute.room<CensusRoomApi>(CENSUS_ROOM),
): CensusRuntime {
  const results = createResults();
  let pickAbort = new AbortController();
  const store = () => useDamStore.getState();
  const jobs = createJobs<JobName>({
    names: ['census', 'classify', 'phase'],
    status: (name) => store().censusJobs[name].status,
    set: (name, patch) => store().setCensusJob(name, patch),
    ready: () => shell.compute.whenReady(),
  });
  const { progress } = jobs;

  async function run(): Promise<void> {
    const { spec } = store().census;
    const problem = setupProblem(store().census);
    await jobs.run(
      'census',
      async (signal) => {
        if (needsMnist(spec)) await shell.compute.ensureMnist();
        const census = await room.call('runCensus', [spec, progress('census', signal)], {
          signal,
          background: true,
        });
        if (signal.aborted) return;
        // The store's own spec object: the views compare it with the set-up to say "stale".
        results.set({ ...results.get(), census: { ...census, spec }, profile: null });
        store().setCensusPicked(null);
      },
      problem && `The set-up: ${problem}`,
    );
  }

  async function classify(): Promise<void> {
    const shown = results.get().census;
    const { test, classifier } = store().census;
    if (!shown) return jobs.run('classify', async () => undefined, 'Run a census first.');
    const train = shown.spec;
    const other = testSpec(train, test);
    await jobs.run('classify', async (signal) => {
      if (needsMnist(train) || needsMnist(other)) await shell.compute.ensureMnist();
      const result = await room.call(
        'classify',
        [train, other, classifier, progress('classify', signal)],
        { signal, background: true },
      );
      if (signal.aborted) return;
      results.set({ ...results.get(), classify: { result, train, test: other, opts: classifier } });
    });
  }

  async function runPhase(): Promise<void> {
    const spec: PhaseSpec = store().census.phase;
    await jobs.run('phase', async (signal) => {
      results.set({ ...results.get(), phase: null });
      const phase = await room.call('runPhase', [spec, progress('phase', signal)], {
        signal,
        background: true,
      });
      if (signal.aborted) return;
      results.set({ ...results.get(), phase });
    });
  }

  return {
    results,
    run,
    classify,
    runPhase,
    cancel: jobs.cancel,
    async pick(index) {
      pickAbort.abort();
      pickAbort = new AbortController();
      const { signal } = pickAbort;
      store().setCensusPicked(index);
      const census = results.get().census;
      if (index === null || !census) return;
      try {
        const e = await room.call('profiles', [census.spec, [index]], { signal });
        if (!signal.aborted && results.get().census === census)
          results.set({ ...results.get(), profile: { state: index, e } });
      } catch (err) {
        if (!isAbortError(err)) store().notify(`No energy profile: ${errorMessage(err)}`, 'error');
      }
    },
    async openInStudio(index) {
      const census = results.get().census;
      if (!census || index < 0 || index >= census.states) return false;
      try {
        const task = await room.call('task', [census.spec], {});
        const opened = openTaskInStudio(shell, handoffOf(census, task, index));
        if (!opened.ok)
          store().notify(`The studio cannot open this task: ${opened.reason}`, 'error');
        else lessonEvent('census:studio');
        return opened.ok;
      } catch (err) {
        store().notify(`The studio cannot open this state: ${errorMessage(err)}`, 'error');
        return false;
      }
    },
  };
}
