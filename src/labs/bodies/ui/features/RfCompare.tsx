/**
 * Structured features, one click: the curve's measurement run with dense Gaussian S and with
 * Hadamard blocks (same β, D, K, queries and seed), both on one log–log chart, with a sentence of
 * what was measured and each projection's memory (FeatureMap.bytes at the largest Y) beside it.
 */
import { useMemo } from 'react';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';
import {
  bytesText,
  compareSentence,
  PROJECTION_LABELS,
  renderCompare,
  type CompareData,
} from '../charts/rf-compare';
import type { RfCompareShown } from '../../app/rf-controller';
import { SvgChart } from '../../../../components/charts/SvgChart';

type Side = NonNullable<RfCompareShown['gaussian']>;
import { useRf, useRfResults } from './use-rf';

export function RfCompare() {
  const rt = useRf();
  const c = useRfResults((r) => r.compare);
  const running = useDamStore((s) => s.featuresJobs.curve.status === 'running');
  const data = useMemo<CompareData | null>(() => {
    const sides = [c?.hadamard, c?.gaussian].filter(
      (r): r is Side => r !== null && r !== undefined,
    );
    if (!sides.length) return null;
    return {
      beta: sides[0].points[0]?.beta ?? 0,
      sides: sides.map((r) => ({
        projection: r.projection,
        points: r.points,
        curves: r.curves,
        mapBytes: r.mapBytes,
      })),
    };
  }, [c]);
  const sentence = data && compareSentence(data);
  return (
    <div className="rf-compare" data-rf="compare">
      <h3>
        <Term id="rf-projection">Projection</Term>: Gaussian against Hadamard
      </h3>
      <p className="note">
        The same measurement twice, at equal Y, β, D and K: S drawn densely (Y·D numbers), then as
        structured Hadamard blocks.
      </p>
      <button type="button" disabled={running} onClick={() => void rt.runCompare()}>
        Compare projections
      </button>
      {data && (
        <>
          <SvgChart
            minHeight={190}
            className="rf-chart rf-compare-box"
            render={renderCompare}
            data={data}
            aspect={0.55}
          />
          {sentence && (
            <p className="note" data-rf="compare-sentence">
              Measured: {sentence}
            </p>
          )}
          <ul className="note rf-compare-bytes">
            {data.sides.map((s) => (
              <li key={s.projection} data-rf-bytes={s.projection}>
                {PROJECTION_LABELS[s.projection]} map memory at the largest Y:{' '}
                {bytesText(s.mapBytes ?? 0)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
