/** The hidden-neuron view as files: the run as JSON and CSV, the figures as PNG. */
import { PngButtons, type PngFigure } from '../../../../components/panels/PngButtons';
import { downloadText } from '../../../../shell/files/download';
import { framesCsv, hiddenJson, stepsCsv } from '../../app/hidden-export';
import type { HiddenShown } from '../../worker/api';

const FIGURES: PngFigure[] = [
  { id: 'visible', label: 'visible layer', selector: '.bodies-visible .bodies-images' },
  { id: 'hidden', label: 'hidden layer', selector: '.bodies-hidden-layer' },
  { id: 'bipartite', label: 'two layers', selector: '.bodies-bipartite .bodies-chart svg' },
  { id: 'energy', label: 'energy', selector: '.bodies-energy .bodies-chart svg' },
  { id: 'distance', label: 'distance', selector: '.bodies-distance .bodies-chart svg' },
];

export function ExportPanel({ shown }: { shown: HiddenShown }) {
  return (
    <section className="panel bodies-export" aria-labelledby="bodies-export-heading">
      <h2 id="bodies-export-heading">Export</h2>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadText(hiddenJson(shown), 'dam-bodies-hidden.json', 'application/json')
          }
        >
          Run JSON
        </button>
        <button
          type="button"
          onClick={() => downloadText(stepsCsv(shown), 'dam-bodies-hidden-steps.csv', 'text/csv')}
        >
          Energy and distance CSV
        </button>
        <button
          type="button"
          onClick={() => downloadText(framesCsv(shown), 'dam-bodies-hidden-frames.csv', 'text/csv')}
        >
          Hidden activity CSV
        </button>
      </div>
      <PngButtons figures={FIGURES} prefix="dam-bodies" />
      <p className="note">The share link carries the set-up; its seed reproduces this run.</p>
    </section>
  );
}
