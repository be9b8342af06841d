/** Page helpers shared by the specs: open the app, wait for the worker, run, read numbers. */
import { expect, type Page } from '@playwright/test';

export interface HookState {
  runStatus: string;
  backend: string | null;
  ready: boolean;
  verdict: { kind: string; memory?: number; overlap?: number } | null;
  steps: number | null;
  converged: boolean | null;
  cueMemory: number | null;
  memoryLabels: number[];
}

declare global {
  interface Window {
    /** Installed by src/app/test-hook.ts when the URL has ?e2e=1. */
    __dam?: {
      getState(): unknown;
      energies(): number[];
      final(): number[] | null;
      memory(mu: number): number[];
      killWorker(): Promise<void>;
    };
  }
}

/** Opens the app with the test hook on and waits until the worker answered init. */
export async function openApp(page: Page, query = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`/?e2e=1${query}`);
  const root = page.locator('.app');
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.getByRole('checkbox', { name: 'Store digit 9' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Next example of digit 9' })).toBeEnabled();
  expect(errors, 'uncaught page errors').toEqual([]);
}

/** Presses Run and waits for the animation to finish (data-run-status="done"). */
export async function runRetrieval(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run retrieval' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-run-status', 'done', {
    timeout: 30_000,
  });
}

export async function hookState(page: Page): Promise<HookState> {
  return page.evaluate(() => window.__dam!.getState() as HookState);
}

export async function energies(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__dam!.energies());
}

/** True when the final state equals memory `mu` exactly. */
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
    expect(series[i], `energy rose at step ${i}`).toBeLessThanOrEqual(series[i - 1] + tol);
  }
  expect(series[series.length - 1]).toBeLessThan(series[0]);
}
