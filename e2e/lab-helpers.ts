/** The training lab's test hook and page helpers, shared by lab.spec.ts. */
import { hookReady } from './app';
import { expect, type Locator, type Page } from '@playwright/test';

export interface LabRunHook {
  key: string;
  name: string;
  source: string;
  shown: boolean;
  status: string;
  error: string | null;
  n: number | null;
  K: number | null;
  epoch: number;
  target: number;
  fraction: number;
  testErrors: number[];
  saved: number[];
  shownEpoch: number | null;
  shownLive: boolean;
  shownSum: number | null;
  stats: { median: number; mean: number; medianEffective: number; count: number } | null;
}

export interface LabHook {
  worker: { status: string; backend: string | null; error: string | null };
  training: string;
  trainingError: string | null;
  group: string;
  scrub: number | null;
  setup: Record<string, unknown>;
  runs: LabRunHook[];
}

export interface EvolveHook {
  kind: string;
  sweeps: number;
  done: boolean;
  reason: string | null;
  finite: boolean;
  moved: number;
  strongest: number;
  ink: number;
  labels: number[];
}

export type LabApi = {
  lab(): LabHook;
  labEvolution(): EvolveHook | null;
  setLabSetup(patch: Record<string, unknown>): void;
};

export const lab = (page: Page): Promise<LabHook> =>
  page.evaluate(() => (window.__dam as unknown as LabApi).lab());

export const evolution = (page: Page): Promise<EvolveHook | null> =>
  page.evaluate(() => (window.__dam as unknown as LabApi).labEvolution());

/** The shipped runs shown (the pair n = 3, 30, or all four). */
export const shipped = async (page: Page) =>
  (await lab(page)).runs.filter((r) => r.source === 'shipped' && r.shown);
export const live = async (page: Page) => (await lab(page)).runs.filter((r) => r.source === 'live');

/** Pixels of a canvas as a plain array (RGBA). */
export async function canvasPixels(canvas: Locator): Promise<number[]> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    return Array.from(ctx.getImageData(0, 0, c.width, c.height).data);
  });
}

/** Distinct colours among a canvas's pixels (a blank canvas has one). */
export async function distinctColours(canvas: Locator): Promise<number> {
  const px = await canvasPixels(canvas);
  const seen = new Set<number>();
  for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
  return seen.size;
}

/** The studio's pattern colours (src/charts/pattern-image.ts): paper −1, ink +1. */
export const PAPER = [250, 250, 247];
export const INK = [26, 32, 64];

/** The darkest RGB of a canvas's pixels. */
export function darkest(px: number[]): number[] {
  let best = [255, 255, 255];
  for (let i = 0; i < px.length; i += 4)
    if (px[i] + px[i + 1] + px[i + 2] < best[0] + best[1] + best[2]) best = px.slice(i, i + 3);
  return best;
}

export const grid = (page: Page, name: string): Locator =>
  page.getByRole('img', { name: new RegExp(`^Memories of ${name}\\b`) });

export async function openLab(page: Page, query = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`/?e2e=1${query}`);
  await hookReady(page);
  await page.getByRole('link', { name: 'Training lab', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  return errors;
}

/** Waits until the shipped runs shown are loaded and their statistics have arrived. */
export async function shippedReady(page: Page, count = 2): Promise<void> {
  await expect
    .poll(async () => (await shipped(page)).map((r) => r.status), { timeout: 30_000 })
    .toEqual(new Array(count).fill('ready'));
  await expect
    .poll(async () => (await shipped(page)).every((r) => r.stats !== null), { timeout: 90_000 })
    .toBe(true);
}

/** "10 at n = 3, 6 at n = 30": the medians the hook reports, as the sentences write them. */
export const medians = (runs: LabRunHook[]) =>
  [...runs]
    .sort((a, b) => a.n! - b.n!)
    .map(
      (r) =>
        `${Number.isInteger(r.stats!.median) ? r.stats!.median : r.stats!.median.toFixed(1)} at n = ${r.n}`,
    )
    .join(', ');
