/**
 * Accessibility of the training lab, the basins lab, the capacity lab, the census and the bodies lab, checked by axe-core
 * once each lab shows its results (the shipped runs with their statistics; a finished basin map;
 * a measured grid in every view): no serious or critical violation, and every chart has a text
 * alternative that carries its key numbers.
 */
import { expect, test } from '@playwright/test';
import { hookReady, openApp } from './app';
import { seriousViolations } from './axe';

type Hooks = {
  lab(): { runs: { source: string; shown: boolean; status: string; stats: unknown }[] };
  basin(): { status: string; resolution: number };
  setGrid(grid: unknown, view?: string): void;
  presetGrid(id: string): { base: unknown; series: { label: string }[] };
};

test('training lab: no serious or critical axe violation once the runs show', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/?e2e=1#/train');
  await hookReady(page);
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  await expect
    .poll(
      async () =>
        page.evaluate(() => {
          const runs = (window.__dam as unknown as Hooks).lab().runs.filter((r) => r.shown);
          return runs.length === 2 && runs.every((r) => r.status === 'ready' && r.stats !== null);
        }),
      { timeout: 90_000 },
    )
    .toBe(true);
  await expect(page.locator('.lab-contrib-summary')).not.toHaveAttribute('data-effect', '');
  // Every chart says what it shows, with its numbers.
  await expect(
    page.getByRole('img', { name: /^Error curves\. n = 3: test \d+\.\d%.*; n = 30: test / }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Contributors per decision\. n = 3: median \d+/ }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('basins lab: no serious or critical axe violation once the map is drawn', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Basins', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Basins of attraction/ })).toBeVisible();
  await expect
    .poll(
      async () =>
        page.evaluate(() => {
          const b = (window.__dam as unknown as Hooks).basin();
          return b.status === 'done' && b.resolution === 128;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
  await expect(page.getByRole('img', { name: /^Basin map, 128×128 cells: / })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Energy landscape .* energy from / })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('capacity lab: no serious or critical axe violation in any view once points are in', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Capacity', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Presets' })).toBeVisible();
  // The scaling preset's n = 2 and 3 at three lengths: every view has points to show.
  await page.evaluate(() => {
    const h = window.__dam as unknown as Hooks;
    const g = h.presetGrid('scaling');
    h.setGrid(
      {
        base: g.base,
        series: g.series.slice(0, 2).map((s) => ({ ...s, sweep: { N: [32, 45, 64] } })),
      },
      'scaling',
    );
  });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('[data-capacity-status="done"]')).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('img', { name: /^K_max against N, log–log\. n = 2: slope \d/ }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const views: [string, RegExp][] = [
    ['P(success) vs K', /^P\(success\) against K with 95% Wilson bands\. n = 2: ½ at K ≈ /],
    ['K_max vs d_H', /^log K_max against d_H\. /],
    ['Dataset', /^Dataset statistics of n = 2: N = 32: mean \|feature correlation\| 0\.\d{3}/],
  ];
  for (const [radio, name] of views) {
    await page.getByRole('radio', { name: radio }).click();
    await expect(page.getByRole('img', { name })).toBeVisible();
    expect(await seriousViolations(page), radio).toEqual([]);
  }
});

test('census lab: no serious or critical axe violation with a census, a state, classifiers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Census', exact: true }).click();
  await page.locator('[data-preset="default"]').click();
  await expect(page.locator('.census-job[data-job="census"]')).toHaveAttribute(
    'data-status',
    'done',
    { timeout: 60_000 },
  );
  await page.locator('.census-gallery .thumb').first().click();
  await expect(page.locator('section.census-picked .census-chart svg')).toBeVisible();
  await page.getByRole('button', { name: 'Train classifiers' }).click();
  await expect(page.locator('.census-job[data-job="classify"]')).toHaveAttribute(
    'data-status',
    'done',
    { timeout: 60_000 },
  );
  await expect(page.getByRole('img', { name: /^Counts per class/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('bodies lab: no serious or critical axe violation in either view', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Bodies', exact: true }).click();
  await expect(page.locator('.bodies-content')).toHaveAttribute('data-bodies-view', 'hidden');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('.bodies-job')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(page.getByRole('img', { name: /^Energy against time/ })).toBeVisible();
  expect(await seriousViolations(page), 'hidden').toEqual([]);
  await page.getByRole('radio', { name: 'Random features' }).click();
  await expect(page.locator('.bodies-content')).toHaveAttribute('data-bodies-view', 'features');
  expect(await seriousViolations(page), 'features').toEqual([]);
});
