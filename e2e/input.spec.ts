/**
 * The input area: drawing (mouse strokes, undo/redo, invert, clear, eraser, keyboard), uploads
 * (PNG, SVG, drag & drop, and bad files that must leave the user's work untouched) and the cue
 * tools (start, flip noise, occluded rectangle, clamp mask).
 */
import { expect, test, type Page } from '@playwright/test';
import { cuePreview, drawDigitThree, drawingCanvas, inputHook, openStudio, strokeOn } from './draw';
import { makePng, pngHeader } from './png';

const ink = (pixels: number[]) => pixels.reduce((a, v) => a + v, 0);

/** Cosine similarity of two grey images seen as ±1 patterns (grey > 127.5 is +1). */
function signCosine(a: number[], b: number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] > 127.5 ? 1 : -1) * (b[i] > 127.5 ? 1 : -1);
  return dot / a.length;
}

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel('Upload image').setInputFiles({ name, mimeType, buffer });
}

test('draw a 3, undo, redo (buttons and keys), invert, erase and clear', async ({ page }) => {
  const errors = await openStudio(page);
  expect((await inputHook(page, 'drawing')).size).toBe(28);
  await drawDigitThree(page);
  const drawn = await inputHook(page, 'drawing');
  expect(drawn.undo).toBe(1);
  expect(drawn.raw.filter((v) => v > 127).length).toBeGreaterThan(40);
  // Soft, MNIST-like strokes: some grey edge pixels, not only 0 and 255.
  expect(drawn.raw.some((v) => v > 0 && v < 255)).toBe(true);

  // The drawing as used (auto-centred) looks most like the stored 3 of the default bank.
  const scores: number[] = [];
  for (let mu = 0; mu < 10; mu++) {
    scores.push(signCosine(drawn.image, (await inputHook(page, 'memoryGrey', mu))!));
  }
  expect(scores.indexOf(Math.max(...scores))).toBe(3);
  await page.locator('.draw-panel').screenshot({ path: 'e2e/screenshots/input-draw-panel.png' });

  await page.getByRole('button', { name: 'Undo' }).click();
  expect(ink((await inputHook(page, 'drawing')).raw)).toBe(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  expect((await inputHook(page, 'drawing')).raw).toEqual(drawn.raw);

  await drawingCanvas(page).focus();
  await page.keyboard.press('Control+z');
  expect(ink((await inputHook(page, 'drawing')).raw)).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  expect((await inputHook(page, 'drawing')).raw).toEqual(drawn.raw);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  expect((await inputHook(page, 'drawing')).raw).toEqual(drawn.raw);

  await page.getByRole('button', { name: 'Invert' }).click();
  expect((await inputHook(page, 'drawing')).raw).toEqual(drawn.raw.map((v) => 255 - v));
  await page.getByRole('button', { name: 'Invert' }).click();

  await page.getByRole('radio', { name: 'Eraser' }).click();
  await strokeOn(page, drawingCanvas(page), [
    [0.1, 0.5],
    [0.9, 0.5],
  ]);
  const erased = await inputHook(page, 'drawing');
  expect(ink(erased.raw)).toBeLessThan(ink(drawn.raw));
  expect(ink(erased.raw)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  expect(ink((await inputHook(page, 'drawing')).raw)).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await inputHook(page, 'drawing')).raw).toEqual(erased.raw);
  expect(errors).toEqual([]);
});

test('a fast stroke is continuous, and the keyboard can draw', async ({ page }) => {
  await openStudio(page);
  // One mouse event from the left edge to the right edge: the gap must be filled in.
  await strokeOn(
    page,
    drawingCanvas(page),
    [
      [0.05, 0.5],
      [0.95, 0.5],
    ],
    1,
  );
  const { raw } = await inputHook(page, 'drawing');
  const row = raw.slice(14 * 28, 15 * 28);
  for (let x = 2; x <= 25; x++) expect(row[x], `cell ${x} of the stroke`).toBeGreaterThan(127);

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await drawingCanvas(page).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  const kb = (await inputHook(page, 'drawing')).raw;
  expect(kb[14 * 28 + 14]).toBe(255);
  expect(kb[14 * 28 + 16]).toBe(255);
});

