/**
 * Everything the lab shows, as files: the census as JSON (with the classifiers and the phase map
 * when computed) and CSV per table, and any figure of the page as PNG.
 */
import { PngButtons, type PngFigure } from '../../../components/panels/PngButtons';
import { downloadText } from '../../../shell/files/download';
import { useCacheSelect } from '../../../shell/use-cache';
import { censusJson, classifiersCsv, phaseCsv, statesCsv } from '../app/export';
import { useCensus } from './context';

const FIGURES: PngFigure[] = [
  { id: 'summary', label: 'class bars', selector: '.census-summary .census-chart svg' },
  { id: 'sr', label: 'SR and ROC', selector: '.census-sr' },
  { id: 'models', label: 'classifiers', selector: '.census-models' },
  { id: 'phase', label: 'phase map', selector: '.census-phase .census-chart svg' },
];

export function ExportBar() {
  const rt = useCensus();
  const results = useCacheSelect(rt.results, (r) => r);
  if (!results.census) return null;
  const c = results.census;
  const json = () => {
    const text = censusJson(rt.results.get());
    if (text) downloadText(text, 'dam-census.json', 'application/json');
  };
  const classifiers = classifiersCsv(results);
  const phase = phaseCsv(results);
  return (
    <section className="panel census-export" aria-labelledby="census-export-heading">
      <h2 id="census-export-heading">Export</h2>
      <div className="button-row">
        <button type="button" onClick={json}>
          Census JSON
        </button>
        <button
          type="button"
          onClick={() => downloadText(statesCsv(c), 'dam-census-states.csv', 'text/csv')}
        >
          States CSV
        </button>
        <button
          type="button"
          disabled={classifiers === null}
          onClick={() =>
            classifiers && downloadText(classifiers, 'dam-census-classifiers.csv', 'text/csv')
          }
        >
          Classifiers CSV
        </button>
        <button
          type="button"
          disabled={phase === null}
          onClick={() => phase && downloadText(phase, 'dam-census-phase.csv', 'text/csv')}
        >
          Phase map CSV
        </button>
      </div>
      <PngButtons figures={FIGURES} prefix="dam-census" />
      <p className="note">
        The same census from the command line:{' '}
        <code>npm run dam -- census --config census.json</code> with the set-up’s <code>spec</code>{' '}
        from the JSON.
      </p>
    </section>
  );
}
