/**
 * The retrieval numbers of a QUANT1b curve as a table: per β and Y, how many queries reached the
 * identical binarised fixed point (the paper's "with enough Y the fixed points agree"), the mean
 * Hamming distance, and the steps DrDAM took; under it, per β, what the exact fixed point is (a
 * stored pattern or a mixture) and how close it sits to the binarisation threshold.
 */
import type { FeaturesPoint } from '../../../../core/features/experiment-types';
import { num } from '../../../../charts/frame';
import { Term } from '../../../../shell/ui/Term';

export interface RfRetrievalTableProps {
  points: readonly FeaturesPoint[];
  /** Queries per point (retrieval.queries). */
  queries: number;
}

const log2 = (Y: number) => `2^${num(Math.log2(Y))}`;

/** One line per β on what the exact fixed point is. */
export function exactFixedText(p: FeaturesPoint): string {
  const far = p.retrievalExactToMemory ?? 0;
  const margin = p.retrievalMargin ?? 0;
  const what =
    far === 0
      ? 'the stored pattern itself'
      : `a mixture of memories, ${num(far)} (Hamming/√D) from the nearest one`;
  return (
    `β = ${num(p.beta)}: the exact descent ends at ${what}; its closest coordinate is ` +
    `${margin < 1e-3 ? margin.toExponential(1) : num(margin)} of a bit from the threshold${margin < 0.01 ? ', so DrDAM must be at least that precise to agree exactly' : ''}.`
  );
}

export function RfRetrievalTable({ points, queries }: RfRetrievalTableProps) {
  const rows = points
    .filter((p) => p.retrievalHamming !== undefined)
    .slice()
    .sort((a, b) => a.beta - b.beta || a.Y - b.Y);
  if (!rows.length) return null;
  const firstOf = rows.filter((p, i) => i === 0 || rows[i - 1].beta !== p.beta);
  return (
    <>
      <div className="rf-table-wrap">
        <table className="rf-retrieval-table" data-rf="retrieval-table">
          <caption>
            Retrieval from {queries} {queries === 1 ? 'query' : 'queries'} per β, Y: the{' '}
            <Term id="rf-identical">identical</Term> share is the paper’s exact agreement.
          </caption>
          <thead>
            <tr>
              <th scope="col">β</th>
              <th scope="col">Y</th>
              <th scope="col">identical</th>
              <th scope="col">Hamming/√D</th>
              <th scope="col">DrDAM steps</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.beta}-${p.Y}`} data-rf-agree={p.retrievalAgree}>
                <td>{num(p.beta)}</td>
                <td>{log2(p.Y)}</td>
                <td>
                  {Math.round((p.retrievalAgree ?? 0) * queries)} of {queries}
                </td>
                <td>{num(p.retrievalHamming as number)}</td>
                <td>{p.retrievalSteps === undefined ? '–' : Math.round(p.retrievalSteps)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="note rf-exact-fixed" data-rf="exact-fixed">
        {firstOf.map((p) => (
          <li key={p.beta}>{exactFixedText(p)}</li>
        ))}
      </ul>
    </>
  );
}
