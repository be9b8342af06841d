/**
 * "Contributors per decision" for the runs shown at the scrubbed epoch: for each test digit, how
 * many memories carry 90% of the evidence for the winning label (histogram per run) and the
 * effective number exp(entropy) of the shares, summarised in words. The statistics come from the
 * worker (ContributorStats); nothing here is assumed.
 */
import { Term } from '../../../shell/ui/Term';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Snapshots } from '../app/snapshots';
import { runColour } from './charts/kh-colors';
import {
  fmt,
  renderContributors,
  type ContributorRow,
  type ContributorsChart,
} from './charts/kh-contributors';
import { useDamStore } from '../../../store';
import { selectShownRuns, type LabRun } from '../app/slice';
import { useChart } from '../../../components/charts/useChart';
import { chartWidth } from './chart-width';
import { useSnapshots } from './context';

interface RowInfo extends ContributorRow {
  key: string;
  epoch: number | null;
}

function rowsFor(snaps: Snapshots, runs: readonly LabRun[], scrub: number | null): RowInfo[] {
  return runs.map((run, i) => {
    const base = { key: run.key, name: run.name, colour: runColour(i) };
    if (run.status === 'error') return { ...base, stats: null, epoch: null, note: 'not loaded' };
    const shown = run.config ? snaps.shownMemories(run.key, scrub) : null;
    if (!shown) return { ...base, stats: null, epoch: null, note: 'waiting for memories…' };
    if (shown.epoch === 0) {
      return { ...base, stats: null, epoch: 0, note: 'measured after the first epoch…' };
    }
    const entry = snaps.statsFor(run.key, shown.epoch);
    if (entry?.kind === 'ready') return { ...base, stats: entry.stats, epoch: shown.epoch };
    const note = entry?.kind === 'error' ? `failed: ${entry.message}` : 'computing…';
    return { ...base, stats: null, epoch: shown.epoch, note };
  });
}

export function LabContributorsPanel() {
  const runs = useDamStore(useShallow((s) => selectShownRuns(s.lab)));
  const scrub = useDamStore((s) => s.lab.scrub);
  // Re-render when statistics arrive (they live in the snapshots).
  const snaps = useSnapshots();
  const { box, chart } = useChart<ContributorsChart>(
    (el) => renderContributors(el, { width: chartWidth(el) }),
    [],
  );
  const rows = rowsFor(snaps, runs, scrub);
  const K = Math.max(2, ...runs.map((r) => r.config?.K ?? 0));
  const signature = JSON.stringify(rows.map((r) => [r.key, r.epoch, r.note, r.stats?.count]));

  useEffect(() => {
    chart.current?.update(rowsFor(snaps, runs, scrub), K);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart, signature, K]);

  return (
    <section className="panel lab-chart-panel" aria-labelledby="lab-contrib-heading">
      <h2 id="lab-contrib-heading">
        <Term id="contributors">Contributors</Term> per decision
      </h2>
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
