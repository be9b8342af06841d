/**
 * A dataset's measured statistics: the histogram of pairwise Hamming distances (bars), with its
 * minimum and mean marked; the mean |feature correlation| in the legend. Framework-free d3 SVG.
 */
import { axisBottom, axisLeft, scaleLinear } from 'd3';
import type { DatasetStats } from '../../../../core/capacity/types';
import { OKABE_ITO } from '../../../../charts/palette';
import {
  attachHover,
  axisTitles,
  createFrame,
  drawLegend,
  num,
  type HoverMark,
} from '../../../../charts/frame';

export interface StatsData {
  stats: DatasetStats | null;
  /** Pattern length (the x axis runs 0…N). */
  N: number;
  title: string;
  caption: string;
}

export interface StatsChart {
  update(data: StatsData): void;
  destroy(): void;
}

const EMPTY = 'Dataset statistics: no points measured yet';

export function renderDatasetStats(
  el: HTMLElement,
  opts: { width: number; height: number },
): StatsChart {
  const f = createFrame(el, { ...opts, className: 'dataset-stats', empty: EMPTY });
  let marks: HoverMark[] = [];
  const stopHover = attachHover(el, f, () => marks);

  return {
    update({ stats, N, title, caption }) {
      f.axes.selectAll('*').remove();
      f.plot.selectAll('*').remove();
      marks = [];
      const hist = stats?.hist ?? [];
      const w = stats?.binWidth ?? 1;
      const x = scaleLinear()
        .domain([0, Math.max(N, hist.length * w)])
        .range([f.x0, f.x1]);
      const y = scaleLinear()
        .domain([0, Math.max(1, ...hist)])
        .nice()
        .range([f.y0, f.y1]);
      f.axes.append('g').attr('transform', `translate(0,${f.y0})`).call(axisBottom(x).ticks(8));
      f.axes
        .append('g')
        .attr('transform', `translate(${f.x0},0)`)
        .call(
          axisLeft(y)
            .ticks(5)
            .tickFormat((d) => (+d >= 1000 ? `${+d / 1000}k` : `${+d}`)),
        );
      axisTitles(f, 'pairwise Hamming distance', 'pairs');
      hist.forEach((count, i) => {
        if (count === 0) return;
        const left = x(i * w);
        const right = x((i + 1) * w);
        f.plot
          .append('rect')
          .attr('class', 'hist-bar')
          .attr('x', left)
          .attr('width', Math.max(1, right - left - 0.5))
          .attr('y', y(count))
          .attr('height', f.y0 - y(count))
          .attr('fill', OKABE_ITO.skyBlue);
        marks.push({
          x: (left + right) / 2,
          y: y(count),
          lines: [`distance ${i * w}${w > 1 ? `–${(i + 1) * w - 1}` : ''}`, `${num(count)} pairs`],
        });
      });
      if (!stats) {
        f.finish(drawLegend(f, []), EMPTY);
        return;
      }
      const rule = (at: number, colour: string, dash: string | null) =>
        f.plot
          .append('line')
          .attr('x1', x(at))
          .attr('x2', x(at))
          .attr('y1', f.y0)
          .attr('y2', f.y1)
          .attr('stroke', colour)
          .attr('stroke-width', 2)
          .attr('stroke-dasharray', dash);
      rule(stats.minHamming, OKABE_ITO.vermillion, null);
      rule(stats.meanHamming, OKABE_ITO.blue, '5 3');
      const rows = drawLegend(f, [
        {
          colour: OKABE_ITO.vermillion,
          mark: 'dot',
          text: `${title}: min distance ${stats.minHamming}`,
        },
        { colour: OKABE_ITO.blue, mark: 'dash', text: `mean distance ${num(stats.meanHamming)}` },
        {
          colour: '#555',
          mark: 'band',
          text: `mean |feature correlation| ${stats.meanAbsCorr.toFixed(3)} over ${stats.count} patterns`,
        },
      ]);
      f.finish(rows, caption);
    },
    destroy() {
      stopHover();
      f.destroy();
    },
  };
}
