import { expect, test } from '@playwright/test';
import {
  energies,
  expectEnergyDescent,
  finalEqualsMemory,
  hookState,
  openApp,
  runRetrieval,
} from './app';

test('default flow retrieves the corrupted digit and the energy falls', async ({ page }) => {
  await openApp(page);
  const backend = await page.locator('.app').getAttribute('data-backend');
  // Headless Chromium here only has a software (SwiftShader) WebGPU adapter: auto must not pick it.
  expect(backend).not.toBe('webgpu');
  expect(backend).not.toBe('none');
  await expect(page.getByRole('status', { name: `Compute backend: ${backend}` })).toBeVisible();

  await runRetrieval(page);
  const state = await hookState(page);
  expect(state.memoryLabels).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(state.cueMemory).toBe(3);
  expect(await finalEqualsMemory(page, state.cueMemory!)).toBe(true);
  expectEnergyDescent(await energies(page));
  expect(state.verdict?.kind).toBe('retrieved');
  await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'retrieved');
  await expect(page.locator('.verdict')).toContainText('Retrieved memory 3 (digit 3)');

  await page.screenshot({ path: 'e2e/screenshots/first-screen.png' });
});

test('?backend=cpu forces the cpu backend and still retrieves', async ({ page }) => {
  await openApp(page, '&backend=cpu');
  await expect(page.locator('.app')).toHaveAttribute('data-backend', 'cpu');

  await page.getByRole('radio', { name: 'Use digit 7 as the cue' }).check();
  await page.getByRole('button', { name: 'Next seed' }).click();
  await runRetrieval(page);
  const state = await hookState(page);
  expect(state.cueMemory).toBe(7);
  expect(await finalEqualsMemory(page, 7)).toBe(true);
  expectEnergyDescent(await energies(page));
  expect(state.verdict?.kind).toBe('retrieved');
});

test('with reduced motion the run jumps straight to the final frame', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '&backend=cpu');
  await page.getByRole('button', { name: 'Run retrieval' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-run-status', 'done');
  const scrub = page.getByRole('slider', { name: 'Show frame' });
  await expect(scrub).toHaveValue((await scrub.getAttribute('max')) ?? '');
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');
});

test('a killed worker is respawned with the backend and memories replayed, and runs go on', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await runRetrieval(page);
  await page.evaluate(() => window.__dam!.killWorker());
  const root = page.locator('.app');
  await expect(root).toHaveAttribute('data-ready', 'true');
  await expect(root).toHaveAttribute('data-backend', 'cpu');
  await page.getByRole('button', { name: 'Next seed' }).click();
  await runRetrieval(page);
  const state = await hookState(page);
  expect(await finalEqualsMemory(page, state.cueMemory!)).toBe(true);
  expect(state.verdict?.kind).toBe('retrieved');
});
