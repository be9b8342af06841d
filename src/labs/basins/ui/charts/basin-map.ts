/**
 * The basin map: each cell of a plane through state space coloured by the attractor its probe
 * reached (basin-colors.ts), lighter the faster it got there, inverted memories hatched, with the
 * memories and cue marked, a probe's path on top, a progress bar while passes arrive, a legend
 * with each attractor's share of the cells, and a tooltip per cell. Framework-free: the caller
 * owns the container element; clicks report plane coordinates.
 */
import type { BasinPass } from '../../../../core/basins/basin-types';
import { outcomeCounts, outcomeName, cellCentre } from '../../app/basin-math';
import { outcomeRgb, rgbCss, shade } from './basin-colors';
import { drawMarks, drawPath, toPlane, type PlaneFrame } from './plane-overlay';

export interface BasinMapData {
  pass: BasinPass;
  K: number;
  labels: readonly string[];
  maxSteps: number;
  /** Share of the finest map done (0 … 1) and whether a computation is running. */
  progress: number;
  busy: boolean;
  path: { x: number; y: number }[] | null;
}

export interface BasinMapOptions {
  size: number;
  /** A click on the map, in plane coordinates. */
  onPick?: (x: number, y: number) => void;
}

export interface BasinMap {
  update(data: BasinMapData): void;
  destroy(): void;
}

/** Inverted memories: every other diagonal band of this many pixels is darker. */
const HATCH = 4;

