/** The view's files: the error-against-Y table, the toy's trajectories, all of it as JSON, and PNGs. */
import { PngButtons, type PngFigure } from '../../../../components/panels/PngButtons';
import { downloadText } from '../../../../shell/files/download';
import { useDamStore } from '../../../../store';
import { curveCsv, featuresJson, trajectoriesCsv } from '../../app/rf-export';
import { useRf, useRfResults } from './use-rf';

const FIGURES: PngFigure[] = [
  { id: 'landscapes', label: 'landscapes', selector: '.rf-landscape-box svg' },
  { id: 'energy', label: 'energies', selector: '.rf-energy-box svg' },
  { id: 'error', label: 'error against Y', selector: '.rf-error-box svg' },
  { id: 'retrieval', label: 'retrieval', selector: '.rf-retrieval-box svg' },
];

export function RfExport() {
  const rt = useRf();
  const r = useRfResults((x) => x);
  const traj = trajectoriesCsv(r);
  const points = r.curve?.points ?? [];
  return (
    <section className="panel rf-export" aria-labelledby="rf-export-heading">
      <h2 id="rf-export-heading">Export</h2>
      <div className="button-row">
        <button
          type="button"
          disabled={points.length === 0}
          onClick={() => downloadText(curveCsv(points), 'dam-bodies-error-vs-y.csv', 'text/csv')}
        >
          Error against Y CSV
        </button>
        <button
          type="button"
          disabled={traj === null}
          onClick={() => traj && downloadText(traj, 'dam-bodies-trajectories.csv', 'text/csv')}
        >
          Trajectories CSV
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              featuresJson(useDamStore.getState().features, rt.results.get()),
              'dam-bodies-features.json',
              'application/json',
            )
          }
        >
          All as JSON
        </button>
      </div>
      <PngButtons figures={FIGURES} prefix="dam-bodies" />
      <p className="note">The share link (the page’s Share button) carries this view’s set-up.</p>
    </section>
  );
}