test('the drawing goes into the memory bank and becomes the cue', async ({ page }) => {
  await openStudio(page);
  const before = await inputHook(page, 'bankCount');
  await expect(page.getByRole('button', { name: 'Add drawing to memory bank' })).toBeDisabled();
  await drawDigitThree(page);
  await page.getByRole('button', { name: 'Add drawing to memory bank' }).click();
  await expect(page.getByText('Stored as “drawing 1”.')).toBeVisible();
  expect(await inputHook(page, 'bankCount')).toBe(before + 1);
  const stored = await inputHook(page, 'memoryGrey', before);
  expect(stored).toEqual((await inputHook(page, 'drawing')).image);

  await page.getByRole('button', { name: 'Use drawing as the cue' }).click();
  expect((await inputHook(page, 'cueSpec')).start.kind).toBe('drawing');
  await page.getByRole('slider', { name: 'Flip noise p' }).fill('0');
  const cue = (await inputHook(page, 'cue'))!;
  const image = (await inputHook(page, 'drawing')).image;
  expect(cue.state).toEqual(image.map((g) => (g / 255) * 2 - 1).map((v) => Math.fround(v)));
});

test('uploads: a PNG into the drawing and into the bank, an SVG, and drag & drop', async ({
  page,
}) => {
  await openStudio(page);
  // A dark bar on white paper: the light background is detected and inverted.
  const bar = makePng(60, 40, (x, y) => (x >= 20 && x < 40 && y >= 5 && y < 35 ? 0 : 255));
  await upload(page, 'bar.png', 'image/png', bar);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded bar.png' })).toContainText(
    '60×40 PNG → 28×28, light background inverted',
  );
  const d = await inputHook(page, 'drawing');
  expect(d.raw[14 * 28 + 14]).toBeGreaterThan(200); // the bar is ink
  expect(d.raw[14 * 28 + 2]).toBe(0); // the paper is background
  expect((await inputHook(page, 'cueSpec')).start.kind).toBe('drawing');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(ink((await inputHook(page, 'drawing')).raw)).toBe(0);

  const count = await inputHook(page, 'bankCount');
  await page.getByRole('combobox', { name: 'Load into' }).selectOption('bank');
  await page.getByRole('checkbox', { name: 'Binarise' }).check();
  await upload(page, 'bar.png', 'image/png', bar);
  await expect(
    page.getByRole('status').filter({ hasText: 'added to the memory bank' }),
  ).toBeVisible();
  expect(await inputHook(page, 'bankCount')).toBe(count + 1);
  const mem = (await inputHook(page, 'memoryGrey', count))!;
  expect(mem.every((v) => v === 0 || v === 255)).toBe(true);

  // A 10,000 × 10,000 SVG is vector art: it is drawn small, never at full size.
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="10000">' +
      '<rect x="3000" y="1000" width="4000" height="8000" fill="#000"/></svg>',
  );
  await page.getByRole('combobox', { name: 'Load into' }).selectOption('drawing');
  await upload(page, 'huge.svg', 'image/svg+xml', svg);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded huge.svg' })).toContainText(
    '10000×10000 SVG',
  );
  const s = await inputHook(page, 'drawing');
  expect(s.raw[14 * 28 + 14]).toBe(255);
  expect(s.raw[14 * 28 + 3]).toBe(0);

  // Drag & drop onto the upload box.
  const dot = makePng(8, 8, (x, y) => (x === 4 && y === 4 ? 255 : 0)).toString('base64');
  const transfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'dot.png', { type: 'image/png' }));
    return dt;
  }, dot);
  await page.locator('.upload-box').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').filter({ hasText: 'Loaded dot.png' })).toBeVisible();
  const dropped = (await inputHook(page, 'drawing')).raw;
  expect(dropped[15 * 28 + 15]).toBe(255); // white dot on black: kept, not inverted
  await page.screenshot({ path: 'e2e/screenshots/input-upload.png' });
});

