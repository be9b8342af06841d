/**
 * "Contributors per decision" as small multiples, one row per run: over the test digits, how many
 * memories carry 90% of the evidence for the winning label (a histogram on a log axis shared by
 * every row), with the median marked (solid) and the median effective number exp(entropy of the
 * shares) marked (dashed). The numbers come from ContributorStats (src/core/kh-explain.ts).
 * Framework-free d3 SVG.
 */
import { axisBottom, format, max, scaleLinear, scaleLog, select } from 'd3';
import type { ContributorStats } from '../../../../core/classifier/kh-explain';
import { textSafe } from './kh-colors';

export interface ContributorRow {
  name: string;
  colour: string;
  /** Null while it is being computed or when it failed. */
  stats: ContributorStats | null;
  /** Shown in the row when there are no statistics ("computing…", an error). */
  note?: string;
}

export interface ContributorsChart {
  update(rows: readonly ContributorRow[], K: number): void;
  destroy(): void;
}

const ROW_H = 62;
const MARGIN = { top: 8, right: 16, bottom: 34, left: 70 };

export function renderContributors(el: HTMLElement, opts: { width: number }): ContributorsChart {
  const { width } = opts;
  const svg = select(el)
    .append('svg')
    .attr('class', 'kh-contributors')
    .attr('role', 'img')
    .attr('aria-label', 'Contributors per decision: none yet');
  const body = svg.append('g');
  const xAxis = svg.append('g');
  const xLabel = svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('text-anchor', 'middle')
    .attr('x', (MARGIN.left + width - MARGIN.right) / 2)
    .text('memories carrying 90% of the evidence (log scale)');

  return {
    update(rows, K) {
      const height = MARGIN.top + rows.length * ROW_H + MARGIN.bottom;
      svg.attr('viewBox', `0 0 ${width} ${height}`);
      const x = scaleLog()
        .domain([0.5, Math.max(2, K) + 0.5])
        .range([MARGIN.left, width - MARGIN.right]);
      const ticks = [1, 2, 5, 10, 20, 50, 100, 200, 400].filter((t) => t <= Math.max(2, K));
      xAxis
        .attr('transform', `translate(0,${height - MARGIN.bottom})`)
        .call(axisBottom(x).tickValues(ticks).tickFormat(format('d')));
      xLabel.attr('y', height - 4);
      body.selectAll('*').remove();
      rows.forEach((row, i) => {
        const top = MARGIN.top + i * ROW_H;
        const g = body.append('g').attr('class', 'contrib-row');
        g.append('text')
          .attr('class', 'row-label')
          .attr('x', MARGIN.left - 8)
          .attr('y', top + ROW_H / 2)
          .attr('text-anchor', 'end')
          .attr('fill', textSafe(row.colour))
          .text(row.name);
        g.append('line')
          .attr('x1', MARGIN.left)
          .attr('x2', width - MARGIN.right)
          .attr('y1', top + ROW_H - 6)
          .attr('y2', top + ROW_H - 6)
          .attr('stroke', '#d0d5dd');
        const stats = row.stats;
        if (!stats) {
          g.append('text')
            .attr('class', 'axis-label')
            .attr('x', MARGIN.left + 6)
            .attr('y', top + ROW_H / 2)
            .text(row.note ?? 'computing…');
          return;
        }
        const hist = Array.from(stats.histogram);
        const peak = max(hist.slice(1)) ?? 0;
        const y = scaleLinear()
          .domain([0, Math.max(1, peak)])
          .range([top + ROW_H - 6, top + 8]);
        const bars = hist.map((count, k) => ({ k, count })).filter((b) => b.k >= 1 && b.count > 0);
        g.selectAll(null)
          .data(bars)
          .join('rect')
          .attr('class', 'contrib-bar')
          .attr('x', (b) => Math.min(x(b.k - 0.5), x(b.k) - 1.5))
          .attr('width', (b) => Math.max(3, x(b.k + 0.5) - x(b.k - 0.5) - 0.5))
          .attr('y', (b) => y(b.count))
          .attr('height', (b) => y(0) - y(b.count))
          .attr('fill', row.colour)
          .attr('fill-opacity', 0.75);
        const mark = (v: number, dash: string | null, text: string, dy: number) => {
          if (!(v > 0)) return;
          const cx = x(Math.min(Math.max(2, K) + 0.5, Math.max(0.5, v)));
          g.append('line')
            .attr('x1', cx)
            .attr('x2', cx)
            .attr('y1', top + 4)
            .attr('y2', top + ROW_H - 6)
            .attr('stroke', '#1a2040')
            .attr('stroke-opacity', 0.7)
            .attr('stroke-width', 1)
            .attr('stroke-dasharray', dash);
          const right = cx > width - 150;
          g.append('text')
            .attr('class', 'marker-label')
            .attr('x', cx + (right ? -4 : 4))
            .attr('y', top + 12 + dy)
            .attr('text-anchor', right ? 'end' : 'start')
            .text(text);
        };
        mark(stats.median, null, `median ${fmt(stats.median)}`, 0);
        mark(stats.medianEffective, '4 3', `effective ${fmt(stats.medianEffective)}`, 12);
      });
      svg.attr(
        'aria-label',
        rows.length
          ? 'Contributors per decision. ' +
              rows
                .map((r) =>
                  r.stats
                    ? `${r.name}: median ${fmt(r.stats.median)} memories carry 90% of the evidence, median effective number ${fmt(r.stats.medianEffective)}`
                    : `${r.name}: ${r.note ?? 'computing'}`,
                )
                .join('; ')
          : 'Contributors per decision: none yet',
      );
    },
    destroy() {
      svg.remove();
    },
  };
}

/** Whole numbers as they are, others with one decimal. */
export const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));
