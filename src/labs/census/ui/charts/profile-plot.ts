/**
 * Sorted energy profiles: each state's per-unit energies e_i, sorted ascending, against their rank
 * (i + ½)/N, so states of different N compare on one 0–1 axis; a zero line (a unit below it agrees
 * with its local field). Colour and end symbol by class, dash by profile.
 */
import type { StateClass } from '../../../../core/census/types';
import { num, pct } from '../../../../charts/frame';
import { emptyScene, lineSwatch } from '../../../../charts/scene-frame';
import { seriesDash, seriesLine, unitFrame, xyScene } from '../../../../charts/scene-xy';
import { h, paintScene, type Scene } from '../../../../charts/svg-scene';
import { CLASS_COLOURS, CLASS_LABELS, classSymbol } from './class-colours';

export interface Profile {
  label: string;
  cls: StateClass;
  /** Per-unit energies, sorted ascending. */
  e: Float64Array;
}

export interface ProfilePlotData {
  profiles: readonly Profile[];
}

const NAME = 'profile-plot';
const TITLE = 'Sorted per-unit energy against rank (0 = lowest unit, 1 = highest)';

function finite(e: Float64Array): number[] {
  return Array.from(e).filter((v) => Number.isFinite(v));
}

function describe(profiles: readonly Profile[]): string {
  const parts = profiles.map((p) => {
    const v = finite(p.e);
    const below = v.filter((x) => x < 0).length;
    return (
      `${p.label} (${CLASS_LABELS[p.cls]}): N = ${p.e.length}, from ${num(Math.min(...v))} to ` +
      `${num(Math.max(...v))}, ${pct(below / p.e.length)} of units below zero`
    );
  });
  return `${TITLE}: ${parts.join('; ')}`;
}

export function profilePlotScene(
  data: ProfilePlotData,
  opts: { width: number; height?: number },
): Scene {
  const profiles = data.profiles.filter((p) => finite(p.e).length > 0);
  const height = opts.height ?? Math.round(Math.min(320, Math.max(200, opts.width * 0.5)));
  if (!profiles.length) return emptyScene(NAME, opts.width, height, `${TITLE}: no data yet`);
  const { f, zero } = unitFrame({
    width: opts.width,
    height,
    values: profiles.flatMap((p) => finite(p.e)),
    xTitle: 'rank of the unit, i / N',
    yTitle: 'energy of unit i',
  });
  const marks = [zero];
  const rows = profiles.map((p, i) => {
    const colour = CLASS_COLOURS[p.cls];
    const N = p.e.length;
    const xs = Array.from(p.e, (_, k) => f.x((k + 0.5) / N));
    const ys = Array.from(p.e, (v) => f.y(v));
    const end = N - 1;
    marks.push(
      h('g', { class: 'profile', 'data-class': p.cls }, [
        seriesLine('profile-line', xs, ys, colour, i),
        h('path', {
          class: 'profile-end',
          d: classSymbol(p.cls, 48),
          transform: `translate(${xs[end].toFixed(2)},${Number.isFinite(ys[end]) ? ys[end].toFixed(2) : f.y0})`,
          fill: colour,
        }),
      ]),
    );
    return {
      swatch: lineSwatch(
        colour,
        seriesDash(i),
        h('path', { d: classSymbol(p.cls, 36), transform: 'translate(11,0)', fill: colour }),
      ),
      text: `${p.label} (${CLASS_LABELS[p.cls]}, N = ${N})`,
    };
  });
  return xyScene(NAME, f, marks, rows, describe(profiles));
}

/** Draws the sorted profiles into `svg` (a full redraw). */
export function renderProfilePlot(
  svg: SVGSVGElement,
  data: ProfilePlotData,
  opts: { width: number; height?: number },
): void {
  paintScene(svg, profilePlotScene(data, opts));
}