test('uploads: JPEG, WebP (encoded by the browser) and GIF decode too', async ({ page }) => {
  await openStudio(page);
  for (const type of ['image/jpeg', 'image/webp']) {
    const b64 = await page.evaluate(async (t) => {
      const c = document.createElement('canvas');
      c.width = 50;
      c.height = 30;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 50, 30);
      ctx.fillStyle = '#000';
      ctx.fillRect(20, 5, 10, 20);
      const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), t, 0.95));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return btoa(String.fromCharCode(...bytes));
    }, type);
    const ext = type === 'image/jpeg' ? 'jpg' : 'webp';
    await upload(page, `bar.${ext}`, type, Buffer.from(b64, 'base64'));
    const label = ext === 'jpg' ? 'JPEG' : 'WebP';
    await expect(page.getByRole('status').filter({ hasText: `Loaded bar.${ext}` })).toContainText(
      `50×30 ${label} → 28×28, light background inverted`,
    );
    const { raw } = await inputHook(page, 'drawing');
    expect(raw[14 * 28 + 14]).toBeGreaterThan(200);
    expect(raw[14 * 28 + 3]).toBeLessThan(30);
  }
  // The classic 1×1 GIF.
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  await upload(page, 'pixel.gif', 'image/gif', gif);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded pixel.gif' })).toContainText(
    '1×1 GIF',
  );
});

test('bad uploads: a clear message and the drawing and bank untouched', async ({ page }) => {
  const errors = await openStudio(page);
  await drawDigitThree(page);
  const drawing = await inputHook(page, 'drawing');
  const count = await inputHook(page, 'bankCount');
  const unchanged = async () => {
    const now = await inputHook(page, 'drawing');
    expect(now.raw).toEqual(drawing.raw);
    expect(now.undo).toBe(drawing.undo);
    expect(await inputHook(page, 'bankCount')).toBe(count);
  };
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load' });

  // A PNG header followed by garbage.
  const corrupt = Buffer.concat([pngHeader(40, 40), Buffer.from('not really pixel data at all')]);
  const before = await inputHook(page, 'decodesStarted');
  await upload(page, 'corrupt.png', 'image/png', corrupt);
  await expect(alert).toContainText('corrupt.png: the image data is damaged or incomplete');
  // A header that passes goes to the decoder (which fails): the counter below counts.
  expect(await inputHook(page, 'decodesStarted')).toBe(before + 1);
  await unchanged();

  // Text with an image name.
  await upload(page, 'notes.png', 'image/png', Buffer.from('hello, this is not an image'));
  await expect(alert).toContainText('notes.png: it is not a PNG, JPEG, WebP, GIF or SVG image');
  await unchanged();

  // A real 10,000 × 10,000 PNG: refused from its header, nothing decoded.
  const decodes = await inputHook(page, 'decodesStarted');
  await upload(page, 'huge.png', 'image/png', makePng(10_000, 10_000, 255));
  await expect(alert).toContainText('huge.png: it is 10000×10000 pixels (100 megapixels)');
  expect(await inputHook(page, 'decodesStarted')).toBe(decodes);
  await unchanged();

  // Into the bank as well: the bank is not touched either.
  await page.getByRole('combobox', { name: 'Load into' }).selectOption('bank');
  await upload(page, 'huge.png', 'image/png', makePng(10_000, 10_000, 0));
  await expect(alert).toContainText('40 megapixels');
  await unchanged();

  // Over 20 MB.
  const big = Buffer.concat([pngHeader(100, 100), Buffer.alloc(21 * 1024 * 1024)]);
  await upload(page, 'big.png', 'image/png', big);
  await expect(alert).toContainText('big.png: it is 21.1 MB; images up to 20 MB');
  await unchanged();

  // A broken SVG.
  await upload(
    page,
    'broken.svg',
    'image/svg+xml',
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect'),
  );
  await expect(alert).toContainText('broken.svg: the SVG is not valid');
  await unchanged();
  await page.locator('.upload-box').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/input-bad-upload.png' });
  // The page still works: a stroke still draws.
  await strokeOn(page, drawingCanvas(page), [
    [0.1, 0.1],
    [0.3, 0.1],
  ]);
  expect((await inputHook(page, 'drawing')).undo).toBe(drawing.undo + 1);
  expect(errors).toEqual([]);
});

