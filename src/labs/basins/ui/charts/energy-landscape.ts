/**
 * The energy landscape on the basin map's plane: a heatmap of each cell's starting-state energy
 * (signed log scale, viridis: low energy dark), d3-contour lines, the memories and cue marked, a
 * probe's path projected on top, and a colour bar labelled in energy values. Framework-free;
 * clicks report plane coordinates.
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

/** The inverse of signedLog. */
export const fromSignedLog = (v: number): number => Math.sign(v) * (10 ** Math.abs(v) - 1);

/** An energy in at most 3 significant digits: "−1.23e+5", "−42.1", "0". */
export function energyText(e: number): string {
  if (e === 0 || !Number.isFinite(e)) return String(e === 0 ? 0 : e);
  const a = Math.abs(e);
  const t = a >= 1e4 || a < 1e-2 ? e.toExponential(1) : String(Number(e.toPrecision(3)));
  return t.replace('-', '−');
}

/** Tick energies of the colour bar: `count` points evenly spaced on the signed-log scale. */
export function scaleTicks(lo: number, hi: number, count = 4): { at: number; energy: number }[] {
  if (!(hi > lo)) return [{ at: 0, energy: fromSignedLog(lo) }];
  return Array.from({ length: count }, (_, k) => {
    const at = k / (count - 1);
    return { at, energy: fromSignedLog(lo + at * (hi - lo)) };
  });
}

const RAMP = `linear-gradient(to right, ${Array.from({ length: 9 }, (_, k) => interpolateViridis(k / 8)).join(', ')})`;

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
  const scale = document.createElement('div');
  scale.className = 'energy-scale';
  scale.style.width = `${size}px`;
  const ramp = document.createElement('div');
  ramp.className = 'energy-ramp';
  ramp.style.background = RAMP;
  ramp.setAttribute('aria-hidden', 'true');
  const ticks = document.createElement('div');
  ticks.className = 'energy-ticks';
  const caption = document.createElement('p');
  caption.className = 'energy-caption';
  caption.textContent = 'Energy of the starting state (signed log scale)';
  scale.append(ramp, ticks, caption);
  el.append(canvas, scale);
  const ctx = canvas.getContext('2d');
  let range: { lo: number; hi: number } | null = null;
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
    range = Number.isFinite(lo) ? { lo, hi } : null;
    ticks.replaceChildren(
      ...(range ? scaleTicks(range.lo, range.hi) : []).map((t) => {
        const tick = document.createElement('span');
        tick.style.left = `${100 * t.at}%`;
        tick.className = t.at === 0 ? 'first' : t.at === 1 ? 'last' : '';
        tick.textContent = energyText(t.energy);
        return tick;
      }),
    );
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
      const span = range
        ? `, energy from ${energyText(fromSignedLog(range.lo))} (dark) to ` +
          `${energyText(fromSignedLog(range.hi))} (yellow)`
        : '';
      canvas.setAttribute(
        'aria-label',
        `Energy landscape of the starting states, ${d.pass.resolution}×${d.pass.resolution}, ` +
          `${CONTOURS} contour levels${span}`,
      );
    },
    destroy() {
      canvas.remove();
      scale.remove();
    },
  };
}
