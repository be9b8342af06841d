/**
 * The energy landscape on the basin map's plane: a heatmap of each cell's starting-state energy
 * (signed log scale, viridis: low energy dark), d3-contour lines, the memories and cue marked, and
 * a probe's path projected on top. Framework-free; clicks report plane coordinates.
 */
import { contours, geoPath, geoTransform, interpolateViridis } from 'd3';
import type { BasinPass } from '../../../../core/basins/basin-types';
import { drawMarks, drawPath, toPlane, type PlaneFrame } from './plane-overlay';

export interface LandscapeData {
  pass: BasinPass;
  path: { x: number; y: number }[] | null;
}

export interface EnergyLandscape {
  update(data: LandscapeData): void;
  destroy(): void;
}

export const CONTOURS = 10;
/** Contours are traced on at most this many cells per side (finer maps are averaged down). */
const CONTOUR_GRID = 128;

const VIRIDIS = Array.from({ length: 256 }, (_, i) => {
  const c = interpolateViridis(i / 255);
  return [1, 3, 5].map((o) => parseInt(c.slice(o, o + 2), 16));
});

/** Averages a res × res grid down by an integer factor. */
function downsample(values: ArrayLike<number>, res: number, f: number): number[] {
  const r = Math.floor(res / f);
  const out = new Array<number>(r * r).fill(0);
  for (let j = 0; j < r * f; j++) {
    for (let i = 0; i < r * f; i++)
      out[Math.floor(j / f) * r + Math.floor(i / f)] += values[j * res + i];
  }
  return out.map((v) => v / (f * f));
}

/** sign(E)·log10(1 + |E|): energies of high powers span many decades. */
export const signedLog = (e: number): number => Math.sign(e) * Math.log10(1 + Math.abs(e));

export function renderEnergyLandscape(
  el: HTMLElement,
  opts: { size: number; onPick?: (x: number, y: number) => void },
): EnergyLandscape {
  const { size } = opts;
  const canvas = document.createElement('canvas');
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  canvas.width = canvas.height = Math.round(size * dpr);
  canvas.style.width = canvas.style.height = `${size}px`;
  canvas.className = 'energy-landscape';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Energy landscape: waiting for the first pass');
  el.appendChild(canvas);
  const ctx = canvas.getContext('2d');
  const heat = document.createElement('canvas');
  let data: LandscapeData | null = null;
  let paintedFor: BasinPass | null = null;
  let lines: { value: number; path: Path2D }[] = [];

  function prepare(pass: BasinPass) {
    const res = pass.resolution;
    const values = Float64Array.from(pass.energy, signedLog);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi > lo ? hi - lo : 1;
    heat.width = heat.height = res;
    const hctx = heat.getContext('2d');
    if (hctx) {
      const img = hctx.createImageData(res, res);
      for (let j = 0; j < res; j++) {
        for (let i = 0; i < res; i++) {
          const v = values[j * res + i];
          const c = VIRIDIS[Number.isFinite(v) ? Math.round((255 * (v - lo)) / span) : 0];
          const p = 4 * ((res - 1 - j) * res + i);
          img.data[p] = c[0];
          img.data[p + 1] = c[1];
          img.data[p + 2] = c[2];
          img.data[p + 3] = 255;
        }
      }
      hctx.putImageData(img, 0, 0);
    }
    // Contours in grid units; row 0 of the grid is the bottom of the picture.
    const factor = Math.max(1, Math.ceil(res / CONTOUR_GRID));
    const grid = Math.floor(res / factor);
    const k = size / grid;
    const flip = geoTransform({
      point(x, y) {
        this.stream.point(x * k, size - y * k);
      },
    });
    const thresholds = Array.from(
      { length: CONTOURS },
      (_, t) => lo + ((t + 0.5) * span) / CONTOURS,
    );
    const finite = downsample(
      Array.from(values, (v) => (Number.isFinite(v) ? v : lo)),
      res,
      factor,
    );
    lines = contours()
      .size([grid, grid])
      .thresholds(thresholds)(finite)
      .map((c) => ({ value: c.value, path: new Path2D(geoPath(flip)(c) ?? '') }));
    paintedFor = pass;
  }

  function draw() {
    if (!ctx || !data) return;
    if (paintedFor !== data.pass) prepare(data.pass);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(heat, 0, 0, size, size);
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(255,255,255,0.55)';
    for (const l of lines) ctx.stroke(l.path);
    const f: PlaneFrame = { extent: data.pass.plane.extent, size };
    drawMarks(ctx, f, data.pass.plane.marks);
    if (data.path) drawPath(ctx, f, data.path);
  }

  canvas.addEventListener('click', (ev) => {
    if (!data) return;
    // In the canvas's own pixels, also when CSS zooms it (a phone, the presenter view).
    const box = canvas.getBoundingClientRect();
    const [x, y] = toPlane(
      { extent: data.pass.plane.extent, size },
      ((ev.clientX - box.left) / box.width) * size,
      ((ev.clientY - box.top) / box.height) * size,
    );
    opts.onPick?.(x, y);
  });

  return {
    update(d) {
      data = d;
      draw();
      canvas.setAttribute(
        'aria-label',
        `Energy landscape of the starting states, ${d.pass.resolution}×${d.pass.resolution}, ` +
          `${CONTOURS} contour levels`,
      );
    },
    destroy() {
      canvas.remove();
    },
  };
}
