/**
 * The capacity lab's content: the run bar, the view chosen (its chart fills in as points
 * arrive), what the numbers agree with and where they depart, and the results as files.
 */
import { useRef, type RefObject } from 'react';
import { expandGrid } from '../../../core/capacity/grid';
import { Segmented } from '../../../components/controls/Segmented';
import { errorMessage } from '../../../core/util/error-message';
import { downloadText, exportPng } from '../../../shell/files/download';
import { useCacheSelect } from '../../../shell/use-cache';
import { Term } from '../../../shell/ui/Term';
import { useDamStore } from '../../../store';
import { agreement } from '../app/agreement';
import type { CapacityView as ViewId } from '../app/slice';
import { useCapacity } from './context';
import { RunBar } from './RunBar';
import { CurvesView, ScalingView, SeparationView, StatsView } from './Views';

const VIEWS: { value: ViewId; label: string }[] = [
  { value: 'curve', label: 'P(success) vs K' },
  { value: 'scaling', label: 'K_max vs N' },
  { value: 'separation', label: 'K_max vs d_H' },
  { value: 'stats', label: 'Dataset' },
];

/** Result files over this size are refused before they are read. */
const MAX_FILE = 64 * 2 ** 20;

function Agreement() {
  const rt = useCapacity();
  const lines = useCacheSelect(rt.results, (r) => r.lines);
  const findings = agreement(lines);
  if (findings.length === 0) return null;
  return (
    <section className="panel capacity-agreement" aria-labelledby="capacity-agreement-heading">
      <h2 id="capacity-agreement-heading">What it agrees with, where it departs</h2>
      <ul>
        {findings.map((f) => (
          <li key={f.text} className={`finding ${f.kind}`} data-kind={f.kind}>
            <strong>
              {f.kind === 'agrees' ? 'Agrees' : f.kind === 'departs' ? 'Departs' : 'Note'}:
            </strong>{' '}
            {f.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Files({ chart }: { chart: RefObject<HTMLDivElement | null> }) {
  const rt = useCapacity();
  const view = useDamStore((s) => s.capacity.view);
  const notify = useDamStore((s) => s.notify);
  const lines = useCacheSelect(rt.results, (r) => r.lines);
  const complete = useCacheSelect(
    rt.results,
    (r) => r.grid !== null && r.lines.length > 0 && r.lines.length === expandGrid(r.grid).length,
  );
  const file = useRef<HTMLInputElement>(null);
  return (
    <section className="panel export-panel capacity-files" aria-label="Results as files">
      <span className="muted">Results</span>
      <button
        type="button"
        disabled={!lines.length}
        onClick={() => {
          const svg = chart.current?.querySelector('svg');
          if (!svg) return;
          exportPng(svg, `dam-capacity-${view}.png`).catch((err: unknown) =>
            notify(`PNG export failed: ${errorMessage(err)}.`, 'error'),
          );
        }}
      >
        PNG
      </button>
      <button
        type="button"
        disabled={!lines.length}
        onClick={() => downloadText(rt.csv(), 'dam-capacity.csv', 'text/csv')}
      >
        CSV
      </button>
      <button
        type="button"
        disabled={!complete}
        title={complete ? undefined : 'JSON needs every point of the grid'}
        onClick={() => {
          const json = rt.json();
          if (json) downloadText(json, 'dam-capacity.json', 'application/json');
        }}
      >
        JSON
      </button>
      <button type="button" className="secondary" onClick={() => file.current?.click()}>
        Open a result file…
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Open a capacity result file"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (!f) return;
          if (f.size > MAX_FILE) {
            notify(
              `${f.name} is ${Math.ceil(f.size / 2 ** 20)} MB; a result file is at most 64 MB.`,
              'error',
            );
            return;
          }
          f.text().then(
            (text) => rt.openFile(text, f.name),
            (err: unknown) => notify(`Could not read ${f.name}: ${errorMessage(err)}`, 'error'),
          );
        }}
      />
    </section>
  );
}

export function CapacityView() {
  const rt = useCapacity();
  const view = useDamStore((s) => s.capacity.view);
  const setCapacity = useDamStore((s) => s.setCapacity);
  const lines = useCacheSelect(rt.results, (r) => r.lines);
  const chart = useRef<HTMLDivElement>(null);
  return (
    <div className="capacity-view">
      <RunBar />
      <section className="panel capacity-chart-panel" aria-labelledby="capacity-view-heading">
        <h2 id="capacity-view-heading">
          <Term id="capacity">Capacity</Term>
        </h2>
        <Segmented
          label="View"
          options={VIEWS}
          value={view}
          onChange={(v) => setCapacity({ view: v })}
        />
        <div ref={chart} className="capacity-chart-host">
          {view === 'curve' && <CurvesView lines={lines} />}
          {view === 'scaling' && <ScalingView lines={lines} />}
          {view === 'separation' && <SeparationView lines={lines} />}
          {view === 'stats' && <StatsView lines={lines} />}
        </div>
      </section>
      <Agreement />
      <Files chart={chart} />
    </div>
  );
}
