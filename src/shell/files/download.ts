/**
 * Saving files from the page: any Blob as a download, and PNG export of a view. A canvas is
 * exported with toBlob; an SVG chart is serialised and drawn onto a canvas; any other element is
 * exported as the composite of the canvases and SVG charts inside it, at their on-screen places.
 */

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (text: string, name: string, type: string): void =>
  downloadBlob(new Blob([text], { type }), name);

function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  // Inline the computed colours and fonts the chart's CSS gives it.
  const src = svg.querySelectorAll('*');
  clone.querySelectorAll('*').forEach((el, i) => {
    const cs = getComputedStyle(src[i]);
    (el as SVGElement).setAttribute(
      'style',
      `fill:${cs.fill};stroke:${cs.stroke};stroke-width:${cs.strokeWidth};opacity:${cs.opacity};` +
        `font:${cs.font};text-anchor:${cs.textAnchor};`,
    );
  });
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn as an image'));
    };
    img.src = url;
  });
}

const toBlob = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );

/** Renders `target` (canvas, SVG or an element holding them) into a PNG blob. */
export async function renderPng(target: Element, scale = 2): Promise<Blob> {
  if (target instanceof HTMLCanvasElement && scale === 1) return toBlob(target);
  const box = target.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(box.width * scale));
  out.height = Math.max(1, Math.round(box.height * scale));
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.scale(scale, scale);
  ctx.imageSmoothingEnabled = false;
  const parts: Element[] =
    target instanceof HTMLCanvasElement || target instanceof SVGSVGElement
      ? [target]
      : Array.from(target.querySelectorAll('canvas, svg'));
  for (const el of parts) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x = r.left - box.left;
    const y = r.top - box.top;
    if (el instanceof HTMLCanvasElement) ctx.drawImage(el, x, y, r.width, r.height);
    else if (el instanceof SVGSVGElement)
      ctx.drawImage(await svgImage(el), x, y, r.width, r.height);
  }
  return toBlob(out);
}

/** Downloads `target` as `<name>.png`. */
export async function exportPng(target: Element, name: string): Promise<void> {
  downloadBlob(await renderPng(target), name.endsWith('.png') ? name : `${name}.png`);
}
