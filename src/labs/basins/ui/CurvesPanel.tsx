/**
 * Basin-size curves: P(retrieve memory k) against the flip fraction with 95% bands, for the
 * current model and optionally the compare set-up's models, and the basin radius per memory.
 */
import { Term } from '../../../shell/ui/Term';
import { useEffect, useState } from 'react';
import { CURVE_TRIALS } from '../app/curves';
import { curveColour, renderBasinCurves, type BasinCurvesChart } from './charts/basin-curves';
import { useDamStore } from '../../../store';
import { basinCurvesCsv } from '../app/basin-math';
import { downloadText, exportPng } from '../../../shell/files/download';
import { useChart } from '../../../components/charts/useChart';
import { useBasinTick } from './useBasinTick';
import { errorMessage } from '../../../core/util/error-message';
import { useBasins } from './context';

export function CurvesPanel() {
  const rt = useBasins();
  const curves = useDamStore((s) => s.basinRun.curves);
  const labels = useDamStore((s) => s.bank.items.map((it) => it.label).join('\u0000'));
  const notify = useDamStore((s) => s.notify);
  const [overlay, setOverlay] = useState(true);
  const [memory, setMemory] = useState(0);
  const [sets, setSets] = useState(rt.results.get().curves);

  const { box, chart } = useChart<BasinCurvesChart>(
    (el) => renderBasinCurves(el, { width: 420, height: 240 }),
    [],
  );
  useBasinTick(({ curves: now }) => setSets(now));
  useEffect(() => chart.current?.update({ sets, memory }), [chart, sets, memory]);

  const names = labels.split('\u0000');
  const mems = sets[0]?.curves.map((c) => c.memory) ?? [];
  const busy = curves.status === 'computing';

  return (
    <section className="panel basin-panel curves-panel" aria-labelledby="curves-heading">
      <h2 id="curves-heading">
        <Term id="basin-radius">Basin size</Term>
      </h2>
      <div className="curves-actions">
        <button type="button" disabled={busy} onClick={() => void rt.curves.compute(overlay)}>
          {busy
            ? `Computing… ${Math.round((100 * curves.done) / Math.max(1, curves.total))}%`
            : 'Compute curves'}
        </button>
        <label className="row-checks">
          <input
            type="checkbox"
            checked={overlay}
            onChange={(e) => setOverlay(e.currentTarget.checked)}
          />
          with the compared models
        </label>
        <label className="control inline">
          <span className="control-label">Memory</span>
          <select
            aria-label="Memory"
            value={memory}
            onChange={(e) => setMemory(Number(e.currentTarget.value))}
          >
            {(mems.length ? mems : [0]).map((k) => (
              <option key={k} value={k}>
                {k}: {names[k] ?? ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {curves.status === 'error' && <p className="error">{curves.error}</p>}
      <p className="note">
        {CURVE_TRIALS} seeded trials per point; bands are 95% Wilson intervals. The radius is the
        flip fraction where retrieval drops below 50%.
      </p>
      <div className="curves-row">
        <div ref={box} className="curves-box" />
        {sets.length > 0 && (
          <table className="radius-table" aria-label="Basin radius per memory">
            <thead>
              <tr>
                <th>memory</th>
                {sets.map((s, i) => (
                  <th key={s.model} style={{ color: curveColour(i) }}>
                    {s.model}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mems.map((k) => (
                <tr key={k} className={k === memory ? 'on' : undefined}>
                  <td>
                    {k}: {names[k] ?? ''}
                  </td>
                  {sets.map((s) => {
                    const r = s.curves.find((c) => c.memory === k)?.radius;
                    return (
                      <td key={s.model}>
                        {r === null || r === undefined ? '> 0.5' : r.toFixed(3)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="export-panel" role="group" aria-label="Export the curves">
        <span className="muted">Export curves</span>
        <button
          type="button"
          disabled={!sets.length}
          onClick={() => {
            const el = box.current?.querySelector('svg');
            if (!el) return;
            exportPng(el, 'dam-basin-curves.png').catch((err: unknown) =>
              notify(`PNG export failed: ${errorMessage(err)}.`, 'error'),
            );
          }}
        >
          PNG
        </button>
        <button
          type="button"
          disabled={!sets.length}
          onClick={() =>
            downloadText(basinCurvesCsv(sets, CURVE_TRIALS), 'dam-basin-curves.csv', 'text/csv')
          }
        >
          CSV
        </button>
      </div>
    </section>
  );
}
