/** Page helpers shared by the specs: open the studio, wait for the worker, play, read numbers. */
import { expect, type Page } from '@playwright/test';

export interface HookVerdict {
  kind: string;
  memory?: number;
  memories?: number[];
  nearest?: number;
  count?: number;
  overlap?: number;
}

export interface HookState {
  runStatus: string;
  error: string | null;
  backend: string | null;
  ready: boolean;
  datasetReady: boolean;
  bankCount: number;
  verdict: HookVerdict | null;
  hint: string | null;
  t: number | null;
  converged: boolean | null;
  cueMemory: number | null;
  memoryLabels: string[];
  lanes: { verdict: HookVerdict | null; hint: string | null; t: number }[];
}

export interface HookFrame {
  t: number;
  energy: number;
  updates: number;
  flips: number;
  converged: boolean;
  reconfigured: boolean;
  spec: { energy: string; n: number; beta: number };
}

/** The dynamics area's part of window.__dam (src/app/test-hook.ts). */
export interface DamHook {
  getState(): HookState;
  energies(lane?: number): number[];
  frames(lane?: number): HookFrame[];
  cursor(lane?: number): number;
  final(lane?: number): number[] | null;
  memory(mu: number): number[];
  addMnist(indices: number[]): number;
  setParams(partial: Record<string, unknown>): void;
  whenPainted(spec: Record<string, unknown>): Promise<number>;
  killWorker(): Promise<void>;
  pingWorker(): Promise<number>;
  /** Writes the pending IndexedDB save now. */
  flushSave(): Promise<void>;
}

declare global {
  interface Window {
    /** Installed by src/app/test-hook.ts when the URL has ?e2e=1. */
    __dam?: DamHook;
  }
}

/** Waits until the test hook (loaded by dynamic import with ?e2e=1) is installed. */
export async function hookReady(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.__dam?.getState === 'function', null, {
    timeout: 30_000,
  });
}

/** Opens the app with the test hook on and waits until the worker and the cue are ready. */
export async function openApp(page: Page, query = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`/?e2e=1${query}`);
  await hookReady(page);
  const root = page.locator('.app');
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(() => window.__dam!.getState().datasetReady), {
      timeout: 30_000,
    })
    .toBe(true);
  await expect.poll(() => page.evaluate(() => window.__dam!.frames().length)).toBeGreaterThan(0);
  expect(errors, 'uncaught page errors').toEqual([]);
  return errors;
}

/** Presses Play and waits for the run to settle (data-run-status="done"). */
export async function playToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'done', {
    timeout: 30_000,
  });
}

export async function hookState(page: Page): Promise<HookState> {
  return page.evaluate(() => window.__dam!.getState());
}

export async function energies(page: Page, lane = 0): Promise<number[]> {
  return page.evaluate((l) => window.__dam!.energies(l), lane);
}

/** True when the shown state equals memory `mu` (as the model sees it) exactly. */
export async function finalEqualsMemory(page: Page, mu: number): Promise<boolean> {
  return page.evaluate((m) => {
    const api = window.__dam!;
    const final = api.final();
    const memory = api.memory(m);
    return !!final && final.length === memory.length && final.every((v, i) => v === memory[i]);
  }, mu);
}

/** Energies never rise (up to float rounding) and end strictly below the start. */
export function expectEnergyDescent(series: number[]): void {
  expect(series.length).toBeGreaterThan(1);
  for (let i = 1; i < series.length; i++) {
    const tol = 1e-9 * Math.max(1, Math.abs(series[i - 1]));
    expect(series[i], `energy rose at frame ${i}`).toBeLessThanOrEqual(series[i - 1] + tol);
  }
  expect(series[series.length - 1]).toBeLessThan(series[0]);
}

/** Opens "Share", waits for the link it makes, closes the popover and returns the link. */
export async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page.getByRole('dialog', { name: 'Share this set-up' }).getByRole('textbox');
  await expect(field).not.toHaveValue('');
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  return link;
}
