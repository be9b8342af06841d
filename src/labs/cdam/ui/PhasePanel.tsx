/**
 * The (a, h) phase map: the mode the state ends in for every cell of a grid, from the run's cue
 * and graph with the current β and η, filled row by row as the worker finishes them. The
 * current (a, h) is marked.
 */
import { useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { NumberInput } from '../../../components/controls/NumberInput';
import { JobBar } from '../../../components/panels/JobBar';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { CDAM_RANGES as L } from '../app/setup';
import { renderPhase, type PhaseData } from './charts/phase-map';
import { useCdam } from './context';

export function PhasePanel() {
  const rt = useCdam();
  const job = useDamStore((s) => s.cdamJobs.phase);
  const s = useDamStore((x) => x.cdam);
  const phase = useCacheSelect(rt.results, (r) => r.phase);
  const version = useCacheSelect(rt.results, () => rt.results.version());
  const data = useMemo<PhaseData | null>(
    () =>
      phase && {
        R: phase.req.spec.R,
        aRange: phase.req.spec.aRange,
        hRange: phase.req.spec.hRange,
        rows: [...phase.rows],
        marker: { a: s.params.a, h: s.params.h },
      },
    // The rows fill in place: the cache's version redraws them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [phase, version, s.params.a, s.params.h],
  );
  const set = (patch: Partial<typeof s.phase>) => rt.edit({ phase: { ...s.phase, ...patch } });
  return (
    <section className="panel cdam-phase-panel" aria-labelledby="cdam-phase-heading">
      <h2 id="cdam-phase-heading">
        Phase map over (a, h) <Term id="cdam-phase" />
      </h2>
      <div className="cdam-phase-controls">
        <NumberInput
          label="a from"
          value={s.phase.aRange[0]}
          min={-10}
          max={s.phase.aRange[1] - 0.1}
          step={0.5}
          onChange={(v) => set({ aRange: [v, s.phase.aRange[1]] })}
        />
        <NumberInput
          label="a to"
          value={s.phase.aRange[1]}
          min={s.phase.aRange[0] + 0.1}
          max={10}
          step={0.5}
          onChange={(v) => set({ aRange: [s.phase.aRange[0], v] })}
        />
        <NumberInput
          label="h from"
          value={s.phase.hRange[0]}
          min={-10}
          max={s.phase.hRange[1] - 0.1}
          step={0.5}
          onChange={(v) => set({ hRange: [v, s.phase.hRange[1]] })}
        />
        <NumberInput
          label="h to"
          value={s.phase.hRange[1]}
          min={s.phase.hRange[0] + 0.1}
          max={10}
          step={0.5}
          onChange={(v) => set({ hRange: [s.phase.hRange[0], v] })}
        />
        <NumberInput
          label="Cells per side"
          value={s.phase.R}
          min={L.phaseR[0]}
          max={L.phaseR[1]}
          integer
          onChange={(R) => set({ R })}
        />
        <NumberInput
          label="Steps per cell"
          value={s.phase.steps}
          min={L.phaseSteps[0]}
          max={L.phaseSteps[1]}
          integer
          onChange={(steps) => set({ steps })}
        />
      </div>
      <JobBar
        job="phase"
        state={job}
        label="Compute the phase map"
        unit="rows"
        start={() => void rt.phase()}
        cancel={() => rt.cancel('phase')}
        doneLine={
          phase
            ? `${phase.req.spec.R} × ${phase.req.spec.R} cells, β = ${phase.req.spec.beta}, η = ${phase.req.spec.eta}, from memory ${s.cue.start}.`
            : 'Done'
        }
        prefix="cdam"
      />
      {data && <SvgChart render={renderPhase} data={data} className="cdam-chart cdam-phase" />}
      <p className="note">
        Each cell runs the same cue for its (a, h) and reads the final mode by the rule under the
        state. The runs stay in the span of the memories, which is exact and costs P² per step.
      </p>
    </section>
  );
}
