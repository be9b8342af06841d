import { expect, test } from '@playwright/test';
import {
  energies,
  expectEnergyDescent,
  finalEqualsMemory,
  hookState,
  openApp,
  playToEnd,
} from './app';

test('the default studio retrieves the corrupted 3 and the energy falls', async ({ page }) => {
  await openApp(page);
  const backend = await page.locator('.app').getAttribute('data-backend');
  // Headless Chromium here only has a software (SwiftShader) WebGPU adapter: auto must not pick it.
  expect(backend).not.toBe('webgpu');
  expect(backend).not.toBe('none');
  await expect(page.getByRole('status', { name: `Compute backend: ${backend}` })).toBeVisible();
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'idle');

  await playToEnd(page);
  const state = await hookState(page);
  expect(state.cueMemory).toBe(3);
  expect(await finalEqualsMemory(page, 3)).toBe(true);
  expectEnergyDescent(await energies(page));
  expect(state.verdict?.kind).toBe('retrieved');
  const verdict = page.locator('.stage .verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'retrieved');
  // Memories are numbered 1…K for people: index 3 is memory 4, the digit 3.
  await expect(verdict).toContainText('Retrieved memory 4 · 3 (#3119)');
  await page.screenshot({ path: 'e2e/screenshots/first-screen.png' });
});

test('with reduced motion a run jumps in whole sweeps to the end', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '&backend=cpu');
  await playToEnd(page);
  const frames = await page.evaluate(() => window.__dam!.frames());
  // every frame after the cue ends a whole sweep (and there are some: the loop below runs)
  expect(frames.length).toBeGreaterThan(2);
  for (const f of frames.slice(1)) expect(f.t).toBe(Math.round(f.t));
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');
});

test('a worker killed through the client after a run keeps the run and its verdict', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await playToEnd(page);
  const before = await page.evaluate(() => window.__dam!.frames().length);
  const respawned = page.waitForEvent('worker', (w) => w.url().includes('compute.worker'));
  await page.evaluate(() => window.__dam!.killWorker());
  await respawned;
  await expect(
    page.getByText(/compute worker restarted; the run went on from step \d+/),
  ).toBeVisible();
  const root = page.locator('.app');
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect(root).toHaveAttribute('data-backend', 'cpu');
  // The finished run is still there, frames and verdict, and a new run works on the new worker.
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'done');
  expect(await page.evaluate(() => window.__dam!.frames().length)).toBe(before);
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'idle');
  await playToEnd(page);
  expect(await finalEqualsMemory(page, 3)).toBe(true);
});

test('the worker crashing mid-run (an error inside it, not the client) is respawned and the run goes on', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await page.getByRole('slider', { name: 'Speed' }).fill('2');
  await page.getByRole('button', { name: /Play/ }).click();
  const studio = page.locator('.studio');
  await expect(studio).toHaveAttribute('data-run-status', 'running');
  // Mid-run: at least one whole sweep recorded, the run not settled yet.
  await expect
    .poll(() => page.evaluate(() => window.__dam!.frames().at(-1)!.t))
    .toBeGreaterThanOrEqual(1);
  await expect(studio).toHaveAttribute('data-run-status', 'running');
  const compute = page.workers().filter((w) => w.url().includes('compute.worker'));
  expect(compute).toHaveLength(1);
  const respawned = page.waitForEvent('worker', (w) => w.url().includes('compute.worker'));
  // An uncaught error inside the worker: the page sees only the Worker's "error" event.
  await compute[0].evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash in the compute worker');
    }, 0);
  });
  await respawned;
  const notice = page.getByText(/compute worker restarted; the run went on from step (\d+)/);
  await expect(notice).toBeVisible();
  const from = Number(/from step (\d+)/.exec(await notice.innerText())![1]);
  expect(from).toBeGreaterThanOrEqual(1);
  await expect(studio).toHaveAttribute('data-run-status', 'done', { timeout: 60_000 });
  // The frames before the crash are kept and time never went back to 0.
  const ts = await page.evaluate(() => window.__dam!.frames().map((f) => f.t));
  expect(ts[0]).toBe(0);
  for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeGreaterThanOrEqual(ts[i - 1]);
  expect(ts.at(-1)!).toBeGreaterThan(from);
  expect(await finalEqualsMemory(page, 3)).toBe(true);
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');
});
