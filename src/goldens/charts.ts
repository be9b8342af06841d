/**
 * Every chart that draws, by golden name: each renders its chart from fixed data (fixtures.ts)
 * into `el`. Canvases that paint one pixel per cell are shown scaled up, pixelated.
 */
import { paintCue, paintGrey } from '../charts/cue-canvas';
import { renderPatternImage } from '../charts/pattern-image';
import { renderValueBars } from '../charts/value-bars';
import { renderBasinCurves } from '../labs/basins/ui/charts/basin-curves';
import { theoryLines, curvesOf, seriesAgainst } from '../labs/capacity/app/views';
import { scalingSample, separationSample } from '../labs/capacity/app/sample-lines';
import { renderDatasetStats } from '../labs/capacity/ui/charts/dataset-stats';
import { renderKmaxScaling } from '../labs/capacity/ui/charts/kmax-scaling';
import { renderKmaxSeparation } from '../labs/capacity/ui/charts/kmax-separation';
import { renderSuccessCurves } from '../labs/capacity/ui/charts/success-curves';
import { renderBasinMap } from '../labs/basins/ui/charts/basin-map';
import { renderEnergyLandscape } from '../labs/basins/ui/charts/energy-landscape';
import { drawMarks, drawPath } from '../labs/basins/ui/charts/plane-overlay';
import { renderEnergyLine } from '../labs/studio/ui/charts/energy-line';
import { drawGrey } from '../labs/studio/ui/charts/grey-thumb';
import { renderOverlapLines } from '../labs/studio/ui/charts/overlap-lines';
import { renderContributors } from '../labs/train/ui/charts/kh-contributors';
import { renderErrorCurves } from '../labs/train/ui/charts/kh-error-curves';
import { renderMemoryGrid } from '../labs/train/ui/charts/kh-memory-grid';
import { paintMemoryTile } from '../labs/train/ui/charts/kh-memory-tile';
import {
  PROBE_PATH,
  basinPass,
  curve,
  greyPixels,
  history,
  leftClamp,
  memoryRows,
  ringPattern,
} from './fixtures';

/** A canvas appended to `el`, shown at `css` px with pixelated scaling. */
function canvasIn(el: HTMLElement, css: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.style.width = c.style.height = `${css}px`;
  c.style.imageRendering = 'pixelated';
  el.appendChild(c);
  return c;
}

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const FLIPS = range(11, (i) => i * 0.05);

