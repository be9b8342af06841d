/**
 * The paper's curves, live: the energy error between the distributed and the exact memory
 * against Y (log–log, fitted slope per β and query kind) and the retrieval agreement (Hamming
 * distance between binarised fixed points) against Y. Points appear as each (β, Y) finishes.
 */
import { useMemo } from 'react';
import { num } from '../../../../charts/frame';
import { Segmented } from '../../../../components/controls/Segmented';
import { Slider } from '../../../../components/controls/Slider';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';
import {
  renderErrorCurve,
  renderRetrievalCurve,
  slopeText,
  type ErrorCurveData,
} from '../charts/rf-error-curve';
import { paperCuts, ysUpTo } from '../../app/rf-presets';
import { SvgChart } from '../../../../components/charts/SvgChart';
import { RfCompare } from './RfCompare';
import { RfJobBar } from './RfJobBar';
import { RfRetrievalTable } from './RfRetrievalTable';
import { useRf, useRfResults } from './use-rf';

const KINDS = [
  { value: 'toy' as const, label: '2-D toy' },
  { value: 'quant1b' as const, label: 'QUANT1b' },
];

export function RfCurvePanel() {
  const rt = useRf();
  const curve = useRfResults((r) => r.curve);
  const f = useDamStore((s) => s.features);
  const student = useDamStore((s) => s.ui.student);
  const set = useDamStore((s) => s.setFeatures);
  const data = useMemo<ErrorCurveData>(
    () => ({
      points: curve?.points ?? [],
      curves: curve?.result?.curves ?? [],
      baselines: curve?.result?.baselines ?? [],
    }),
    [curve],
  );
  const top = f.curveKind === 'toy' ? f.toyCurve.top : Math.log2(Math.max(...f.curve.Ys));
  const setTop = (t: number) =>
    f.curveKind === 'toy'
      ? set({ preset: null, toyCurve: { ...f.toyCurve, top: t } })
      : set({ preset: null, curve: { ...f.curve, Ys: ysUpTo(t) } });
  const slopes = curve?.result?.curves.filter((c) => c.slope !== null) ?? [];
  return (
    <section className="panel rf-curve" aria-labelledby="rf-curve-heading">
      <h2 id="rf-curve-heading">
        <Term id="rf-energy-error">Energy error</Term> against Y
      </h2>
      <Segmented
        labelledBy="rf-curve-heading"
        options={KINDS}
        value={f.curveKind}
        onChange={(curveKind) => set({ curveKind, preset: null })}
      />
      <p className="note">
        {f.curveKind === 'toy'
          ? `The toy's ${f.toy.memories.length / 2} memories, β = ${f.toyCurve.betas.join(', ')}; queries at the memories, near them and at random points of the plane.`
          : `${f.curve.K} random binary patterns in D = ${f.curve.D}, β = ${f.curve.betas.join(', ')}; queries at the memories, with ${Math.round(100 * f.curve.nearFlip)}% of bits flipped, and random. Measured: the energy error against Y${f.curve.retrieval ? `, and from ${f.curve.retrieval.queries} of the ${f.curve.queries.includes('near') ? 'near' : f.curve.queries.includes('stored') ? 'stored' : 'random'} queries whether both memories descend to the same binary fixed point` : ''}.`}
      </p>
      {f.curveKind === 'quant1b' && (
        <p className="note" data-rf="paper-cuts">
          {paperCuts(f.curve)}
        </p>
      )}
      <Slider
        label="Largest Y"
        min={9}
        max={f.curveKind === 'toy' ? 18 : 16}
        step={1}
        value={top}
        display={(v) => `2^${v}`}
        onChange={setTop}
      />
      <RfJobBar
        job="curve"
        label="Measure the curve"
        unit="(β, Y) pairs"
        start={() => void rt.runCurve()}
        doneLine={
          curve?.result
            ? `${curve.result.points.length} points, T built by ${curve.result.builtBy}`
            : 'Done'
        }
      />
      <SvgChart
        minHeight={190}
        className="rf-chart rf-error-box"
        render={renderErrorCurve}
        data={data}
        aspect={0.55}
      />
      {slopes.length > 0 && (
        <p className="note rf-slopes" data-rf="slopes">
          <Term id="rf-slope">Fitted slopes</Term>:{' '}
          {slopes
            .map((c) => `β = ${num(c.beta)} ${c.query}: ${slopeText(slopes, c.beta, c.query)}`)
            .join('; ')}
          . Theory: −½ (error ∝ 1/√Y).
        </p>
      )}
      {curve?.kind === 'quant1b' && (
        <>
          <h3>
            <Term id="rf-hamming">Retrieval agreement</Term>
          </h3>
          <p className="note">
            Both memories descend from the same queries (α = {f.curve.retrieval?.alpha}); their
            fixed points, made binary at 0.5/√D, are compared bit by bit: the chart shows the mean
            Hamming distance (0 = the same pattern), the table how many agree exactly.
          </p>
          <SvgChart
            minHeight={190}
            className="rf-chart rf-retrieval-box"
            render={renderRetrievalCurve}
            data={data}
            aspect={0.45}
          />
          <RfRetrievalTable points={data.points} queries={f.curve.retrieval?.queries ?? 1} />
        </>
      )}
      <RfCompare />
      {!student && curve?.result && (
        <p className="note">
          The largest Y that fits this D: {curve.result.maxY.toLocaleString('en')}. Measured in{' '}
          {num(curve.result.ms / 1000)} s in the worker.
        </p>
      )}
    </section>
  );
}
