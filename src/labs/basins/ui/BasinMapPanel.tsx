/**
 * The basin map with its status line (pass resolution, time, progress) and exports (PNG, CSV).
 * A click on the map starts a probe trajectory from that point.
 */
import { Term } from '../../../shell/ui/Term';
import { renderBasinMap, type BasinMap } from './charts/basin-map';
import { useDamStore } from '../../../store';
import { basinMapCsv } from '../app/basin-math';
import { downloadText, exportPng } from '../../../shell/files/download';
import { describeModel } from '../../../shell/model/model';
import { useChart } from '../../../components/charts/useChart';
import { useBasinTick } from './useBasinTick';
import { errorMessage } from '../../../core/util/error-message';
import { useBasins } from './context';

export const MAP_SIZE = 360;

export function BasinMapPanel() {
  const rt = useBasins();
  const run = useDamStore((s) => s.basinRun);
  const params = useDamStore((s) => s.params);
  const notify = useDamStore((s) => s.notify);

  const { box, chart } = useChart<BasinMap>(
    (el) =>
      renderBasinMap(el, {
        size: MAP_SIZE,
        onPick: (x, y) => void rt.startProbe(x, y),
      }),
    [rt],
  );

  useBasinTick(({ shown: map, probe }, s) => {
    if (!chart.current || !map) return;
    chart.current.update({
      pass: map.pass,
      K: map.K,
      labels: map.labels,
      maxSteps: map.maxSteps,
      progress: s.basinRun.status === 'computing' ? s.basinRun.progress : 1,
      busy: s.basinRun.status === 'computing',
      path: probe && probe.plane === map.pass.plane ? probe.path : null,
    });
  });

  const status =
    run.status === 'error'
      ? run.error
      : run.shownResolution === 0
        ? run.status === 'computing'
          ? 'Computing the first pass…'
          : 'Waiting for the worker and the digits…'
        : `${run.shownResolution}² cells · ${Math.round(run.elapsedMs)} ms` +
          (run.status === 'computing' ? ` · ${Math.round(100 * run.progress)}%` : ' · done');

  return (
    <section className="panel basin-panel" aria-labelledby="basin-map-heading">
      <h2 id="basin-map-heading">
        <Term id="basin">Basins of attraction</Term>{' '}
        <span className="muted">
          · {describeModel({ energy: params.energy, n: params.n, beta: params.beta })}
        </span>
      </h2>
      <p className={run.status === 'error' ? 'error' : 'note'} data-basin-status={run.status}>
        {status}
      </p>
      <div ref={box} className="basin-box" />
      <p className="note">
        Click a point to follow its trajectory. Lighter memory cells settle faster.
      </p>
      <p className="note basin-rule">
        Mixture: an end state within 0.95 (cosine) of sign(±ξa ± ξb ± ξc), its 3 (or 5) closest
        memories (softmax: the mean of its 2 to 5 closest). Any other end state is spurious. Each
        distinct one has its own grey; mixtures are hatched.
      </p>
      <div className="export-panel" role="group" aria-label="Export the basin map">
        <span className="muted">Export map</span>
        <button
          type="button"
          onClick={() => {
            const el = box.current?.querySelector('.basin-map');
            if (!el) return;
            exportPng(el, 'dam-basins.png').catch((err: unknown) =>
              notify(`PNG export failed: ${errorMessage(err)}.`, 'error'),
            );
          }}
        >
          PNG
        </button>
        <button
          type="button"
          onClick={() => {
            const map = rt.results.get().shown;
            if (!map) return notify('No basin map yet.', 'error');
            downloadText(basinMapCsv(map.pass, map.K, map.labels), 'dam-basins.csv', 'text/csv');
          }}
        >
          CSV
        </button>
      </div>
    </section>
  );
}
