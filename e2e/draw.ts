/**
 * Drawing and input helpers for the specs: open the studio for input tests, draw a recognisable
 * "3" on the drawing canvas with the mouse, and read the input area's test hook.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { hookReady } from './app';

/** The input area's part of window.__dam (src/app/input-test-hook.ts). */
export interface InputHook {
  cue(): { state: number[]; clamp: number[] | null } | null;
  cueSpec(): {
    start: { kind: string; index?: number; seed?: number };
    flipP: number;
    occlude: { x: number; y: number; w: number; h: number } | null;
    clamp: number[] | null;
  };
  drawing(): { size: number; raw: number[]; image: number[]; undo: number; redo: number };
  bankCount(): number;
  decodesStarted(): number;
  memoryGrey(index: number): number[] | null;
}

type HookName = keyof InputHook;

/** Calls one method of the input hook in the page. */
export async function inputHook<K extends HookName>(
  page: Page,
  name: K,
  ...args: Parameters<InputHook[K]>
): Promise<ReturnType<InputHook[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const api = (window as unknown as { __dam: Record<string, (...x: unknown[]) => unknown> })
        .__dam;
      return api[n as string](...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<ReturnType<InputHook[K]>>;
}

export const drawingCanvas = (page: Page): Locator =>
  page.getByRole('application', { name: /^Drawing canvas/ });

export const cuePreview = (page: Page): Locator => page.getByRole('img', { name: /^Cue preview/ });

/** Opens the app with the test hook, on the CPU backend, and waits for the MNIST digits. */
export async function openStudio(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/?e2e=1&backend=cpu');
  await hookReady(page);
  await expect(drawingCanvas(page)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => inputHook(page, 'cue'), { timeout: 30_000 }).not.toBeNull();
  return errors;
}

/**
 * Drags the mouse through `points` (fractions of the canvas box) as one stroke, with `steps`
 * intermediate mouse events per segment.
 */
export async function strokeOn(
  page: Page,
  target: Locator,
  points: readonly [number, number][],
  steps = 4,
): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('stroke target is not visible');
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height];
  const [x0, y0] = at(points[0]);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (const p of points.slice(1)) {
    const [x, y] = at(p);
    await page.mouse.move(x, y, { steps });
  }
  await page.mouse.up();
}

/** The two bowls of a handwritten 3, as fractions of the canvas. */
const THREE: [number, number][] = [
  [0.34, 0.17],
  [0.5, 0.15],
  [0.66, 0.15],
  [0.75, 0.18],
  [0.76, 0.27],
  [0.7, 0.36],
  [0.58, 0.44],
  [0.44, 0.48],
  [0.58, 0.5],
  [0.68, 0.57],
  [0.7, 0.68],
  [0.64, 0.79],
  [0.52, 0.86],
  [0.36, 0.87],
  [0.22, 0.82],
];

/**
 * Draws a recognisable "3" on the drawing canvas in one mouse stroke, with the brush set to
 * `radius` cells (MNIST strokes are about four pixels wide).
 */
export async function drawDigitThree(page: Page, radius = 2): Promise<void> {
  await page.getByRole('radio', { name: 'Brush' }).click();
  await page.getByRole('slider', { name: 'Brush size' }).fill(String(radius));
  await strokeOn(page, drawingCanvas(page), THREE, 3);
}