test('cue tools: start, noise, occluded rectangle, clamp mask', async ({ page }) => {
  await openStudio(page);
  const size = 28;
  const spec = () => inputHook(page, 'cueSpec');
  const cue = async () => (await inputHook(page, 'cue'))!;
  expect((await spec()).start).toEqual({ kind: 'memory', index: 3 });

  // Same seed → same cue; the next seed → another one.
  const a = await cue();
  expect((await cue()).state).toEqual(a.state);
  await page.getByRole('button', { name: 'Next seed' }).click();
  expect((await cue()).state).not.toEqual(a.state);

  // Without noise the cue is the stored memory.
  await page.getByRole('slider', { name: 'Flip noise p' }).fill('0');
  const clean = (await inputHook(page, 'memoryGrey', 3))!.map((g) =>
    Math.fround((g / 255) * 2 - 1),
  );
  expect((await cue()).state).toEqual(clean);
  await page.getByRole('combobox', { name: 'Start memory' }).selectOption({ index: 7 });
  expect((await spec()).start).toEqual({ kind: 'memory', index: 7 });
  await page.getByRole('combobox', { name: 'Start memory' }).selectOption({ index: 3 });

  // Occlude by dragging on the preview from cell (2, 2) to cell (10, 8).
  const preview = cuePreview(page);
  const cell = (x: number, y: number): [number, number] => [(x + 0.5) / size, (y + 0.5) / size];
  await page.getByRole('radio', { name: 'Occlude' }).click();
  await strokeOn(page, preview, [cell(2, 2), cell(10, 8)]);
  expect((await spec()).occlude).toEqual({ x: 2, y: 2, w: 9, h: 7 });
  let state = (await cue()).state;
  for (let y = 2; y < 9; y++) for (let x = 2; x < 11; x++) expect(state[y * size + x]).toBe(-1);
  // Typed numbers move it.
  await page.getByRole('spinbutton', { name: 'Occluded rectangle top' }).fill('14');
  await page.getByRole('spinbutton', { name: 'Occluded rectangle height' }).fill('14');
  expect((await spec()).occlude).toEqual({ x: 2, y: 14, w: 9, h: 14 });
  state = (await cue()).state;
  expect(state.slice(20 * size + 2, 20 * size + 11).every((v) => v === -1)).toBe(true);

  // Paint the clamp mask along row 5.
  await page.getByRole('radio', { name: 'Lock', exact: true }).click();
  await strokeOn(page, preview, [cell(3, 5), cell(24, 5)]);
  const clamp = (await cue()).clamp!;
  for (let x = 3; x <= 24; x++) expect(clamp[5 * size + x], `locked cell ${x}`).toBe(1);
  expect(clamp[20 * size + 5]).toBe(0);
  const locked = clamp.reduce((s, v) => s + v, 0);
  await expect(page.getByText(`${locked} locked`)).toBeVisible();
  await page.locator('.cue-panel').screenshot({ path: 'e2e/screenshots/input-cue-panel.png' });
  await page.screenshot({ path: 'e2e/screenshots/input-cue-tools.png' });

  // Unlock part of it again.
  await page.getByRole('radio', { name: 'Unlock' }).click();
  await strokeOn(page, preview, [cell(20, 5), cell(24, 5)]);
  const after = (await cue()).clamp!;
  expect(after[5 * size + 22]).toBe(0);
  expect(after[5 * size + 5]).toBe(1);

  await page.getByRole('button', { name: 'Clear mask' }).click();
  expect((await cue()).clamp).toBeNull();
  await page.getByRole('button', { name: 'Lock all but the rectangle' }).click();
  expect((await cue()).clamp!.reduce((s, v) => s + v, 0)).toBe(size * size - 9 * 14);
  await page.getByRole('button', { name: 'Clear mask' }).click();
  await page.getByRole('button', { name: 'Lock the rectangle' }).click();
  const inRect = (await cue()).clamp!;
  expect(inRect.reduce((s, v) => s + v, 0)).toBe(9 * 14);
  expect(inRect[20 * size + 5]).toBe(1);
  await page.getByRole('button', { name: 'Clear rectangle' }).click();
  expect((await spec()).occlude).toBeNull();

  // Random start: seeded ±1.
  await page.getByRole('radio', { name: 'Random' }).click();
  const r1 = (await cue()).state;
  expect(r1.every((v) => v === 1 || v === -1)).toBe(true);
  await page.getByRole('spinbutton', { name: 'Random start seed' }).fill('2');
  expect((await cue()).state).not.toEqual(r1);
});
