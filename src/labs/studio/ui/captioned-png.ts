/**
 * The studio's PNG export with a caption band on top: the title, the model(s) with n or β and
 * the verdict, so a saved picture says what it shows. The view itself is rendered by the shell's
 * renderPng; this draws the band and the view onto one canvas.
 */
import { downloadBlob, renderPng } from '../../../shell/files/download';

const SCALE = 2;
const PAD = 8;
const TITLE_PX = 15;
const LINE_PX = 12.5;

/** Renders `target` with `lines` above it (the first as a title) and downloads it as `name`. */
export async function exportCaptionedPng(
  target: Element,
  name: string,
  lines: readonly string[],
): Promise<void> {
  const view = await createImageBitmap(await renderPng(target, SCALE));
  const rows = lines.map((text, i) => ({ text, px: i === 0 ? TITLE_PX : LINE_PX }));
  const band = (PAD * 2 + rows.reduce((a, r) => a + r.px * 1.45, 0)) * SCALE;
  const out = document.createElement('canvas');
  out.width = view.width;
  out.height = Math.round(view.height + band);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1a2040';
  ctx.textBaseline = 'top';
  let y = PAD * SCALE;
  for (const r of rows) {
    ctx.font = `${r.px === TITLE_PX ? '600 ' : ''}${r.px * SCALE}px system-ui, sans-serif`;
    ctx.fillText(r.text, PAD * SCALE, y, out.width - 2 * PAD * SCALE);
    y += r.px * 1.45 * SCALE;
  }
  ctx.strokeStyle = '#d0d4e0';
  ctx.beginPath();
  ctx.moveTo(0, band - 0.5);
  ctx.lineTo(out.width, band - 0.5);
  ctx.stroke();
  ctx.drawImage(view, 0, Math.round(band));
  view.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  downloadBlob(blob, name);
}
