/**
 * The metastable table as bars: for each normaliser, the share of queries whose final weight
 * vector has support size 1, 2, …, ≥ maxK, raw Φ beside learned Φ (pattern and colour differ),
 * so a shift of mass to size 1 shows at a glance. Framework-free scene.
 */
import { scaleLinear } from 'd3';
import { MARGIN, pct } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import {
  axisTitle,
  designWidth,
  emptyScene,
  legend,
  leftAxis,
  MUTED,
  rootAttrs,
} from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { sizeLabels } from '../../app/support-sizes';
import type { KernelMetastableRow } from '../../worker/api';

const NAME = 'kernel-support';
export const PHI_COLOUR = { raw: OKABE_ITO.skyBlue, learned: OKABE_ITO.vermillion } as const;

export function supportScene(
  rows: readonly KernelMetastableRow[],
  o: { width: number; height?: number },
): Scene {
  const width = designWidth(o.width);
  if (!rows.length) return emptyScene(NAME, width, 160, 'Support sizes: compute the table to see.');
  const normalisers = [...new Set(rows.map((r) => r.normaliser))];
  const n = rows[0].histogram.counts.length;
  const plotH = 150;
  const groupGap = 26;
  const x0 = MARGIN.left;
  const x1 = width - MARGIN.right;
  const groupW = (x1 - x0 - groupGap * (normalisers.length - 1)) / normalisers.length;
  const y = scaleLinear()
    .domain([0, 1])
    .range([MARGIN.top + plotH, MARGIN.top]);
  const marks: SceneNode[] = [];
  normalisers.forEach((name, g) => {
    const gx = x0 + g * (groupW + groupGap);
    const slot = groupW / n;
    const bw = Math.max(1, slot / 2 - 1);
    for (const phi of ['raw', 'learned'] as const) {
      const row = rows.find((r) => r.normaliser === name && r.phi === phi);
      if (!row) continue;
      row.histogram.counts.forEach((c, k) => {
        const share = row.histogram.queries > 0 ? c / row.histogram.queries : 0;
        marks.push(
          h('rect', {
            class: `bar ${phi}`,
            x: gx + k * slot + (phi === 'raw' ? 0 : bw + 1),
            y: y(share),
            width: bw,
            height: y(0) - y(share),
            fill: PHI_COLOUR[phi],
          }),
        );
      });
    }
    sizeLabels(n).forEach((t, k) =>
      marks.push(
        h('text', { x: gx + (k + 0.5) * slot, y: y(0) + 13, 'text-anchor': 'middle', ...MUTED }, t),
      ),
    );
    marks.push(
      h(
        'text',
        { class: 'group-title', x: gx + groupW / 2, y: y(0) + 28, 'text-anchor': 'middle' },
        name,
      ),
    );
  });
  const y0 = y(0);
  const axes = [
    leftAxis(y, x0 - 4, 4, pct),
    axisTitle('share of queries', (y0 + MARGIN.top) / 2, 14, true),
  ];
  const key = legend(
    [
      {
        swatch: [h('rect', { x: 0, y: -5, width: 22, height: 10, fill: PHI_COLOUR.raw })],
        text: 'raw Φ',
      },
      {
        swatch: [h('rect', { x: 0, y: -5, width: 22, height: 10, fill: PHI_COLOUR.learned })],
        text: 'learned Φ (U-Hop+)',
      },
    ],
    8,
    y0 + 44,
    width,
  );
  const label =
    'Share of queries by support size of the final weight vector: ' +
    rows.map((r) => `${r.normaliser}, ${r.phi} Φ: ${pct(r.histogram.single)} size 1`).join('; ') +
    '.';
  return {
    attrs: rootAttrs(NAME, width, y0 + 44 + key.rows * 16 + 6, label),
    children: [...axes, h('g', { class: 'marks' }, marks), key.node],
  };
}

export function renderSupport(
  svg: SVGSVGElement,
  rows: readonly KernelMetastableRow[],
  o: { width: number },
): void {
  paintScene(svg, supportScene(rows, o));
}
