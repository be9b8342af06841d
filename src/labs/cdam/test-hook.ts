/**
 * The CDAM lab's part of window.__dam (?e2e=1 only, loaded by dynamic import): the run (status,
 * step, last correlations, the mode read from them), the experiments' results as numbers, and
 * handles to load a preset, edit the set-up, play, step, run the experiments and read the
 * exports. Every key starts with "cdam".
 */
import { graphDistances } from '../../core/cdam/graph';
import { readSequence } from '../../core/cdam/experiments';
import { readMode } from '../../core/cdam/modes';
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import { cdamJson, traceCsv } from './app/export';
import type { CdamRuntime } from './app/runtime';
import type { CdamLabSetup } from './app/setup';
import type { CdamJobName } from './app/slice';

export function install(runtime: () => CdamRuntime, _shell: Shell) {
  return {
    cdam() {
      const s = useDamStore.getState();
      const r = runtime().results.get();
      const last = r.run?.rows[r.run.rows.length - 1] ?? null;
      return {
        setup: s.cdam,
        run: s.cdamRun,
        jobs: s.cdamJobs,
        selected: s.cdamSelected,
        rows: r.run?.rows.length ?? 0,
        last: last && Array.from(last),
        mode: last && readMode(last, graphDistances(s.cdam.graph)),
        range: r.range?.rows ?? null,
        sequence: r.sequence?.runs.map((x) => ({ a: x.a, h: x.h, reading: x.reading })) ?? null,
        automaton: r.automaton?.steps ?? null,
        phase: r.phase && {
          R: r.phase.req.spec.R,
          filled: r.phase.rows.filter(Boolean).length,
          modes: r.phase.rows.flatMap((row) => (row ?? []).map((c) => c.mode)),
        },
        memories: r.memories && { P: r.memories.value.P, N: r.memories.value.N },
        /** The run read as a replay along 0 → 1 → … → P−1 → 0. */
        replay:
          r.run &&
          readSequence(
            {
              P: r.run.P,
              steps: r.run.rows.length - 1,
              m: Float64Array.from(r.run.rows.flatMap((x) => Array.from(x))),
            },
            Array.from({ length: r.run.P }, (_, k) => k),
          ),
      };
    },
    cdamPreset: (id: string) => runtime().applyPreset(id),
    cdamEdit: (patch: Partial<CdamLabSetup>) => runtime().edit(patch),
    cdamPlay: () => runtime().play(),
    cdamPause: () => runtime().pause(),
    cdamStep: () => runtime().step(),
    cdamReset: () => runtime().reset(),
    cdamRun: (job: CdamJobName) => runtime()[job](),
    cdamJson: () => cdamJson(useDamStore.getState().cdam, runtime().results.get()),
    cdamTraceCsv: () => traceCsv(runtime().results.get()),
  };
}
