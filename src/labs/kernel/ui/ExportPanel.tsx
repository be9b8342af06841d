/** The lab's results as files: CSV per table, everything as JSON, and a PNG of each figure. */
import { PngButtons, type PngFigure } from '../../../components/panels/PngButtons';
import { downloadText } from '../../../shell/files/download';
import { useCacheSelect } from '../../../shell/use-cache';
import {
  basinSharesCsv,
  historyCsv,
  kernelJson,
  metastableCsv,
  similarityCsv,
} from '../app/export';
import { useKernel } from './context';

const FIGURES: PngFigure[] = [
  { id: 'sphere', label: 'sphere', selector: '.kernel-sphere svg' },
  { id: 'loss', label: 'loss', selector: '.kernel-loss svg' },
  { id: 'angle', label: 'minimum angle', selector: '.kernel-angle svg' },
  { id: 'similarity', label: 'similarity', selector: '.kernel-similarity svg' },
  { id: 'basins', label: 'basins', selector: '.kernel-basins svg' },
  { id: 'contours', label: 'contours', selector: '.kernel-contours svg' },
  { id: 'support', label: 'support sizes', selector: '.kernel-support svg' },
];

export function ExportPanel() {
  const rt = useKernel();
  const r = useCacheSelect(rt.results, (x) => x);
  // Written on a press only: a similarity CSV of 1,000 memories is a million rows.
  const files = [
    { label: 'History CSV', name: 'dam-kernel-history.csv', make: historyCsv, ready: !!r.train },
    {
      label: 'Similarity CSV',
      name: 'dam-kernel-similarity.csv',
      make: similarityCsv,
      ready: !!r.train,
    },
    {
      label: 'Basin shares CSV',
      name: 'dam-kernel-basins.csv',
      make: basinSharesCsv,
      ready: !!r.basins,
    },
    {
      label: 'Metastable CSV',
      name: 'dam-kernel-metastable.csv',
      make: metastableCsv,
      ready: !!r.metastable,
    },
  ];
  return (
    <section className="panel kernel-export" aria-labelledby="kernel-export-heading">
      <h2 id="kernel-export-heading">Export</h2>
      <div className="button-row">
        {files.map((f) => (
          <button
            key={f.name}
            type="button"
            disabled={!f.ready}
            onClick={() => {
              const text = f.make(rt.results.get());
              if (text !== null) downloadText(text, f.name, 'text/csv');
            }}
          >
            {f.label}
          </button>
        ))}
        <button
          type="button"
          disabled={!r.train && !r.basins && !r.metastable && !r.contours}
          onClick={() => {
            const text = kernelJson(rt.results.get());
            if (text) downloadText(text, 'dam-kernel.json', 'application/json');
          }}
        >
          Everything JSON
        </button>
      </div>
      <PngButtons figures={FIGURES} prefix="dam-kernel" />
    </section>
  );
}
