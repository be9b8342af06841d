/**
 * The census lab's part of window.__dam (?e2e=1 only, loaded by dynamic import): the jobs'
 * status, the census as numbers (counts, SR, AUC), the classifiers' table and the phase map,
 * and handles to run them with a set-up of one's own (e2e runs small ones) and read the exports.
 * Every key starts with "census": the labs' hooks share one window.__dam.
 */
import { CENSUS_PRESETS } from '../../core/census/presets';
import { STATE_CLASSES, type CensusSpec } from '../../core/census/types';
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import { censusJson, statesCsv } from './app/export';
import { findings } from './app/findings';
import type { CensusRuntime } from './app/runtime';
import type { CensusSetup } from './app/slice';

export function install(runtime: () => CensusRuntime, _shell: Shell) {
  return {
    census() {
      const s = useDamStore.getState();
      const results = runtime().results.get();
      const r = results.census;
      const c = results.classify?.result ?? null;
      return {
        jobs: s.censusJobs,
        preset: s.census.preset,
        test: s.census.test,
        picked: s.censusPicked,
        shownIsSetup: r !== null && r.spec === s.census.spec,
        census: r && {
          states: r.states,
          probes: r.probes,
          counts: Object.fromEntries(STATE_CLASSES.map((k) => [k, r.byClass[k].states])),
          shares: Object.fromEntries(STATE_CLASSES.map((k) => [k, r.byClass[k].share])),
          sr: Object.fromEntries(STATE_CLASSES.map((k) => [k, r.byClass[k].sr])),
          srAuc: r.srAuc,
          srAucRest: r.srAucRest,
          classes: Array.from(r.cls.slice(0, 200), (k) => STATE_CLASSES[k]),
          ms: r.ms,
        },
        profile: results.profile && {
          state: results.profile.state,
          length: results.profile.e.length,
        },
        classify: c && {
          rows: c.rows,
          train: c.train,
          test: c.test,
          split: c.split,
          backend: c.mlpBackend,
          forShown: results.classify?.train === r?.spec,
        },
        phase: results.phase && { cells: results.phase.cells, ms: results.phase.ms },
        findings: findings(results),
      };
    },
    censusPresetSpec: (id: string): CensusSpec | null =>
      CENSUS_PRESETS.find((p) => p.id === id)?.spec ?? null,
    censusSetSetup(patch: Partial<CensusSetup>): void {
      useDamStore.getState().setCensus({ preset: null, ...patch });
    },
    censusRun: () => runtime().run(),
    censusClassify: () => runtime().classify(),
    censusRunPhase: () => runtime().runPhase(),
    censusCancel: (job: 'census' | 'classify' | 'phase') => runtime().cancel(job),
    censusPick: (index: number) => runtime().pick(index),
    censusOpenInStudio: (index: number) => runtime().openInStudio(index),
    censusJson: () => censusJson(runtime().results.get()),
    censusCsv: () => {
      const r = runtime().results.get().census;
      return r ? statesCsv(r) : null;
    },
  };
}
