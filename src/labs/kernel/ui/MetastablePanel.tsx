/**
 * The MNIST metastable table: test digits as queries against training digits as memories, the
 * share of queries whose final weight vector has support size 1, 2, …, ≥ maxK, raw Φ against
 * learned Φ, per normaliser; as a table and as bars, with what our numbers show next to what
 * the paper reports.
 */
import { NORMALISERS, type Normaliser } from '../../../core/kernel/types';
import { NumberInput } from '../../../components/controls/NumberInput';
import { SvgChart } from '../../../components/charts/SvgChart';
import { JobBar } from '../../../components/panels/JobBar';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { findings, PAPER, pct } from '../app/findings';
import { KERNEL_LIMITS as L, metastableProblem, metastableRequest } from '../app/setup';
import { sizeLabels } from '../app/support-sizes';
import type { KernelSetup } from '../app/slice';
import { renderSupport } from './charts/support-bars';
import { useKernel } from './context';
import { NORMALISER_OPTIONS } from './RetrievalPanel';

const labelOf = (n: Normaliser) => NORMALISER_OPTIONS.find((o) => o.value === n)?.label ?? n;

export function MetastablePanel() {
  const rt = useKernel();
  const s = useDamStore((st) => st.kernel);
  const job = useDamStore((st) => st.kernelJobs.metastable);
  const results = useCacheSelect(rt.results, (r) => r);
  const shown = results.metastable;
  const ms = (patch: Partial<KernelSetup['metastable']>) =>
    rt.edit({ metastable: { ...s.metastable, ...patch } });
  const toggle = (n: Normaliser, on: boolean) =>
    ms({
      normalisers: NORMALISERS.filter((x) => (x === n ? on : s.metastable.normalisers.includes(x))),
    });
  const stale =
    shown !== null && JSON.stringify(shown.req) !== JSON.stringify(metastableRequest(s));
  const r = shown?.result;
  const said = findings(results).metastable;
  const sizes = r?.rows.length ? sizeLabels(r.rows[0].histogram.counts.length) : [];
  return (
    <section className="panel kernel-metastable-panel" aria-labelledby="kernel-metastable-heading">
      <h2 id="kernel-metastable-heading">
        <Term id="metastable">Metastable states</Term> on MNIST
      </h2>
      <div className="kernel-grid">
        <NumberInput
          label="Test queries"
          value={s.metastable.queries}
          min={L.queries[0]}
          max={L.queries[1]}
          onChange={(queries) => ms({ queries })}
        />
        <NumberInput
          label="Support threshold"
          value={s.metastable.threshold}
          min={L.threshold[0]}
          max={L.threshold[1]}
          step={0.005}
          integer={false}
          onChange={(threshold) => ms({ threshold })}
        />
        <NumberInput
          label="Sizes up to (≥ maxK)"
          value={s.metastable.maxK}
          min={L.maxK[0]}
          max={L.maxK[1]}
          onChange={(maxK) => ms({ maxK })}
        />
        <fieldset className="kernel-normalisers">
          <legend>Normalisers</legend>
          {NORMALISERS.map((n) => (
            <label key={n}>
              <input
                type="checkbox"
                checked={s.metastable.normalisers.includes(n)}
                onChange={(e) => toggle(n, e.currentTarget.checked)}
              />
              {labelOf(n)}
            </label>
          ))}
        </fieldset>
      </div>
      <JobBar
        job="metastable"
        state={job}
        label="Compute the table"
        unit="queries"
        start={() => void rt.metastable()}
        cancel={() => rt.cancel('metastable')}
        problem={metastableProblem(s)}
        doneLine={
          r
            ? `${r.queries} queries against ${r.M} memories in ${(r.ms / 1000).toFixed(1)} s on ${r.backend}`
            : 'Done'
        }
        prefix="kernel"
      />
      {stale && <p className="note kernel-stale">The table shown is for an earlier set-up.</p>}
      {r && (
        <div className="kernel-table-scroll">
          <table className="kernel-table kernel-metastable">
            <caption>
              % of queries by <Term id="kernel-support">support size</Term>
            </caption>
            <thead>
              <tr>
                <th scope="col">normaliser</th>
                <th scope="col">Φ</th>
                {sizes.map((k) => (
                  <th key={k} scope="col">
                    {k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr
                  key={`${row.normaliser}-${row.phi}`}
                  data-phi={row.phi}
                  data-normaliser={row.normaliser}
                >
                  <th scope="row">{labelOf(row.normaliser)}</th>
                  <td>{row.phi}</td>
                  {row.histogram.counts.map((c, k) => (
                    <td key={k}>{pct(c / Math.max(1, row.histogram.queries))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r && (
        <SvgChart render={renderSupport} data={r.rows} className="kernel-chart kernel-support" />
      )}
      {said.length > 0 && (
        <ul className="kernel-said">
          {said.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <p className="note">{PAPER.metastable}</p>
    </section>
  );
}
