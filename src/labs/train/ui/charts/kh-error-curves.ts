/**
 * Train and test error against epoch for the lab's runs: one colour per run (Okabe–Ito), test
 * error solid, train error dashed, an optional log scale, and a marker at the scrubbed epoch with
 * each run's errors there. Framework-free d3 SVG (scales to its container's width).
 */
import { axisBottom, axisLeft, format, line, max, scaleLinear, scaleLog, select } from 'd3';
import type { KhEpochRecord } from '../../../../core/classifier/kh-snapshot';

export interface ErrorSeries {
  name: string;
  colour: string;
  history: readonly KhEpochRecord[];
}

export interface ErrorCurvesData {
  series: readonly ErrorSeries[];
  /** Epoch marked by the scrubber (null: none). */
  marker: number | null;
  log: boolean;
}

export interface ErrorCurves {
  update(data: ErrorCurvesData): void;
  destroy(): void;
}

const MARGIN = { top: 26, right: 16, bottom: 36, left: 50 };
/** Smallest error drawn on the log scale (0% would be −∞). */
export const LOG_FLOOR = 0.001;

/** The history record at `epoch`, or the last one before it (null when none). */
export function recordAt(history: readonly KhEpochRecord[], epoch: number): KhEpochRecord | null {
  let best: KhEpochRecord | null = null;
  for (const h of history) if (h.epoch <= epoch && (!best || h.epoch > best.epoch)) best = h;
  return best;
}

export function renderErrorCurves(
  el: HTMLElement,
  opts: { width: number; height: number },
): ErrorCurves {
  const { width, height } = opts;
  const svg = select(el)
    .append('svg')
    .attr('class', 'kh-error-curves')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', 'Error curves: no epochs yet');
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - MARGIN.bottom})`);
  const yAxis = svg.append('g').attr('transform', `translate(${MARGIN.left},0)`);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (MARGIN.left + width - MARGIN.right) / 2)
    .attr('y', height - 4)
    .attr('text-anchor', 'middle')
    .text('epoch');
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(12,${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text('error');
  const plot = svg.append('g');
  const legend = svg.append('g').attr('class', 'legend');
  const empty = svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (MARGIN.left + width - MARGIN.right) / 2)
    .attr('y', (MARGIN.top + height - MARGIN.bottom) / 2)
    .attr('text-anchor', 'middle');

  return {
    update({ series, marker, log }) {
      const last = max(series, (s) => max(s.history, (h) => h.epoch)) ?? 0;
      const top = max(series, (s) => max(s.history, (h) => Math.max(h.testError, h.trainError)));
      const x = scaleLinear()
        .domain([0, Math.max(1, last)])
        .range([MARGIN.left, width - MARGIN.right]);
      const yLin = scaleLinear()
        .domain([0, Math.min(1, Math.max(0.05, (top ?? 1) * 1.05))])
        .range([height - MARGIN.bottom, MARGIN.top]);
      const yLog = scaleLog()
        .domain([LOG_FLOOR, 1])
        .range([height - MARGIN.bottom, MARGIN.top])
        .clamp(true);
      const y = (v: number) => (log ? yLog(Math.max(LOG_FLOOR, v)) : yLin(v));
      xAxis.call(
        axisBottom(x)
          .ticks(Math.min(8, Math.max(1, last)))
          .tickFormat(format('d')),
      );
      yAxis.call(
        log
          ? axisLeft(yLog).tickValues([0.001, 0.01, 0.1, 1]).tickFormat(format('.1~%'))
          : axisLeft(yLin).ticks(5).tickFormat(format('.0%')),
      );
      plot.selectAll('*').remove();
      legend.selectAll('*').remove();
      const hasData = series.some((s) => s.history.length > 0);
      empty.text(hasData ? '' : 'No epochs yet');
      for (const s of series) {
        const pts = [...s.history].sort((a, b) => a.epoch - b.epoch);
        if (!pts.length) continue;
        for (const [key, dash] of [
          ['trainError', '5 4'],
          ['testError', null],
        ] as const) {
          plot
            .append('path')
            .attr('class', key === 'testError' ? 'test-line' : 'train-line')
            .attr('fill', 'none')
            .attr('stroke', s.colour)
            .attr('stroke-width', key === 'testError' ? 2.2 : 1.6)
            .attr('stroke-dasharray', dash)
            .attr(
              'd',
              line<KhEpochRecord>()
                .x((h) => x(h.epoch))
                .y((h) => y(h[key]))(pts),
            );
        }
        if (pts.length <= 60) {
          plot
            .selectAll(null)
            .data(pts)
            .join('circle')
            .attr('class', 'test-point')
            .attr('cx', (h) => x(h.epoch))
            .attr('cy', (h) => y(h.testError))
            .attr('r', 2.4)
            .attr('fill', s.colour);
        }
      }
      if (marker !== null && hasData) {
        plot
          .append('line')
          .attr('class', 'scrub-marker')
          .attr('x1', x(marker))
          .attr('x2', x(marker))
          .attr('y1', MARGIN.top)
          .attr('y2', height - MARGIN.bottom)
          .attr('stroke', '#475467')
          .attr('stroke-dasharray', '2 3');
        for (const s of series) {
          const r = recordAt(s.history, marker);
          if (!r) continue;
          for (const v of [r.testError, r.trainError]) {
            plot
              .append('circle')
              .attr('class', 'marker-dot')
              .attr('cx', x(r.epoch))
              .attr('cy', y(v))
              .attr('r', 4.5)
              .attr('fill', v === r.testError ? s.colour : '#fff')
              .attr('stroke', s.colour)
              .attr('stroke-width', 2);
          }
        }
      }
      // Legend: one swatch per run, then the line styles.
      let lx = MARGIN.left;
      const items: { text: string; colour: string; dash: string | null }[] = [
        ...series.map((s) => ({ text: s.name, colour: s.colour, dash: null })),
        { text: 'test', colour: '#475467', dash: null },
        { text: 'train', colour: '#475467', dash: '5 4' },
      ];
      for (const it of items) {
        const g = legend.append('g').attr('transform', `translate(${lx},10)`);
        g.append('line')
          .attr('x1', 0)
          .attr('x2', 18)
          .attr('y1', 0)
          .attr('y2', 0)
          .attr('stroke', it.colour)
          .attr('stroke-width', 2.2)
          .attr('stroke-dasharray', it.dash);
        g.append('text').attr('class', 'legend-text').attr('x', 22).attr('y', 4).text(it.text);
        lx += 30 + it.text.length * 6.5;
      }
      const words = series
        .map((s) => {
          const r = marker === null ? s.history[s.history.length - 1] : recordAt(s.history, marker);
          return r
            ? `${s.name}: test ${(100 * r.testError).toFixed(1)}%, train ${(100 * r.trainError).toFixed(1)}% at epoch ${r.epoch}`
            : `${s.name}: no epochs`;
        })
        .join('; ');
      svg.attr('aria-label', hasData ? `Error curves. ${words}` : 'Error curves: no epochs yet');
    },
    destroy() {
      svg.remove();
    },
  };
}
