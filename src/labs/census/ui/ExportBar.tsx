/**
 * Everything the lab shows, as files: the census as JSON (with the classifiers and the phase map
 * when computed) and CSV per table, and any figure of the page as PNG.
 */
import { downloadText, exportPng } from '../../../shell/files/download';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { censusJson, classifiersCsv, phaseCsv, statesCsv } from '../app/export';
import { useCensus } from './context';

const FIGURES = [
  { id: 'summary', label: 'class bars', selector: '.census-summary .census-chart svg' },
  { id: 'sr', label: 'SR and ROC', selector: '.census-sr' },
  { id: 'models', label: 'classifiers', selector: '.census-models' },
  { id: 'phase', label: 'phase map', selector: '.census-phase .census-chart svg' },
];

export function ExportBar() {
  const rt = useCensus();
  const results = useCacheSelect(rt.results, (r) => r);
  const notify = (err: unknown) =>
    useDamStore.getState().notify(`The PNG could not be written: ${String(err)}`, 'error');
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
      <div className="button-row">
        {FIGURES.map((f) => (
          <button
            key={f.id}
            type="button"
            onClick={() => {
              const el = document.querySelector(f.selector);
              if (el) exportPng(el, `dam-census-${f.id}.png`).catch(notify);
              else notify('that figure is not on the page yet');
            }}
          >
            PNG: {f.label}
          </button>
        ))}
      </div>
      <p className="note">
        The same census from the command line:{' '}
        <code>npm run dam -- census --config census.json</code> with the set-up’s <code>spec</code>{' '}
        from the JSON.
      </p>
    </section>
  );
}
