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
  // every frame after the cue ends a whole sweep
  for (const f of frames.slice(1)) expect(f.t).toBe(Math.round(f.t));
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');
});

test('a killed worker is respawned with the backend and memories replayed, and runs go on', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await playToEnd(page);
  await page.evaluate(() => window.__dam!.killWorker());
  const root = page.locator('.app');
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect(root).toHaveAttribute('data-backend', 'cpu');
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'idle');
  await playToEnd(page);
  expect(await finalEqualsMemory(page, 3)).toBe(true);
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');
});
