/**
 * The basin map: each cell of a plane through state space coloured by the attractor its probe
 * reached (basin-colors.ts): memories in their colour, lighter the faster the probe got there,
 * inverted memories hatched, each distinct mixture (hatched) and spurious state in its own grey;
 * the memories and cue marked, a probe's path on top, a progress bar while passes arrive, a
 * legend with each attractor's share of the cells (mixtures and spurious states counted per kind),
 * and a tooltip per cell. Framework-free: the caller owns the container element; clicks report
 * plane coordinates.
 */
import type { BasinPass } from '../../../../core/basins/basin-types';
import {
  attractorNames,
  attractorRanks,
  cellCentre,
  cellName,
  kindSummary,
  outcomeCounts,
  outcomeName,
  passKinds,
  percent,
} from '../../app/basin-math';
import { attractorRgb, outcomeRgb, rgbCss, shade, type Rgb } from './basin-colors';
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

/** Inverted memories and mixtures: every other diagonal band of this many pixels is darker. */
const HATCH = 4;
/** Distinct attractors of a kind listed by name in the legend; the rest are summed. */
const LEGEND_ATTRACTORS = 6;

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
    const ranks = attractorRanks(pass.attractors);
    const greys = pass.attractors.map((a, id) => attractorRgb(a.kind, ranks[id]));
    const colours = new Map<number, Rgb>();
    for (let r = 0; r < w; r++) {
      const j = res - 1 - Math.min(res - 1, Math.floor((r * res) / w));
      for (let c = 0; c < w; c++) {
        const i = Math.min(res - 1, Math.floor((c * res) / w));
        const cell = j * res + i;
        const o = pass.outcome[cell];
        const a = pass.attractor[cell];
        let rgb: Rgb | undefined;
        let hatch: boolean;
        if (a >= 0 && a < greys.length) {
          // A distinct grey per attractor, not shaded by steps (the grey is its name).
          rgb = greys[a];
          hatch =
            pass.attractors[a].kind === 'mixture' &&
            Math.floor((r - c + 4 * w) / (HATCH * dpr)) % 2 === 0;
        } else {
          const key = o * 65536 + pass.steps[cell];
          rgb = colours.get(key);
          if (!rgb) {
            rgb = shade(outcomeRgb(o, K), pass.steps[cell], maxSteps);
            colours.set(key, rgb);
          }
          hatch = o >= K && o < 2 * K && Math.floor((r + c) / (HATCH * dpr)) % 2 === 0;
        }
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

  const item = (cls: string, swatch: string | null, text: string, share: string) => {
    const li = document.createElement('li');
    li.className = cls;
    if (swatch !== null) {
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = swatch;
      li.appendChild(sw);
    }
    const name = document.createElement('span');
    name.textContent = text;
    const pct = document.createElement('span');
    pct.className = 'muted';
    pct.textContent = share;
    li.title = `${text}: ${share} of the cells`;
    li.append(name, pct);
    return li;
  };

  /** Memory shares and the per-kind attractor summaries, for the legend and the label. */
  function shares(d: BasinMapData) {
    const counts = outcomeCounts(d.pass.outcome, d.K);
    const total = d.pass.outcome.length;
    const memories = counts
      .map((n, o) => ({ n, o }))
      // Mixture and spurious codes are listed per attractor below.
      .filter((e) => e.n > 0 && (e.o < 2 * d.K || e.o > 2 * d.K + 1))
      .sort((a, b) => b.n - a.n);
    return { counts, total, memories, kinds: passKinds(d.pass) };
  }

  function drawLegend(d: BasinMapData) {
    const { counts, total, memories, kinds } = shares(d);
    const key = `${d.labels.join('\u0000')}/${d.pass.resolution}/${counts.join(',')}/${d.pass.attractors.length}`;
    if (key === legendKey) return;
    legendKey = key;
    legend.replaceChildren();
    for (const { n, o } of memories) {
      const li = item(
        '',
        rgbCss(outcomeRgb(o, d.K)),
        outcomeName(o, d.K, d.labels),
        percent(n / total),
      );
      li.dataset.outcome = String(o);
      if (o >= d.K && o < 2 * d.K) li.firstElementChild?.classList.add('swatch-hatched');
      legend.appendChild(li);
    }
    const names = attractorNames(d.pass.attractors);
    const ranks = attractorRanks(d.pass.attractors);
    for (const k of kinds) {
      const summary = kindSummary(k);
      if (!summary) continue;
      const head = item('basin-legend-kind', null, summary, '');
      head.dataset.kind = k.kind;
      head.dataset.distinct = String(k.distinct);
      head.lastElementChild?.remove();
      legend.appendChild(head);
      for (const a of k.attractors.slice(0, LEGEND_ATTRACTORS)) {
        const grey = rgbCss(attractorRgb(k.kind, ranks[a.id]));
        const li = item('', grey, names[a.id], percent(a.share));
        li.dataset.attractor = String(a.id);
        if (k.kind === 'mixture') li.firstElementChild?.classList.add('swatch-mixture');
        legend.appendChild(li);
      }
      const rest = k.attractors.slice(LEGEND_ATTRACTORS);
      if (rest.length) {
        const cells = rest.reduce((s, a) => s + a.cells, 0);
        legend.appendChild(
          item('basin-legend-more', null, `${rest.length} more`, percent(cells / total)),
        );
      }
    }
  }

  /** The map in words: the largest shares (its text alternative). */
  function describe(d: BasinMapData): string {
    const { total, memories, kinds } = shares(d);
    const parts = memories
      .slice(0, 4)
      .map(({ n, o }) => `${outcomeName(o, d.K, d.labels)} ${percent(n / total)}`);
    if (memories.length > 4) parts.push(`${memories.length - 4} more outcomes`);
    for (const k of kinds) {
      const summary = kindSummary(k);
      if (summary) parts.push(summary);
    }
    return parts.join('; ');
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
      `${cellName(pass, cell, K, labels)} · ${pass.steps[cell]} steps · ` +
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
          (d.busy ? `, ${pct}% computed` : '') +
          `: ${describe(d)}`,
      );
    },
    destroy() {
      root.remove();
    },
  };
}
