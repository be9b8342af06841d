/**
 * Draws one square state (±1 or continuous in [−1, 1]) on a canvas: +1 is ink (dark), −1 is paper.
 * The canvas holds one pixel per neuron and CSS scales it up with `image-rendering: pixelated`,
 * so the picture stays crisp at any size.
 */

export interface PatternImageOptions {
  /** Neurons per side (28 for MNIST). */
  side: number;
  /** Displayed size in CSS pixels. */
  size: number;
  /** Accessible description of the picture. */
  label: string;
}

export interface PatternImage {
  /**
   * Draws `state` (length side²); null clears to paper. Pixels where `clamp` is 1 are tinted blue
   * (clamped: they never update).
   */
  update(state: Float32Array | null, label?: string, clamp?: Uint8Array | null): void;
  destroy(): void;
}

const INK = [26, 32, 64];
const PAPER = [250, 250, 247];
/** Okabe–Ito blue family for clamped pixels: dark ink and light paper stay distinguishable. */
const CLAMP_INK = [0, 60, 110];
const CLAMP_PAPER = [170, 212, 240];

export function renderPatternImage(el: HTMLElement, opts: PatternImageOptions): PatternImage {
  const canvas = document.createElement('canvas');
  canvas.width = opts.side;
  canvas.height = opts.side;
  canvas.className = 'pattern-image';
  canvas.style.width = `${opts.size}px`;
  canvas.style.height = `${opts.size}px`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', opts.label);
  el.appendChild(canvas);
  const ctx = canvas.getContext('2d');
  const image = ctx ? ctx.createImageData(opts.side, opts.side) : null;

  return {
    update(state, label, clamp) {
      if (label) canvas.setAttribute('aria-label', label);
      if (!ctx || !image) return;
      const px = image.data;
      const n = opts.side * opts.side;
      for (let i = 0; i < n; i++) {
        const v = state ? state[i] : -1;
        const ink = Math.min(1, Math.max(0, (v + 1) / 2));
        const [paper, dark] = clamp && clamp[i] ? [CLAMP_PAPER, CLAMP_INK] : [PAPER, INK];
        for (let c = 0; c < 3; c++) px[4 * i + c] = paper[c] + (dark[c] - paper[c]) * ink;
        px[4 * i + 3] = 255;
      }
      ctx.putImageData(image, 0, 0);
    },
    destroy() {
      canvas.remove();
    },
  };
}
