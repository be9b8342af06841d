/**
 * The four views of the measured points, each a framework-free chart (./charts) updated in
 * place as points arrive, with its caption (the chart's text alternative) printed under it:
 * P(success) against K, K_max against N, log K_max against d_H, and the dataset statistics.
 */
import { useEffect, useMemo, useState } from 'react';
import { useChart } from '../../../components/charts/useChart';
import type { PointLine } from '../../../core/capacity/types';
import { Term } from '../../../shell/ui/Term';
import { curvesCaption, scalingCaption, separationCaption, statsCaption } from '../app/captions';
import { curvesOf, lengthsOf, seriesAgainst, theoryLines, keyText } from '../app/views';
import { widthFor } from '../../../charts/frame';
import { renderDatasetStats, type StatsChart } from './charts/dataset-stats';
import { renderKmaxScaling, type ScalingChart } from './charts/kmax-scaling';
import { renderKmaxSeparation, type SeparationChart } from './charts/kmax-separation';
import { renderSuccessCurves, type CurvesChart } from './charts/success-curves';

/** A chart as wide as its box (300–720 units) and a little less tall on a phone. */
function sizeFor(el: HTMLElement) {
  const width = widthFor(el, 560);
  return { width, height: Math.round(Math.min(300, Math.max(230, width * 0.55))) };
}

export function CurvesView({ lines }: { lines: readonly PointLine[] }) {
  const lengths = useMemo(() => lengthsOf(lines), [lines]);
  const [asked, setAsked] = useState<number | null>(null);
  const [alpha, setAlpha] = useState(false);
  const N = asked !== null && lengths.includes(asked) ? asked : lengths[lengths.length - 1];
  const curves = useMemo(
    () => curvesOf(lines, lengths.length > 1 ? N : undefined),
    [lines, lengths, N],
  );
  const caption = curvesCaption(curves);
  const { box, chart } = useChart<CurvesChart>((el) => renderSuccessCurves(el, sizeFor(el)), []);
  useEffect(
    () => chart.current?.update({ curves, alpha, caption }),
    [chart, curves, alpha, caption],
  );
  return (
    <figure className="capacity-figure" data-view="curve">
      <div className="chart-head">
        <h3>
          P(success) against K, <Term id="wilson-band">95% Wilson bands</Term>
        </h3>
        <div className="view-options">
          {lengths.length > 1 && (
            <label className="control inline">
              <span className="control-label">at N =</span>
              <select value={N} onChange={(e) => setAsked(Number(e.currentTarget.value))}>
                {lengths.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="row-checks">
            <input
              type="checkbox"
              checked={alpha}
              onChange={(e) => setAlpha(e.currentTarget.checked)}
            />
            x as α = K/N
          </label>
        </div>
      </div>
      <div ref={box} className="capacity-box" />
      <figcaption>{caption}</figcaption>
      <p className="note">
        The tick on each curve marks <Term id="k50">K at ½</Term>. Past a trial&apos;s scan end
        (1.25 × its first failure) the trial counts as failed.
      </p>
    </figure>
  );
}

export function ScalingView({ lines }: { lines: readonly PointLine[] }) {
  const series = useMemo(() => seriesAgainst(lines, 'N'), [lines]);
  const theory = useMemo(() => theoryLines(series), [series]);
  const caption = scalingCaption(series, theory);
  const { box, chart } = useChart<ScalingChart>((el) => renderKmaxScaling(el, sizeFor(el)), []);
  useEffect(
    () => chart.current?.update({ series, theory, caption }),
    [chart, series, theory, caption],
  );
  return (
    <figure className="capacity-figure" data-view="scaling">
      <h3>
        <Term id="kmax">K_max</Term> against N, log–log: median and{' '}
        <Term id="iqr">interquartile range</Term>, <Term id="fitted-slope">fitted slopes</Term>,{' '}
        <Term id="theory-lines">theory lines</Term>
      </h3>
      <div ref={box} className="capacity-box" />
      <figcaption>{caption}</figcaption>
      <p className="note">
        Hollow dots have trials that only reached a <Term id="lower-bound">lower bound</Term>.
      </p>
    </figure>
  );
}

export function SeparationView({ lines }: { lines: readonly PointLine[] }) {
  const series = useMemo(() => seriesAgainst(lines, 'dH'), [lines]);
  const caption = separationCaption(series);
  const { box, chart } = useChart<SeparationChart>(
    (el) => renderKmaxSeparation(el, sizeFor(el)),
    [],
  );
  useEffect(() => chart.current?.update({ series, caption }), [chart, series, caption]);
  return (
    <figure className="capacity-figure" data-view="separation">
      <h3>
        log K_max against <Term id="min-hamming">d_H</Term>, per power n and{' '}
        <Term id="feature-correlation">correlation ρ</Term>
      </h3>
      <div ref={box} className="capacity-box" />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** A point's name in the statistics picker. */
function pointName(l: PointLine): string {
  const d = l.spec.data;
  const parts = [`N = ${d.N}`];
  if (d.kind === 'correlated' || (d.kind === 'separated' && d.base === 'correlated'))
    parts.push(keyText('rho', d.rho));
  if (d.kind === 'separated') parts.push(keyText('dH', d.dH));
  if (d.kind === 'mnist') parts.push(`digits ${d.classes.join('')}`);
  return `${l.series}: ${parts.join(', ')}`;
}

export function StatsView({ lines }: { lines: readonly PointLine[] }) {
  const [asked, setAsked] = useState(0);
  const line = lines.find((l) => l.index === asked) ?? lines[0] ?? null;
  const title = line ? pointName(line) : '';
  const caption = statsCaption(line, title);
  const { box, chart } = useChart<StatsChart>((el) => renderDatasetStats(el, sizeFor(el)), []);
  useEffect(
    () =>
      chart.current?.update({
        stats: line?.stats ?? null,
        N: line?.spec.data.N ?? 100,
        title,
        caption,
      }),
    [chart, line, title, caption],
  );
  return (
    <figure className="capacity-figure" data-view="stats">
      <div className="chart-head">
        <h3>Dataset statistics</h3>
        {lines.length > 1 && (
          <label className="control inline">
            <span className="control-label">Point</span>
            <select
              value={line?.index ?? 0}
              onChange={(e) => setAsked(Number(e.currentTarget.value))}
            >
              {lines.map((l) => (
                <option key={l.index} value={l.index}>
                  {pointName(l)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div ref={box} className="capacity-box" />
      <figcaption>{caption}</figcaption>
      {lines.length > 0 && (
        <table className="capacity-stats-table" aria-label="Statistics of every point's first pool">
          <thead>
            <tr>
              <th>point</th>
              <th>mean |corr|</th>
              <th>min d</th>
              <th>mean d</th>
              <th>pool</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.index} className={l === line ? 'on' : undefined}>
                <td>{pointName(l)}</td>
                <td>{l.stats.meanAbsCorr.toFixed(3)}</td>
                <td>{l.stats.minHamming}</td>
                <td>{l.stats.meanHamming.toFixed(1)}</td>
                <td>
                  {Math.min(...l.pool.reached)}
                  {l.pool.gaveUp ? ' (gave up)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
