/**
 * The paper's experiments, one press each (docs/models.md §10.3): the range of recall on a ring of
 * 30, replay along a directed cycle of the digits 0–9 with and without anti-Hebbian
 * auto-association, and the family automaton. Each says what it measured.
 */
import { useState } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { Segmented } from '../../../components/controls/Segmented';
import { JobBar } from '../../../components/panels/JobBar';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { renderRecall, type RecallMeasure } from './charts/recall-curves';
import { renderHeatmap } from './charts/heatmap';
import { useCdam } from './context';

const f2 = (v: number) => v.toFixed(2);

export function ExperimentsPanel() {
  const rt = useCdam();
  const jobs = useDamStore((s) => s.cdamJobs);
  const r = useCacheSelect(rt.results, (x) => x);
  const [which, setWhich] = useState<RecallMeasure>('byDistance');
  return (
    <section className="panel cdam-experiments" aria-labelledby="cdam-experiments-heading">
      <h2 id="cdam-experiments-heading">The paper’s experiments</h2>

      <h3>
        Range of recall <Term id="cdam-range" />
      </h3>
      <p className="note">
        A ring of 30 random U(0, 1) memories (N = 1000), β = 1, η = 0.1, 100 steps, noise 1; every
        memory is the cue in turn, for (a, h) = (1, 0), (0.5, 0.5), (−0.5, 1.5), (−2, 3) and your
        current a, h.
      </p>
      <JobBar
        job="range"
        state={jobs.range}
        label="Run the range of recall"
        unit="(a, h) settings"
        start={() => void rt.range()}
        cancel={() => rt.cancel('range')}
        doneLine={r.range ? `Measured ${r.range.rows.length} settings × 30 cues.` : 'Done'}
        prefix="cdam"
      />
      {r.range && (
        <>
          <Segmented
            label="Measure"
            options={[
              { value: 'byDistance', label: 'state vs memory' },
              { value: 'attractorByDistance', label: 'state vs state' },
            ]}
            value={which}
            onChange={setWhich}
          />
          <SvgChart
            render={renderRecall}
            data={r.range.rows}
            options={{ which }}
            className="cdam-chart cdam-recall"
          />
          <table className="cdam-table cdam-range-table">
            <caption>Mean correlation with the memories at graph distance d</caption>
            <thead>
              <tr>
                <th scope="col">a, h</th>
                {r.range.rows[0].byDistance.slice(0, 6).map((_, d) => (
                  <th key={d} scope="col">
                    d = {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.range.rows.map((row) => (
                <tr key={`${row.a},${row.h}`}>
                  <th scope="row">
                    {row.a}, {row.h}
                  </th>
                  {row.byDistance.slice(0, 6).map((v, d) => (
                    <td key={d}>{f2(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="note">
            The paper: a = 1 correlates only with its own memory; lower a gives broader correlation.
            Here, measured: a = 1 gives {f2(r.range.rows[0].byDistance[0])} with its own memory and{' '}
            {f2(r.range.rows[0].byDistance[2])} at distance 2.
          </p>
        </>
      )}

      <h3>
        Sequence replay <Term id="cdam-replay" />
      </h3>
      <p className="note">
        The digits 0–9 (MNIST, one of each) on a directed cycle 0 → 1 → … → 9 → 0, normalised
        coupling, β = 1, η = 0.1, 200 steps from digit 0: auto-association only (a = 1, h = 0), some
        of each (a = 0.5, h = 1), hetero-association only (a = 0, h = 1), and anti-Hebbian (a = −2,
        h = 3, the paper’s strongest video setting).
      </p>
      <JobBar
        job="sequence"
        state={jobs.sequence}
        label="Replay the digits"
        unit="runs"
        start={() => void rt.sequence()}
        cancel={() => rt.cancel('sequence')}
        doneLine="Replayed four settings."
        prefix="cdam"
      />
      {r.sequence && (
        <div className="cdam-sequence">
          {r.sequence.runs.map((run) => {
            const P = r.sequence!.labels.length;
            const rd = run.reading;
            return (
              <figure key={`${run.a},${run.h}`} className="cdam-sequence-run">
                <figcaption>
                  a = {run.a}, h = {run.h}:{' '}
                  {rd.sticks && rd.forward === 0
                    ? `sticks on digit ${rd.order[0] ?? 0}`
                    : `${rd.forward} steps forward, ${rd.skips} skips, ${rd.other} back or astray; ${f2(rd.stepsPerVisit)} steps per digit${rd.sticks ? ', then sticks' : ''}`}
                  . Order: {rd.order.slice(0, 24).join(' ')}
                  {rd.order.length > 24 ? ' …' : ''}
                </figcaption>
                <SvgChart
                  render={renderHeatmap}
                  data={{ P, T: run.m.length / P, m: run.m, labels: r.sequence!.labels }}
                  className="cdam-chart cdam-sequence-heatmap"
                />
              </figure>
            );
          })}
        </div>
      )}

      <h3>
        A finite automaton <Term id="cdam-automaton" />
      </h3>
      <p className="note">
        Our own family with the structure of the paper’s family-tree example: Ann and Bob are
        married, Cal is their son and Dee their daughter. N = 1000, the first quarter codes a
        person, the rest a relation; a = 0, h = 1, raw coupling, β = 1, η = 0.1; every 100 steps the
        relation part is overwritten by the next input.
      </p>
      <JobBar
        job="automaton"
        state={jobs.automaton}
        label="Run the automaton"
        unit="steps"
        start={() => void rt.automaton()}
        cancel={() => rt.cancel('automaton')}
        doneLine={
          r.automaton
            ? `${r.automaton.steps.filter((s) => s.read === s.expected).length} of ${r.automaton.steps.length} transitions right.`
            : 'Done'
        }
        prefix="cdam"
      />
      {r.automaton && (
        <table className="cdam-table cdam-automaton-table">
          <caption>Start at Ann; each row one input symbol</caption>
          <thead>
            <tr>
              <th scope="col">from</th>
              <th scope="col">input</th>
              <th scope="col">should be</th>
              <th scope="col">state reads</th>
              <th scope="col">m</th>
            </tr>
          </thead>
          <tbody>
            {r.automaton.steps.map((s, k) => (
              <tr key={k} data-right={s.read === s.expected}>
                <td>{s.from}</td>
                <td>{s.input}</td>
                <td>{s.expected ?? '(none)'}</td>
                <td>{s.read}</td>
                <td>{f2(s.corr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
