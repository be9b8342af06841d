/**
 * The sequential mode's view: per run, its accuracy matrix, its forgetting curves with the task
 * boundaries, and its memories redrawn as it trains (the first tasks' digits overwritten or
 * kept); a table of every run's average final accuracy and forgetting with what the paper
 * expects; the exports.
 */
import { useEffect, useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { useChart } from '../../../components/charts/useChart';
import { PngButtons } from '../../../components/panels/PngButtons';
import { taskNames } from '../../../core/sequential/task-names';
import { downloadText } from '../../../shell/files/download';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { seqCurveCsv, seqJson, seqMatrixCsv } from '../app/seq-export';
import type { SeqLiveRun } from '../app/seq-results';
import { renderMemoryGrid, type MemoryGrid } from './charts/kh-memory-grid';
import { renderSeqCurves } from './charts/seq-curves';
import { renderSeqMatrix } from './charts/seq-matrix';
import { useTrain } from './context';

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(100 * v).toFixed(1)}%`;

function SeqMemories({ run, version }: { run: SeqLiveRun; version: number }) {
  const { box, chart } = useChart<MemoryGrid>(
    (el) => renderMemoryGrid(el, { label: `Memories of ${run.name}`, minTile: 14, maxTile: 28 }),
    [run.name],
  );
  useEffect(() => {
    chart.current?.update({
      memories: run.memories,
      K: run.K,
      D: 784,
      C: 10,
      showLabels: true,
      caption: `epoch ${run.curve.at(-1)?.epoch ?? 0}`,
    });
  }, [run, version, chart]);
  return <div ref={box} className="lab-grid-box seq-grid-box" />;
}

function RunCard({
  run,
  tasks,
  epochsPerTask,
  names,
  version,
}: {
  run: SeqLiveRun;
  tasks: number;
  epochsPerTask: number;
  names: string[];
  version: number;
}) {
  // The run fills in place: `version` (the cache's) makes a fresh copy for the charts.
  const matrix = useMemo(
    () => ({ name: run.name, tasks, matrix: [...run.matrix], taskNames: names, version }),
    [run, tasks, names, version],
  );
  const curves = useMemo(
    () => ({
      name: run.name,
      tasks,
      epochsPerTask,
      curve: [...run.curve],
      taskNames: names,
      version,
    }),
    [run, tasks, epochsPerTask, names, version],
  );
  return (
    <article className="seq-run-card" data-run={run.id}>
      <h3>{run.name}</h3>
      <div className="seq-run-charts">
        <SvgChart render={renderSeqMatrix} data={matrix} className="seq-chart seq-matrix-chart" />
        <SvgChart render={renderSeqCurves} data={curves} className="seq-chart seq-curves-chart" />
      </div>
      <SeqMemories run={run} version={version} />
    </article>
  );
}

export function SeqView() {
  const rt = useTrain();
  const r = useCacheSelect(rt.seq.results, (x) => x);
  const version = useCacheSelect(rt.seq.results, () => rt.seq.results.version());
  const setup = useDamStore((s) => s.seq.setup);
  const kind = r.setup?.kind ?? setup.kind;
  const names = useMemo(
    () => taskNames({ kind, tasks: r.tasks || setup.tasks }),
    [kind, r.tasks, setup.tasks],
  );
  return (
    <div className="lab-view seq-view">
      <section className="panel seq-summary" aria-labelledby="seq-summary-heading">
        <h2 id="seq-summary-heading">Learning tasks one after another</h2>
        <p className="note">
          Each run trains the tasks in turn. The matrix’s row i is the test accuracy on every task
          after task i; forgetting is how far a task’s accuracy fell from its best before the last
          task. The paper (McAlister et al. 2025) finds rehearsal methods strongly effective and
          regularisation dependent on the data and regime; the table says what these runs measured.
        </p>
        {r.runs.length > 0 ? (
          <table className="seq-table">
            <thead>
              <tr>
                <th scope="col">run</th>
                <th scope="col">average final accuracy</th>
                <th scope="col">average forgetting</th>
                <th scope="col">training time</th>
              </tr>
            </thead>
            <tbody>
              {r.runs.map((run) => (
                <tr key={run.id} data-run={run.id}>
                  <th scope="row">{run.name}</th>
                  <td>{pct(run.result?.finalAccuracy)}</td>
                  <td>{pct(run.result?.forgetting)}</td>
                  <td>{run.result ? `${(run.result.ms / 1000).toFixed(1)} s` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="note">Press “Train the sequence”, or open a run file.</p>
        )}
      </section>
      {r.runs.map((run) => (
        <RunCard
          key={`${r.source}-${run.id}-${run.name}`}
          run={run}
          tasks={r.tasks}
          epochsPerTask={r.epochsPerTask}
          names={names}
          version={version}
        />
      ))}
      <section className="panel seq-export" aria-labelledby="seq-export-heading">
        <h2 id="seq-export-heading">Export</h2>
        <div className="button-row">
          <button
            type="button"
            disabled={!r.runs.length}
            onClick={() => downloadText(seqMatrixCsv(r), 'dam-seq-matrix.csv', 'text/csv')}
          >
            Matrices CSV
          </button>
          <button
            type="button"
            disabled={!r.runs.length}
            onClick={() => downloadText(seqCurveCsv(r), 'dam-seq-curves.csv', 'text/csv')}
          >
            Curves CSV
          </button>
          <button
            type="button"
            disabled={!r.runs.length}
            onClick={() => downloadText(seqJson(r), 'dam-seq.json', 'application/json')}
          >
            Everything JSON
          </button>
        </div>
        <PngButtons
          figures={[
            { id: 'matrix', label: 'first matrix', selector: '.seq-matrix-chart svg' },
            { id: 'curves', label: 'first curves', selector: '.seq-curves-chart svg' },
          ]}
          prefix="dam-seq"
        />
      </section>
    </div>
  );
}
