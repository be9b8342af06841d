/**
 * Horizontal bars for the top memories: overlaps in [−1, 1] or softmax weights in [0, 1], the
 * winner highlighted. Framework-free d3, fixed number of rows, updated in place per frame.
 */
import { scaleLinear, select } from 'd3';
import { NEGATIVE, OTHER, WINNER } from './palette';

export interface ValueBarsOptions {
  width: number;
  rows: number;
  /** [−1, 1] for overlaps, [0, 1] for weights. */
  domain: [number, number];
  title: string;
}

export interface BarRow {
  label: string;
  value: number;
  winner: boolean;
}

export interface ValueBars {
  update(rows: BarRow[], caption?: string): void;
  destroy(): void;
}

const ROW = 17;
const LEFT = 104;
const RIGHT = 40;

export function renderValueBars(el: HTMLElement, opts: ValueBarsOptions): ValueBars {
  const height = opts.rows * ROW + 18;
  const svg = select(el)
    .append('svg')
    .attr('class', 'value-bars')
    .attr('viewBox', `0 0 ${opts.width} ${height}`)
    .attr('width', opts.width)
    .attr('height', height)
    .attr('role', 'img');
  const x = scaleLinear()
    .domain(opts.domain)
    .range([LEFT, opts.width - RIGHT]);
  const zero = x(Math.max(opts.domain[0], 0));
  svg
    .append('line')
    .attr('x1', zero)
    .attr('x2', zero)
    .attr('y1', 0)
    .attr('y2', opts.rows * ROW)
    .attr('stroke', '#98a2b3');
  const body = svg.append('g');
  const caption = svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', LEFT)
    .attr('y', height - 4);

  return {
    update(rows, text) {
      caption.text(text ?? '');
      svg.attr(
        'aria-label',
        `${opts.title}: ` +
          (rows.length
            ? rows
                .map((r) => `${r.label} ${r.value.toFixed(2)}${r.winner ? ' (winner)' : ''}`)
                .join(', ')
            : 'none'),
      );
      const g = body
        .selectAll<SVGGElement, BarRow>('g.row')
        .data(rows.slice(0, opts.rows))
        .join((enter) => {
          const row = enter.append('g').attr('class', 'row');
          row
            .append('text')
            .attr('class', 'bar-label')
            .attr('x', LEFT - 6)
            .attr('text-anchor', 'end');
          row.append('rect').attr('height', ROW - 5);
          row.append('text').attr('class', 'bar-value');
          return row;
        })
        .attr('transform', (_, i) => `translate(0,${i * ROW})`);
      g.select('text.bar-label')
        .attr('y', ROW - 6)
        .text((r) => r.label)
        .attr('font-weight', (r) => (r.winner ? 700 : 400));
      g.select('rect')
        .attr('y', 1)
        .attr('x', (r) => Math.min(zero, x(r.value)))
        .attr('width', (r) => Math.abs(x(r.value) - zero))
        .attr('fill', (r) => (r.winner ? WINNER : r.value < 0 ? NEGATIVE : OTHER));
      g.select('text.bar-value')
        .attr('x', opts.width - RIGHT + 4)
        .attr('y', ROW - 6)
        .text((r) => r.value.toFixed(2));
    },
    destroy() {
      svg.remove();
    },
  };
}
