/**
 * When prototypes appear: P(a generating prototype is a fixed point) over example counts E and
 * flip probabilities p, measured over seeded tasks in the worker, with our Gaussian estimate's
 * ½ line (Hebbian network only).
 */
import { useMemo } from 'react';
import { ListInput } from '../../../components/controls/ListInput';
import { NumberInput } from '../../../components/controls/NumberInput';
import { SeedInput } from '../../../components/controls/SeedInput';
import { CENSUS_LIMITS as LIM } from '../app/setup';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { phaseProblem } from '../app/setup';
import { renderPhaseMap } from './charts/phase-map';
import { useCensus } from './context';
import { JobBar } from './JobBar';
import { SvgChart } from '../../../components/charts/SvgChart';

export function PhasePanel() {
  const rt = useCensus();
  const setup = useDamStore((s) => s.census);
  const phase = useCacheSelect(rt.results, (r) => r.phase);
  const problem = useMemo(() => phaseProblem(setup), [setup]);
  const spec = setup.phase;
  const set = (patch: Partial<typeof spec>) =>
    useDamStore.getState().setCensus({ phase: { ...spec, ...patch } });
  const data = useMemo(
    () => (phase ? { Es: phase.spec.Es, ps: phase.spec.ps, cells: phase.cells } : null),
    [phase],
  );
  return (
    <section className="panel census-phase" aria-labelledby="census-phase-heading">
      <h2 id="census-phase-heading">
        When prototypes appear: the <Term id="phase-map">phase map</Term>
      </h2>
      <div className="census-grid">
        <NumberInput
          label={`Side (N = ${spec.side ** 2})`}
          value={spec.side}
          min={LIM.sideMin}
          max={LIM.sideMax}
          integer
          onChange={(side) => set({ side })}
        />
        <NumberInput
          label="Prototypes P"
          value={spec.P}
          min={1}
          max={LIM.PMax}
          integer
          onChange={(P) => set({ P })}
        />
        <NumberInput
          label="Trials per cell"
          value={spec.trials}
          min={1}
          max={LIM.trialsMax}
          integer
          onChange={(trials) => set({ trials })}
        />
        <div className="wide">
          <ListInput label="Examples E" values={spec.Es} integer onChange={(Es) => set({ Es })} />
        </div>
        <div className="wide">
          <ListInput
            label="Flip probabilities p"
            values={spec.ps}
            integer={false}
            onChange={(ps) => set({ ps })}
          />
        </div>
        <SeedInput label="Seed" value={spec.seed} onChange={(seed) => set({ seed })} />
      </div>
      <JobBar
        job="phase"
        label="Compute phase map"
        unit="trials"
        start={() => void rt.runPhase()}
        problem={problem}
        doneLine={
          phase
            ? `${phase.cells.length} cells in ${(phase.ms / 1000).toFixed(2)} s in the worker`
            : 'Done.'
        }
      />
      {data && (
        <>
          <SvgChart className="census-chart" render={renderPhaseMap} data={data} aspect={0.6} />
          <p className="note">
            The line is where our estimate crosses ½: a Gaussian signal-to-noise approximation of
            each unit’s local field at a prototype, derived for this lab
            (src/core/census/theory.ts), not the companion paper’s formula. Dense networks have no
            line.
          </p>
        </>
      )}
    </section>
  );
}
