/**
 * Basin maps before | after U-Hop+ on one plane (the 2-D toy's own plane, or the plane through
 * memories 1, 2, 3), with the grid size and the convergence tolerance, the job bar, and the
 * converged share per memory as a small table. Says when the map shown is not the set-up's.
 */
import { useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { JobBar } from '../../../components/panels/JobBar';
import { NumberInput } from '../../../components/controls/NumberInput';
import { Select } from '../../../components/controls/Select';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { pct } from '../app/findings';
import { basinProblem, basinRequest, KERNEL_LIMITS as L } from '../app/setup';
import type { KernelSetup } from '../app/slice';
import { marksInUnit, renderBasinMap, type BasinMapData } from './charts/basin-map';
import { useKernel } from './context';

export function BasinsPanel() {
  const rt = useKernel();
  const s = useDamStore((st) => st.kernel);
  const job = useDamStore((st) => st.kernelJobs.basins);
  const shown = useCacheSelect(rt.results, (r) => r.basins);
  const basin = (patch: Partial<KernelSetup['basin']>) =>
    rt.edit({ basin: { ...s.basin, ...patch } });
  const data = useMemo<BasinMapData | null>(() => {
    if (!shown) return null;
    // On a plane through memories a, b, c the others' projections mean little: mark those three.
    const some = (m: readonly { x: number; y: number }[]) =>
      marksInUnit(
        shown.req.plane.kind === 'memories' ? m.slice(0, 3) : m,
        shown.result.plane.extent,
      );
    return {
      before: shown.result.before,
      after: shown.result.after,
      marks: some(shown.result.marks),
      marksAfter: some(shown.result.marksAfter),
    };
  }, [shown]);
  const stale = shown !== null && JSON.stringify(shown.req) !== JSON.stringify(basinRequest(s));
  const r = shown?.result;
  return (
    <section className="panel kernel-basins-panel" aria-labelledby="kernel-basins-heading">
      <h2 id="kernel-basins-heading">
        <Term id="basin">Basins</Term> before and after
      </h2>
      <div className="kernel-grid">
        <Select
          label="Plane"
          value={s.basin.plane}
          options={[
            { value: 'identity', label: 'the 2-D toy’s own plane' },
            { value: 'memories', label: 'through memories 1, 2, 3' },
          ]}
          onChange={(plane) => basin({ plane })}
        />
        <Select
          label="Retrieve in"
          value={s.basin.space}
          options={[
            { value: 'memory', label: 'memory space (the KHM)' },
            { value: 'feature', label: 'feature space (the paper’s Fig. 2)' },
          ]}
          onChange={(space) => basin({ space })}
        />
        <NumberInput
          label="Cells per side"
          value={s.basin.R}
          min={L.R[0]}
          max={L.R[1]}
          onChange={(R) => basin({ R })}
        />
        <NumberInput
          label="Tolerance tol"
          value={s.basin.tol}
          min={L.tol[0]}
          max={L.tol[1]}
          step={0.001}
          integer={false}
          onChange={(tol) => basin({ tol })}
        />
      </div>
      <JobBar
        job="basins"
        state={job}
        label="Compute basin maps"
        unit="cells"
        start={() => void rt.basins()}
        cancel={() => rt.cancel('basins')}
        problem={basinProblem(s)}
        doneLine={
          r
            ? `Basin maps of ${r.before.R} × ${r.before.R} cells in ${(r.ms / 1000).toFixed(1)} s`
            : 'Done'
        }
        prefix="kernel"
      />
      {stale && <p className="note kernel-stale">The maps shown are for an earlier set-up.</p>}
      <SvgChart render={renderBasinMap} data={data} className="kernel-chart kernel-basins" />
      {r && (
        <table className="kernel-table kernel-shares">
          <caption>
            <Term id="kernel-converged">Converged share</Term> per memory
          </caption>
          <thead>
            <tr>
              <th scope="col">memory</th>
              <th scope="col">before</th>
              <th scope="col">after</th>
            </tr>
          </thead>
          <tbody>
            {Array.from(r.before.share, (b, k) => (
              <tr key={k}>
                <th scope="row">{k + 1}</th>
                <td>{pct(b)}</td>
                <td>{pct(r.after.share[k])}</td>
              </tr>
            )).slice(0, 20)}
            <tr className="total">
              <th scope="row">any</th>
              <td>{pct(r.before.converged)}</td>
              <td>{pct(r.after.converged)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {r && r.before.share.length > 20 && (
        <p className="note">The first 20 memories of {r.before.share.length}.</p>
      )}
      <p className="note">
        A cell is coloured by the memory its query reached within tol; white: none.
      </p>
    </section>
  );
}