export function renderBasinMap(el: HTMLElement, opts: BasinMapOptions): BasinMap {
  const { size } = opts;
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const root = document.createElement('div');
  root.className = 'basin-map';
  const frame = document.createElement('div');
  frame.className = 'basin-frame';
  frame.style.width = frame.style.height = `${size}px`;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.round(size * dpr);
  canvas.style.width = canvas.style.height = `${size}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Basin map: waiting for the first pass');
  const tip = document.createElement('div');
  tip.className = 'basin-tip';
  tip.hidden = true;
  const bar = document.createElement('div');
  bar.className = 'basin-progress';
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-label', 'Basin map progress');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  const fill = document.createElement('div');
  bar.appendChild(fill);
  const legend = document.createElement('ul');
  legend.className = 'basin-legend';
  legend.setAttribute('aria-label', 'Share of the map per attractor');
  frame.append(canvas, tip);
  root.append(frame, bar, legend);
  el.appendChild(root);
  const ctx = canvas.getContext('2d');
  const cells = ctx ? ctx.createImageData(canvas.width, canvas.height) : null;
  let data: BasinMapData | null = null;
  let painted: BasinPass | null = null;
  let legendKey = '';

  const planeFrame = (): PlaneFrame | null =>
    data ? { extent: data.pass.plane.extent, size } : null;

  /** Colours every device pixel from its cell (once per pass). */
  function paintCells(d: BasinMapData) {
    if (!cells) return;
    const { pass, K, maxSteps } = d;
    const res = pass.resolution;
    const w = cells.width;
    const px = cells.data;
    const colours = new Map<number, [number, number, number]>();
    for (let r = 0; r < w; r++) {
      const j = res - 1 - Math.min(res - 1, Math.floor((r * res) / w));
      for (let c = 0; c < w; c++) {
        const i = Math.min(res - 1, Math.floor((c * res) / w));
        const cell = j * res + i;
        const o = pass.outcome[cell];
        const key = o * 65536 + pass.steps[cell];
        let rgb = colours.get(key);
        if (!rgb) {
          rgb = shade(outcomeRgb(o, K), pass.steps[cell], maxSteps);
          colours.set(key, rgb);
        }
        const hatch = o >= K && o < 2 * K && Math.floor((r + c) / (HATCH * dpr)) % 2 === 0;
        const f = hatch ? 0.6 : 1;
        const p = 4 * (r * w + c);
        px[p] = rgb[0] * f;
        px[p + 1] = rgb[1] * f;
        px[p + 2] = rgb[2] * f;
        px[p + 3] = 255;
      }
    }
    painted = pass;
  }

  function drawLegend(d: BasinMapData) {
    const counts = outcomeCounts(d.pass.outcome, d.K);
    const total = d.pass.outcome.length;
    const key = `${d.labels.join('\u0000')}/${d.pass.resolution}/${counts.join(',')}`;
    if (key === legendKey) return;
    legendKey = key;
    legend.replaceChildren();
    const order = counts
      .map((n, o) => ({ n, o }))
      .filter((e) => e.n > 0)
      .sort((a, b) => b.n - a.n);
    for (const { n, o } of order) {
      const li = document.createElement('li');
      li.dataset.outcome = String(o);
      const sw = document.createElement('span');
      sw.className = o >= d.K && o < 2 * d.K ? 'swatch swatch-hatched' : 'swatch';
      sw.style.background = rgbCss(outcomeRgb(o, d.K));
      const name = document.createElement('span');
      name.textContent = outcomeName(o, d.K, d.labels);
      const share = document.createElement('span');
      share.className = 'muted';
      share.textContent = `${((100 * n) / total).toFixed(1)}%`;
      li.title = `${name.textContent}: ${share.textContent} of the cells`;
      li.append(sw, name, share);
      legend.appendChild(li);
    }
  }

  function draw() {
    if (!ctx || !cells || !data) return;
    if (painted !== data.pass) paintCells(data);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.putImageData(cells, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const f = planeFrame()!;
    drawMarks(ctx, f, data.pass.plane.marks);
    if (data.path) drawPath(ctx, f, data.path);
  }

  function cellAt(
    ev: MouseEvent,
  ): { i: number; j: number; x: number; y: number; px: number; py: number } | null {
    const f = planeFrame();
    if (!f || !data) return null;
    // In the canvas's own pixels, also when CSS zooms it (a phone, the presenter view).
    const box = canvas.getBoundingClientRect();
    const px = ((ev.clientX - box.left) / box.width) * size;
    const py = ((ev.clientY - box.top) / box.height) * size;
    if (px < 0 || py < 0 || px >= size || py >= size) return null;
    const [x, y] = toPlane(f, px, py);
    const res = data.pass.resolution;
    const i = Math.min(res - 1, Math.floor((px / size) * res));
    const j = Math.min(res - 1, Math.floor(((size - py) / size) * res));
    return { i, j, x, y, px, py };
  }

  canvas.addEventListener('mousemove', (ev) => {
    const c = cellAt(ev);
    if (!c || !data) return void (tip.hidden = true);
    const { pass, K, labels } = data;
    const res = pass.resolution;
    const cell = c.j * res + c.i;
    const { x0, x1, y0, y1 } = pass.plane.extent;
    tip.textContent =
      `${outcomeName(pass.outcome[cell], K, labels)} · ${pass.steps[cell]} steps · ` +
      `(${cellCentre(c.i, res, x0, x1).toFixed(2)}, ${cellCentre(c.j, res, y0, y1).toFixed(2)})`;
    tip.hidden = false;
    tip.style.left = `${Math.min(c.px + 12, size - 180)}px`;
    tip.style.top = `${c.py + 14}px`;
  });
  canvas.addEventListener('mouseleave', () => (tip.hidden = true));
  canvas.addEventListener('click', (ev) => {
    const c = cellAt(ev);
    if (c) opts.onPick?.(c.x, c.y);
  });

  return {
    update(d) {
      data = d;
      draw();
      drawLegend(d);
      const pct = Math.round(100 * d.progress);
      fill.style.width = `${pct}%`;
      bar.setAttribute('aria-valuenow', String(pct));
      bar.classList.toggle('basin-progress-done', !d.busy);
      canvas.setAttribute(
        'aria-label',
        `Basin map, ${d.pass.resolution}×${d.pass.resolution} cells` +
          (d.busy ? `, ${pct}% computed` : ''),
      );
    },
    destroy() {
      root.remove();
    },
  };
}
