/**
 * The basins view as a new user meets it: open it on the ten default digits and see a coloured
 * map within a second, drag n from 2 to 20 and watch the basins change, click a point and follow
 * its trajectory, compute basin-size curves with bands, export the map as CSV, and share a link
 * that restores the plane. Screenshots go to e2e/screenshots/.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, hookReady, shareLink } from './app';

interface BasinHook {
  status: string;
  error: string | null;
  resolution: number;
  progress: number;
  elapsedMs: number;
  K: number;
  counts: number[];
  kinds: { kind: string; distinct: number; cells: number; largest: number[] }[];
  settings: { plane: Record<string, unknown>; resolution: number; maxSteps: number };
  marks: { label: string; x: number; y: number }[];
  probe: { points: number; converged: boolean; steps: number; nearest: number } | null;
  curves: {
    status: string;
    models: string[];
    memories: number;
    points: number;
    bandsOk: boolean;
    radii: (number | null)[][];
  };
  timings: { openedAt: number; firstPassMs: number | null; firstCompleteMs: number | null };
}

const basin = (page: Page): Promise<BasinHook> =>
  page.evaluate(() => (window.__dam as unknown as { basin(): BasinHook }).basin());

/** Waits until the map for the current settings is complete. */
async function settled(page: Page, resolution = 128): Promise<BasinHook> {
  await expect
    .poll(
      async () => {
        const b = await basin(page);
        return b.status === 'done' && b.resolution === resolution;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return basin(page);
}

const memoryCells = (b: BasinHook) => b.counts.slice(0, b.K);

async function openBasins(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Basins', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Basins of attraction/ })).toBeVisible();
}

test('open the basin view on the ten digits: a coloured map', async ({ page }) => {
  await openBasins(page);
  await expect.poll(async () => (await basin(page)).resolution).toBeGreaterThan(0);
  // How fast the first pass arrives is measured by `npm run bench`, not asserted here.
  const b = await settled(page);
  expect(b.K).toBe(10);
  expect(b.counts.reduce((a, c) => a + c, 0)).toBe(128 * 128);
  // At least the three memories spanning the plane own some cells.
  expect(memoryCells(b).filter((c) => c > 0).length).toBeGreaterThanOrEqual(3);
  expect(b.marks.length).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.basin-legend li').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/basins-map.png' });
});

test('drag n from 2 to 20: the basins change', async ({ page }) => {
  await openBasins(page);
  const slider = page.getByRole('slider', { name: 'Interaction power n' });
  await slider.fill('2');
  const atTwo = await settled(page);
  // The classical network: its end states that are no memory, told apart and counted per kind.
  const others = atTwo.kinds.filter((k) => k.cells > 0);
  // (On this plane every probe of the 10 digits ends in one and the same spurious state.)
  expect(others.length).toBeGreaterThan(0);
  for (const k of others) {
    expect(k.largest.reduce((a, c) => a + c, 0)).toBe(k.cells);
    const head = page.locator(`.basin-legend-kind[data-kind="${k.kind}"]`);
    await expect(head).toHaveAttribute('data-distinct', String(k.distinct));
    const what = k.kind === 'mixture' ? 'mixtures' : 'spurious states';
    await expect(head).toContainText(`${what}: ${k.distinct} distinct, `);
  }
  const named = page.locator('.basin-legend li[data-attractor]');
  await expect(named.first()).toBeVisible();
  await expect(named.first()).toContainText(
    /^(spurious state \d+ \(closest: memory \d, overlap −?\d\.\d\d\)|mixture \d+ \()/,
  );
  // The landscape's colour bar is labelled in energies.
  await expect(page.locator('.energy-ticks > span')).toHaveCount(4);
  await expect(page.locator('.energy-ticks > span').first()).toHaveText(/^−?\d/);
  await page.screenshot({ path: 'e2e/screenshots/basins-n2.png' });
  // Drag the thumb with the mouse: every value on the way reaches the controller.
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  const at = (n: number) => box.x + 8 + ((n - 2) / (60 - 2)) * (box.width - 16);
  await page.mouse.move(at(2), y);
  await page.mouse.down();
  for (let n = 3; n <= 20; n++) await page.mouse.move(at(n), y, { steps: 2 });
  await page.mouse.up();
  await expect(page.locator('.app')).toBeVisible();
  const n = Number(await slider.inputValue());
  expect(n).toBeGreaterThanOrEqual(18);
  if (n !== 20) await slider.fill('20');
  const atTwenty = await settled(page);
  expect(atTwenty.counts).not.toEqual(atTwo.counts);
  await page.screenshot({ path: 'e2e/screenshots/basins-n20.png' });
});

test('click a point: its trajectory is drawn; curves with bands; CSV export', async ({ page }) => {
  await openBasins(page);
  await settled(page);
  const map = page.getByRole('img', { name: /^Basin map/ });
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.35, y: box.height * 0.6 } });
  await expect.poll(async () => (await basin(page))?.probe?.points ?? 0).toBeGreaterThan(1);
  await expect(page.locator('.probe-text')).toContainText('Probe from');
  await page.screenshot({ path: 'e2e/screenshots/basins-probe.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Export the basin map' })
      .getByRole('button', { name: 'CSV' })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('dam-basins.csv');
  const csv = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
  // The last column names the distinct mixture or spurious state (empty for memories).
  expect(csv[0]).toBe('i,j,x,y,outcome,name,steps,energy,attractor');
  expect(csv).toHaveLength(128 * 128 + 1);

  await page.getByRole('button', { name: 'Compute curves' }).click();
  await expect
    .poll(async () => (await basin(page)).curves.status, { timeout: 60_000 })
    .toBe('done');
  const curves = (await basin(page)).curves;
  expect(curves.models.length).toBeGreaterThanOrEqual(2);
  expect(curves.memories).toBe(10);
  expect(curves.points).toBe(11);
  expect(curves.bandsOk).toBe(true);
  await expect(page.getByRole('table', { name: 'Basin radius per memory' })).toBeVisible();
  await page.locator('.curves-panel').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: 'e2e/screenshots/basins-curves.png' });
  const [curveCsv] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Export the curves' })
      .getByRole('button', { name: 'CSV' })
      .click(),
  ]);
  expect(curveCsv.suggestedFilename()).toBe('dam-basin-curves.csv');

  // The probe's start opens in the studio as a drawn cue.
  await page.getByRole('button', { name: 'Open in studio' }).click();
  await expect(page.getByRole('link', { name: 'Studio', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('radio', { name: 'The drawing' })).toBeChecked();
});

test('a share link restores the basin view and its plane', async ({ page, browser }) => {
  await openBasins(page);
  await page.getByRole('combobox', { name: 'Memory c' }).selectOption('7');
  await page.getByRole('combobox', { name: 'Resolution' }).selectOption('64');
  await settled(page, 64);
  const before = (await basin(page)).settings;
  expect(before).toMatchObject({ plane: { kind: 'memories', a: 0, b: 1, c: 7 }, resolution: 64 });
  const link = await shareLink(page);

  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  await page2.goto(link);
  await hookReady(page2);
  await expect(page2.locator('.app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page2.getByRole('heading', { name: /Basins of attraction/ })).toBeVisible();
  const after = await settled(page2, 64);
  expect(after.settings).toEqual(before);
  expect(after.marks.map((m) => m.label)).toEqual((await basin(page)).marks.map((m) => m.label));
  await page2.screenshot({ path: 'e2e/screenshots/basins-shared.png' });
  await fresh.close();
});
