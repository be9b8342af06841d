/**
 * The census at a glance: run it, then the classes as bars (distinct states and basin share),
 * the table of counts, stability ratios and energies, and what agrees or departs from the paper.
 */
import { useMemo } from 'react';
import { STATE_CLASSES, type CensusResult } from '../../../core/census/types';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { findings } from '../app/findings';
import { setupProblem } from '../app/setup';
import { CLASS_LABELS } from './charts/class-colours';
import { renderClassBars } from './charts/class-bars';
import { useCensus } from './context';
import { useShownCensus } from './use-census';
import { JobBar } from './JobBar';
import { SvgChart } from '../../../components/charts/SvgChart';

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function doneLine(r: Omit<CensusResult, 'details'> | null) {
  if (!r) return 'Done.';
  const p = r.probes;
  return `${r.states.toLocaleString('en')} stable states from ${p.total.toLocaleString('en')} probes in ${(r.ms / 1000).toFixed(2)} s in the worker; ${p.unconverged} did not settle, mean ${p.meanSweeps.toFixed(1)} sweeps`;
}

export function Summary() {
  const rt = useCensus();
  const setup = useDamStore((s) => s.census);
  const problem = useMemo(() => setupProblem(setup), [setup]);
  const census = useShownCensus();
  const classify = useCacheSelect(rt.results, (r) => r.classify);
  const stale = census !== null && census.spec !== setup.spec;
  const rows = useMemo(
    () =>
      census
        ? STATE_CLASSES.map((cls) => ({
            cls,
            states: census.byClass[cls].states,
            probes: census.byClass[cls].probes,
            share: census.byClass[cls].share,
          }))
        : [],
    [census],
  );
  const found = useMemo(
    () => (census ? findings({ ...rt.results.get(), census, classify }) : []),
    [census, classify, rt.results],
  );
  return (
    <section className="panel census-summary" aria-labelledby="census-summary-heading">
      <h2 id="census-summary-heading">
        <Term id="census">Census</Term>
      </h2>
      <JobBar
        job="census"
        label="Run census"
        unit="probes"
        start={() => void rt.run()}
        problem={problem}
        doneLine={doneLine(census)}
      />
      {stale && (
        <p className="note">The census shown is of an earlier set-up; Run to take the new one.</p>
      )}
      {census && (
        <>
          <SvgChart
            className="census-chart"
            render={renderClassBars}
            data={{ rows }}
            aspect={0.45}
          />
          <div className="table-scroll">
            <table className="census-table">
              <caption>Stable states per class</caption>
              <thead>
                <tr>
                  <th scope="col">Class</th>
                  <th scope="col">States</th>
                  <th scope="col">
                    <Term id="basin-share">Basin share</Term>
                  </th>
                  <th scope="col">
                    <Term id="stability-ratio">SR</Term> mean ± sd
                  </th>
                  <th scope="col">Energy range</th>
                </tr>
              </thead>
              <tbody>
                {STATE_CLASSES.map((cls) => {
                  const c = census.byClass[cls];
                  return (
                    <tr key={cls} data-class={cls}>
                      <th scope="row">
                        <Term id={cls === 'learned' ? 'learned-state' : cls}>
                          {CLASS_LABELS[cls]}
                        </Term>
                      </th>
                      <td>{c.states}</td>
                      <td>{pct(c.share)}</td>
                      <td>{c.sr ? `${f3(c.sr.mean)} ± ${f3(c.sr.std)}` : '—'}</td>
                      <td>
                        {c.energy
                          ? `${c.energy.min.toPrecision(4)} … ${c.energy.max.toPrecision(4)}`
                          : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3>Against the paper</h3>
          <ul className="census-findings">
            {found.map((f) => (
              <li key={f.claim} data-verdict={f.verdict}>
                <strong>
                  {f.verdict === 'agrees' ? 'Agrees' : f.verdict === 'departs' ? 'Departs' : 'Open'}
                  :
                </strong>{' '}
                {f.claim} <span className="muted">{f.measured}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
