/**
 * What the basin map and the energy landscape draw on top of a plane: the marked memories and cue,
 * and a probe's projected path. Both charts share this mapping from plane to canvas pixels.
 */
import type { Plane } from '../../../../core/basins/basin-types';

export interface PlaneFrame {
  extent: Plane['extent'];
  /** Canvas side, CSS pixels. */
  size: number;
}

export const toScreen = (f: PlaneFrame, x: number, y: number): [number, number] => [
  ((x - f.extent.x0) / (f.extent.x1 - f.extent.x0)) * f.size,
  f.size - ((y - f.extent.y0) / (f.extent.y1 - f.extent.y0)) * f.size,
];

export const toPlane = (f: PlaneFrame, px: number, py: number): [number, number] => [
  f.extent.x0 + (px / f.size) * (f.extent.x1 - f.extent.x0),
  f.extent.y0 + ((f.size - py) / f.size) * (f.extent.y1 - f.extent.y0),
];

/** Memories as ringed dots with their label; the cue as a diamond. */
export function drawMarks(ctx: CanvasRenderingContext2D, f: PlaneFrame, marks: Plane['marks']) {
  ctx.save();
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const m of marks) {
    const [x, y] = toScreen(f, m.x, m.y);
    const cue = /cue/i.test(m.label);
    ctx.beginPath();
    if (cue) {
      ctx.moveTo(x, y - 7);
      ctx.lineTo(x + 7, y);
      ctx.lineTo(x, y + 7);
      ctx.lineTo(x - 7, y);
      ctx.closePath();
    } else {
      ctx.arc(x, y, 5.5, 0, 2 * Math.PI);
    }
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2;
    ctx.fill();
    ctx.stroke();
    const tx = x + 9 + ctx.measureText(m.label).width > f.size ? x - 9 : x + 9;
    ctx.textAlign = tx < x ? 'right' : 'left';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(m.label, tx, y);
    ctx.fillStyle = '#000000';
    ctx.fillText(m.label, tx, y);
  }
  ctx.restore();
}

/** A probe trajectory: white-cased black line, open circle at the start, dot at the end. */
export function drawPath(
  ctx: CanvasRenderingContext2D,
  f: PlaneFrame,
  path: { x: number; y: number }[],
) {
  if (!path.length) return;
  const pts = path.map((p) => toScreen(f, p.x, p.y));
  ctx.save();
  ctx.lineJoin = 'round';
  for (const [w, c] of [
    [5, '#ffffff'],
    [2, '#000000'],
  ] as const) {
    ctx.beginPath();
    pts.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    ctx.lineWidth = w;
    ctx.strokeStyle = c;
    ctx.stroke();
  }
  const [sx, sy] = pts[0];
  ctx.beginPath();
  ctx.arc(sx, sy, 5, 0, 2 * Math.PI);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#000000';
  ctx.stroke();
  const [ex, ey] = pts[pts.length - 1];
  ctx.beginPath();
  ctx.arc(ex, ey, 4, 0, 2 * Math.PI);
  ctx.fillStyle = '#000000';
  ctx.fill();
  ctx.restore();
}
