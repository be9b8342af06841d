/**
 * The (a, h) phase map (Burns 2024, §10.3): the mode of the final state for each auto strength a
 * (x) and hetero strength h (y, increasing upward), one cell per (a, h), rows filled in as the
 * sweep delivers them (rows not done yet drawn faint), the current (a, h) as a ringed mark.
 * Four Okabe–Ito colours that stay apart under every common colour-vision deficiency and in
 * lightness. Framework-free scene.
 */
import { num, pct } from '../../../../charts/frame';
import { OKABE_ITO } from '../../../../charts/palette';
import { emptyScene, RULE } from '../../../../charts/scene-frame';
import { xyFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';
import { axisValue, type PhaseCell } from '../../../../core/cdam/experiments';
import { MODE_NAMES } from '../../../../core/cdam/modes';
import { CDAM_MODES, type CdamMode } from '../../../../core/cdam/types';

export interface PhaseData {
  /** Cells per side. */
  R: number;
  aRange: [number, number];
  hRange: [number, number];
  /** Row k holds h = axisValue(hRange, R, k), its cells a = axisValue(aRange, R, col); undefined: not done. */
  rows: (PhaseCell[] | undefined)[];
  marker?: { a: number; h: number };
  width?: number;
}

export const MODE_COLOURS: Record<CdamMode, string> = {
  auto: OKABE_ITO.blue,
  narrow: OKABE_ITO.skyBlue,
  wide: OKABE_ITO.vermillion,
  quiescent: OKABE_ITO.yellow,
};

export { MODE_NAMES };

const NAME = 'cdam-phase';
const PENDING = { fill: 'currentColor', 'fill-opacity': 0.08 };

/** A cell's half width along an axis (a whole unit when the axis is one value). */
const half = (range: [number, number], R: number) =>
  R > 1 && range[1] !== range[0] ? Math.abs(range[1] - range[0]) / (R - 1) / 2 : 0.5;

export function phaseScene(d: PhaseData): Scene {
  const width = d.width ?? 400;
  const { R } = d;
  if (!(R >= 1))
    return emptyScene(NAME, width, 140, 'Phase map of the final mode over (a, h): run the sweep.');
  const da = half(d.aRange, R);
  const dh = half(d.hRange, R);
  const f = xyFrame({
    width,
    height: Math.min(380, Math.max(200, width * 0.8)),
    x: [Math.min(...d.aRange) - da, Math.max(...d.aRange) + da],
    y: [Math.min(...d.hRange) - dh, Math.max(...d.hRange) + dh],
    xTitle: 'auto strength a',
    yTitle: 'hetero strength h',
    square: true,
  });
  const marks: SceneNode[] = [];
  const counts: Record<CdamMode, number> = { auto: 0, narrow: 0, wide: 0, quiescent: 0 };
  let done = 0;
  let filled = 0;
  for (let k = 0; k < R; k++) {
    const hv = axisValue(d.hRange, R, k);
    const ya = f.y(hv + dh);
    const hgt = Math.abs(f.y(hv - dh) - ya);
    const row = d.rows[k];
    if (!row) {
      marks.push(
        h('rect', {
          class: 'pending',
          x: f.x0,
          y: ya,
          width: f.x1 - f.x0,
          height: hgt + 0.3,
          ...PENDING,
        }),
      );
      continue;
    }
    done++;
    row.slice(0, R).forEach((c, col) => {
      const av = axisValue(d.aRange, R, col);
      const xa = f.x(av - da);
      counts[c.mode]++;
      filled++;
      marks.push(
        h(
          'rect',
          {
            class: `cell mode-${c.mode}`,
            x: xa,
            y: ya,
            width: f.x(av + da) - xa + 0.3,
            height: hgt + 0.3,
            fill: MODE_COLOURS[c.mode],
          },
          [
            h(
              'title',
              {},
              `a = ${num(av)}, h = ${num(hv)}: ${MODE_NAMES[c.mode]}; peak memory ${c.peak} ` +
                `(m = ${num(c.peakCorr)}), ${c.active} active`,
            ),
          ],
        ),
      );
    });
  }
  marks.push(
    h('rect', { x: f.x0, y: f.y1, width: f.x1 - f.x0, height: f.y0 - f.y1, fill: 'none', ...RULE }),
  );
  const m = d.marker;
  if (m && Number.isFinite(m.a) && Number.isFinite(m.h)) {
    const [cx, cy] = [f.x(m.a), f.y(m.h)];
    marks.push(
      h('g', { class: 'marker' }, [
        h('circle', { cx, cy, r: 6, fill: 'none', stroke: '#ffffff', 'stroke-width': 4 }),
        h('circle', { cx, cy, r: 6, fill: 'none', stroke: '#000000', 'stroke-width': 2 }),
        h('title', {}, `now: a = ${num(m.a)}, h = ${num(m.h)}`),
      ]),
    );
  }
  const box = (attrs: Record<string, string | number>) => [
    h('rect', { x: 0, y: -5, width: 22, height: 10, ...attrs }),
  ];
  const rows = CDAM_MODES.map((mode) => ({
    swatch: box({ fill: MODE_COLOURS[mode], stroke: 'currentColor', 'stroke-opacity': 0.4 }),
    text: MODE_NAMES[mode] + (filled ? ` (${pct(counts[mode] / filled)})` : ''),
  }));
  if (done < R) rows.push({ swatch: box(PENDING), text: 'not computed yet' });
  if (m)
    rows.push({
      swatch: [
        h('circle', { cx: 11, r: 5, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }),
      ],
      text: `the current (a, h) = (${num(m.a)}, ${num(m.h)})`,
    });
  const label =
    `Phase map of the final mode over a ${num(d.aRange[0])} … ${num(d.aRange[1])} and h ` +
    `${num(d.hRange[0])} … ${num(d.hRange[1])}, ${R} × ${R} cells, ${done} of ${R} rows done` +
    (filled
      ? `: ${CDAM_MODES.filter((k) => counts[k])
          .map((k) => `${MODE_NAMES[k]} ${pct(counts[k] / filled)}`)
          .join(', ')}`
      : '') +
    '.';
  return xyScene(NAME, f, marks, rows, label);
}

export function renderPhase(svg: SVGSVGElement, d: PhaseData, o: { width: number }): void {
  paintScene(svg, phaseScene({ ...d, width: o.width }));
}
