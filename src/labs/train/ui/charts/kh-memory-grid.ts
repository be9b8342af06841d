/**
 * The K memories of a Krotov–Hopfield classifier as a grid of diverging heatmaps (the notebook's
 * `draw_weights`): tile μ shows the pixel part ξ^μ_1…784 as 28×28 on the PuOr scale (−1 purple,
 * +1 orange). Optionally each tile carries the label its label part favours (argmax of the last C
 * values). One canvas at device resolution; the tiles are painted at one pixel per neuron into a
 * hidden canvas and scaled up without smoothing, so a redraw per progress event is cheap.
 * Framework-free; the caller owns the container.
 */
import { writeDiverging } from './kh-colors';

export interface MemoryGridOptions {
  /** Accessible name prefix, e.g. "Memories of n = 3". */
  label: string;
  /** Gap between tiles, CSS px. */
  gap?: number;
  /** Smallest and largest tile side, CSS px. */
  minTile?: number;
  maxTile?: number;
}

export interface MemoryGridData {
  /** K × (D + C), row-major; null shows an empty grid. */
  memories: Float32Array | null;
  K: number;
  D: number;
  C: number;
  /** Draw the favoured label in each tile's corner. */
  showLabels: boolean;
  /** Appended to the accessible name, e.g. "epoch 12". */
  caption?: string;
}

export interface MemoryGrid {
  update(data: MemoryGridData): void;
  destroy(): void;
}

/** Columns of the grid for K tiles: ⌈√K⌉ (10 for 100). */
export const gridColumns = (K: number): number => Math.max(1, Math.ceil(Math.sqrt(K)));

/** Tile side (CSS px) that fits `cols` tiles and their gaps into `width`, within [min, max]. */
export function tileSide(width: number, cols: number, gap: number, min: number, max: number) {
  const fit = Math.floor((width - gap * (cols - 1)) / cols);
  return Math.max(min, Math.min(max, fit));
}

/** argmax of memory μ's label part (the label it votes for). */
export function favouredLabel(memories: Float32Array, mu: number, D: number, C: number): number {
  const base = mu * (D + C) + D;
  let best = 0;
  for (let a = 1; a < C; a++) if (memories[base + a] > memories[base + best]) best = a;
  return best;
}

export function renderMemoryGrid(el: HTMLElement, opts: MemoryGridOptions): MemoryGrid {
  const gap = opts.gap ?? 2;
  const minTile = opts.minTile ?? 20;
  const maxTile = opts.maxTile ?? 44;
  const canvas = document.createElement('canvas');
  canvas.className = 'kh-memory-grid';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${opts.label}: none yet`);
  el.appendChild(canvas);
  const source = document.createElement('canvas');
  let last: MemoryGridData | null = null;
  let tile = 28;

  const layout = (K: number) => {
    const cols = gridColumns(K);
    const rows = Math.ceil(K / cols);
    tile = tileSide(el.clientWidth || cols * 30, cols, gap, minTile, maxTile);
    const w = cols * tile + (cols - 1) * gap;
    const h = rows * tile + (rows - 1) * gap;
    const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    return { cols, rows, dpr };
  };

  const draw = (data: MemoryGridData) => {
    const { memories, K, D, C } = data;
    const side = Math.round(Math.sqrt(D));
    const { cols, dpr } = layout(K);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.scale(dpr, dpr);
    const where = (mu: number) => ({
      x: (mu % cols) * (tile + gap),
      y: Math.floor(mu / cols) * (tile + gap),
    });
    if (!memories || memories.length < K * (D + C)) {
      ctx.fillStyle = '#eceef2';
      for (let mu = 0; mu < K; mu++) {
        const { x, y } = where(mu);
        ctx.fillRect(x, y, tile, tile);
      }
      canvas.setAttribute('aria-label', `${opts.label}: ${data.caption ?? 'not loaded'}`);
      return;
    }
    source.width = side * cols;
    source.height = side * Math.ceil(K / cols);
    const sctx = source.getContext('2d');
    if (!sctx) return;
    const img = sctx.createImageData(source.width, source.height);
    const W = D + C;
    for (let mu = 0; mu < K; mu++) {
      const ox = (mu % cols) * side;
      const oy = Math.floor(mu / cols) * side;
      const row = mu * W;
      for (let i = 0; i < D; i++) {
        const px = (oy + Math.floor(i / side)) * source.width + ox + (i % side);
        writeDiverging(img.data, px, memories[row + i]);
      }
    }
    sctx.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    for (let mu = 0; mu < K; mu++) {
      const { x, y } = where(mu);
      ctx.drawImage(
        source,
        (mu % cols) * side,
        Math.floor(mu / cols) * side,
        side,
        side,
        x,
        y,
        tile,
        tile,
      );
    }
    if (data.showLabels) {
      const font = Math.max(9, Math.round(tile * 0.34));
      ctx.font = `600 ${font}px system-ui, sans-serif`;
      ctx.textBaseline = 'top';
      for (let mu = 0; mu < K; mu++) {
        const { x, y } = where(mu);
        const text = String(favouredLabel(memories, mu, D, C));
        const w = ctx.measureText(text).width + 4;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
        ctx.fillRect(x, y, w, font + 2);
        ctx.fillStyle = '#1a2040';
        ctx.fillText(text, x + 2, y + 1);
      }
    }
    canvas.setAttribute(
      'aria-label',
      `${opts.label}${data.caption ? `, ${data.caption}` : ''}: ${K} memories as heatmaps` +
        ' (purple −1, white 0, orange +1)',
    );
  };

  const onMove = (e: MouseEvent) => {
    if (!last?.memories) return;
    const r = canvas.getBoundingClientRect();
    // Layout pixels, also when CSS zooms the grid (the presenter view).
    const k = r.width > 0 ? canvas.offsetWidth / r.width : 1;
    const cols = gridColumns(last.K);
    const cx = Math.floor(((e.clientX - r.left) * k) / (tile + gap));
    const cy = Math.floor(((e.clientY - r.top) * k) / (tile + gap));
    const mu = cy * cols + cx;
    canvas.title =
      cx >= 0 && cx < cols && mu >= 0 && mu < last.K
        ? `Memory ${mu}: its label part favours ${favouredLabel(last.memories, mu, last.D, last.C)}`
        : '';
  };
  canvas.addEventListener('mousemove', onMove);

  let width = el.clientWidth;
  const resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (el.clientWidth === width) return;
          width = el.clientWidth;
          if (last) draw(last);
        })
      : null;
  resize?.observe(el);

  return {
    update(data) {
      last = data;
      draw(data);
    },
    destroy() {
      resize?.disconnect();
      canvas.removeEventListener('mousemove', onMove);
      canvas.remove();
    },
  };
}