export const CHARTS: Record<string, (el: HTMLElement) => void> = {
  'cue-canvas-grey': (el) =>
    paintGrey(canvasIn(el, 224), { width: 28, height: 28, pixels: greyPixels(28) }),
  'cue-canvas-cue': (el) =>
    paintCue(
      canvasIn(el, 224),
      {
        size: 16,
        state: ringPattern(16),
        clamp: leftClamp(16),
        occlude: { x: 9, y: 2, w: 5, h: 4 },
      },
      14,
    ),
  'pattern-image': (el) =>
    renderPatternImage(el, { side: 16, size: 160, label: 'ring' }).update(
      ringPattern(16),
      'ring',
      leftClamp(16),
    ),
  'value-bars': (el) =>
    renderValueBars(el, { width: 360, rows: 4, domain: [-1, 1], title: 'Overlaps' }).update(
      [
        { label: 'ξ1 seven', value: 0.92, winner: true },
        { label: 'ξ2 one', value: 0.35, winner: false },
        { label: 'ξ3 zero', value: -0.48, winner: false },
        { label: 'ξ4 four', value: 0.05, winner: false },
      ],
      'overlap with the state',
    ),
  'basin-curves': (el) =>
    renderBasinCurves(el, { width: 480, height: 280 }).update({
      memory: 0,
      sets: [
        { model: 'n = 2', flips: FLIPS, curves: [curve(0, 0.12, FLIPS), curve(1, 0.2, FLIPS)] },
        { model: 'n = 6', flips: FLIPS, curves: [curve(0, 0.3, FLIPS), curve(1, 0.34, FLIPS)] },
      ],
    }),
  'basin-map': (el) =>
    renderBasinMap(el, { size: 240 }).update({
      pass: basinPass(48),
      K: 3,
      labels: ['seven', 'one', 'zero'],
      maxSteps: 20,
      progress: 1,
      busy: false,
      path: PROBE_PATH,
    }),
  'energy-landscape': (el) =>
    renderEnergyLandscape(el, { size: 240 }).update({ pass: basinPass(48), path: PROBE_PATH }),
  'plane-overlay': (el) => {
    const c = canvasIn(el, 200);
    c.width = c.height = 200;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#dfe3ea';
    ctx.fillRect(0, 0, 200, 200);
    const f = { extent: basinPass(2).plane.extent, size: 200 };
    drawMarks(ctx, f, basinPass(2).plane.marks);
    drawPath(ctx, f, PROBE_PATH);
  },
  'energy-line': (el) =>
    renderEnergyLine(el, { width: 480, height: 200, title: 'Energy' }).update({
      segments: [
        { label: 'n = 2', points: range(12, (t) => ({ t, energy: -40 * (1 - Math.exp(-t / 3)) })) },
        {
          label: 'n = 4',
          points: range(10, (i) => ({
            t: 12 + i,
            energy: -90 + 30 * Math.exp(-i / 2),
            mark: i === 0,
          })),
        },
      ],
      current: [1, 4],
      yLabel: 'energy',
    }),
  'grey-thumb': (el) =>
    drawGrey(canvasIn(el, 112), { width: 28, height: 28, pixels: greyPixels(28) }, 28),
  'grey-thumb-empty': (el) => drawGrey(canvasIn(el, 112), null, 28),
  'overlap-lines': (el) =>
    renderOverlapLines(el, { width: 480, height: 200 }).update(
      [
        {
          label: 'ξ1 seven',
          points: range(16, (t) => ({ t, m: 0.2 + 0.78 * (1 - Math.exp(-t / 4)) })),
        },
        { label: 'ξ2 one', points: range(16, (t) => ({ t, m: 0.3 * Math.exp(-t / 5) })) },
        { label: 'ξ3 zero', points: range(16, (t) => ({ t, m: -0.1 - 0.4 * (t / 15) })) },
      ],
      9,
    ),
  'kh-contributors': (el) =>
    renderContributors(el, { width: 480 }).update(
      [
        {
          name: 'n = 3',
          colour: '#0072b2',
          stats: {
            histogram: Int32Array.from(range(21, (k) => (k === 0 ? 0 : Math.round(400 / k)))),
            mean: 4.2,
            median: 3,
            meanEffective: 3.1,
            medianEffective: 2.5,
            meanTopShare: 0.41,
            count: 1000,
          },
        },
        { name: 'n = 20', colour: '#d55e00', stats: null, note: 'computing…' },
      ],
      20,
    ),
  'kh-error-curves': (el) =>
    renderErrorCurves(el, { width: 480, height: 240 }).update({
      series: [
        { name: 'n = 3', colour: '#0072b2', history: history(30, 0.15, 0.04) },
        { name: 'n = 20', colour: '#d55e00', history: history(20, 0.3, 0.02) },
      ],
      marker: 12,
      log: false,
    }),
  'kh-memory-grid': (el) =>
    renderMemoryGrid(el, { label: 'Memories of n = 3' }).update({
      memories: memoryRows(12, 196, 10),
      K: 12,
      D: 196,
      C: 10,
      showLabels: true,
      caption: 'epoch 12',
    }),
  'kh-memory-tile': (el) => paintMemoryTile(canvasIn(el, 112), memoryRows(4, 196, 10), 1, 196, 10),
  'capacity-success-curves': (el) =>
    renderSuccessCurves(el, { width: 560, height: 300 }).update({
      curves: curvesOf(scalingSample(), 64),
      alpha: false,
      caption: 'P(success) against K (golden)',
    }),
  'capacity-kmax-scaling': (el) => {
    const series = seriesAgainst(scalingSample(), 'N');
    renderKmaxScaling(el, { width: 560, height: 300 }).update({
      series,
      theory: theoryLines(series),
      caption: 'K_max against N (golden)',
    });
  },
  'capacity-kmax-separation': (el) =>
    renderKmaxSeparation(el, { width: 560, height: 300 }).update({
      series: seriesAgainst(separationSample(), 'dH'),
      caption: 'log K_max against d_H (golden)',
    }),
  'capacity-dataset-stats': (el) => {
    const line = separationSample()[7];
    renderDatasetStats(el, { width: 560, height: 300 }).update({
      stats: line.stats,
      N: line.spec.data.N,
      title: 'n = 3: N = 64, ρ = 0.5, d_H = 12',
      caption: 'Dataset statistics (golden)',
    });
  },
};
