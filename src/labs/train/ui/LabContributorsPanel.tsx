/**
 * "Contributors per decision" for the runs shown at the scrubbed epoch: for each test digit, how
 * many memories carry 90% of the evidence for the winning label (histogram per run) and the
 * effective number exp(entropy) of the shares, summarised in words. The statistics come from the
 * worker (ContributorStats); nothing here is assumed.
 */
import { Term } from '../../../shell/ui/Term';
import { useEffect } from 'react';
import {
  fmt,
  renderContributors,
  type ContributorRow,
  type ContributorsChart,
} from './charts/kh-contributors';
import { useChart } from '../../../components/charts/useChart';
import { chartWidth } from './chart-width';
import { shownStatsRows, useShownStats } from './useShownStats';
import { useSnapshots } from './context';
import { useDamStore } from '../../../store';

export function LabContributorsPanel() {
  const { runs, rows, verdict, pending, K } = useShownStats();
  const snaps = useSnapshots();
  const scrub = useDamStore((s) => s.lab.scrub);
  const { box, chart } = useChart<ContributorsChart>(
    (el) => renderContributors(el, { width: chartWidth(el) }),
    [],
  );
  const signature = JSON.stringify(rows.map((r) => [r.key, r.epoch, r.note, r.stats?.count]));

  useEffect(() => {
    const fresh: ContributorRow[] = shownStatsRows(snaps, runs, scrub);
    chart.current?.update(fresh, K);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart, signature, K]);

  return (
    <section className="panel lab-chart-panel" aria-labelledby="lab-contrib-heading">
      <h2 id="lab-contrib-heading">
        <Term id="contributors">Contributors</Term> per decision
      </h2>
      <p className="lab-contrib-summary" data-effect={verdict?.effect ?? ''} aria-live="polite">
        {verdict
          ? verdict.text
          : pending
            ? 'Measuring…'
            : 'Two measured runs of different n are needed to compare.'}
      </p>
      <div ref={box} className="lab-chart-box" />
      <ul className="lab-contrib-words" aria-live="polite">
        {rows.map((r) => (
          <li key={r.key} data-run={r.key} data-ready={r.stats ? 'true' : 'false'}>
            <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />{' '}
            {r.stats ? (
              <>
                <strong>{r.name}</strong>:{' '}
                {r.stats.median > 0 ? (
                  <>
                    a median of {fmt(r.stats.median)}{' '}
                    {r.stats.median === 1 ? 'memory carries' : 'memories carry'} 90% of the evidence
                    (mean {r.stats.mean.toFixed(1)}); effective number: median{' '}
                    {r.stats.medianEffective.toFixed(1)}, mean {r.stats.meanEffective.toFixed(1)}.
                  </>
                ) : (
                  <>
                    for most test digits no memory gives positive evidence for the winning label
                    (mean {r.stats.mean.toFixed(1)} memories carry 90%).
                  </>
                )}{' '}
                {r.stats.histogram[0] > 0 && (
                  <>{r.stats.histogram[0].toLocaleString('en')} digits had no positive evidence. </>
                )}
                <span className="muted">
                  Epoch {r.epoch}, {r.stats.count.toLocaleString('en')} test digits.
                </span>
              </>
            ) : (
              <>
                <strong>{r.name}</strong>: {r.note}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
