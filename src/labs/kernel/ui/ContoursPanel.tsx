/** The 2-D toy's energy contours after 0, 1, 2 and 5 U-Hop+ iterations (those the training reaches). */
import { useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { JobBar } from '../../../components/panels/JobBar';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { contourIterations, contourProblem, contourRequest } from '../app/setup';
import { renderContours, type ContourData } from './charts/contours';
import { useKernel } from './context';

export function ContoursPanel() {
  const rt = useKernel();
  const s = useDamStore((st) => st.kernel);
  const job = useDamStore((st) => st.kernelJobs.contours);
  const shown = useCacheSelect(rt.results, (r) => r.contours);
  const data = useMemo<ContourData>(
    () =>
      shown
        ? {
            R: shown.result.R,
            extent: shown.result.extent,
            grids: shown.result.grids,
            marks: shown.marks,
          }
        : { R: 0, extent: 1, grids: [], marks: null },
    [shown],
  );
  const stale = shown !== null && JSON.stringify(shown.req) !== JSON.stringify(contourRequest(s));
  const problem = contourProblem(s);
  if (problem && !shown) return null;
  return (
    <section className="panel kernel-contours-panel" aria-labelledby="kernel-contours-heading">
      <h2 id="kernel-contours-heading">
        <Term id="energy">Energy</Term> contours of the 2-D toy
      </h2>
      <JobBar
        job="contours"
        state={job}
        label={`Contours after ${contourIterations(s.uhop.iterations).join(', ')} iterations`}
        unit="grids"
        start={() => void rt.contours()}
        cancel={() => rt.cancel('contours')}
        problem={problem}
        doneLine={shown ? `Contours in ${(shown.result.ms / 1000).toFixed(1)} s` : 'Done'}
        prefix="kernel"
      />
      {stale && <p className="note kernel-stale">The contours shown are for an earlier set-up.</p>}
      <SvgChart render={renderContours} data={data} className="kernel-chart kernel-contours" />
      {shown && !shown.marks && <p className="note">Train this set-up to mark the memories.</p>}
    </section>
  );
}
