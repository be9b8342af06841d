/** The lab's results as files: CSV per table, everything as JSON, and a PNG of each figure. */
import { PngButtons, type PngFigure } from '../../../components/panels/PngButtons';
import { downloadText } from '../../../shell/files/download';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { automatonCsv, cdamJson, phaseCsv, rangeCsv, sequenceCsv, traceCsv } from '../app/export';
import type { CdamResults } from '../app/results';
import { useCdam } from './context';

const FIGURES: PngFigure[] = [
  { id: 'heatmap', label: 'heat map', selector: '.cdam-heatmap svg' },
  { id: 'graph', label: 'graph', selector: '.cdam-graph-panel svg' },
  { id: 'recall', label: 'range of recall', selector: '.cdam-recall svg' },
  { id: 'phase', label: 'phase map', selector: '.cdam-phase svg' },
];

const FILES: {
  label: string;
  name: string;
  make: (r: CdamResults) => string;
  ready: (r: CdamResults) => boolean;
}[] = [
  { label: 'Correlations CSV', name: 'dam-cdam-trace.csv', make: traceCsv, ready: (r) => !!r.run },
  {
    label: 'Range of recall CSV',
    name: 'dam-cdam-range.csv',
    make: rangeCsv,
    ready: (r) => !!r.range,
  },
  {
    label: 'Replay CSV',
    name: 'dam-cdam-replay.csv',
    make: sequenceCsv,
    ready: (r) => !!r.sequence,
  },
  {
    label: 'Automaton CSV',
    name: 'dam-cdam-automaton.csv',
    make: automatonCsv,
    ready: (r) => !!r.automaton,
  },
  { label: 'Phase map CSV', name: 'dam-cdam-phase.csv', make: phaseCsv, ready: (r) => !!r.phase },
];

export function ExportPanel() {
  const rt = useCdam();
  const r = useCacheSelect(rt.results, (x) => x);
  return (
    <section className="panel cdam-export" aria-labelledby="cdam-export-heading">
      <h2 id="cdam-export-heading">Export</h2>
      <div className="button-row">
        {FILES.map((f) => (
          <button
            key={f.name}
            type="button"
            disabled={!f.ready(r)}
            onClick={() => downloadText(f.make(rt.results.get()), f.name, 'text/csv')}
          >
            {f.label}
          </button>
        ))}
        <button
          type="button"
          onClick={() =>
            downloadText(
              cdamJson(useDamStore.getState().cdam, rt.results.get()),
              'dam-cdam.json',
              'application/json',
            )
          }
        >
          Everything JSON
        </button>
      </div>
      <PngButtons figures={FIGURES} prefix="dam-cdam" />
    </section>
  );
}
