/**
 * Chart goldens: every chart that draws is rendered from fixed data (src/goldens/, loaded with
 * ?e2e=1) and compared with its reviewed PNG in e2e/chart-goldens.spec.ts-snapshots/; a few
 * whole pages are compared at fixed sizes with what varies masked. A deliberate change to a
 * chart updates its golden in the same commit, after looking at it:
 *   npx playwright test e2e/chart-goldens.spec.ts --update-snapshots
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, playToEnd } from './app';
import { openLab, shippedReady } from './lab-helpers';

/** Every golden, in render order: a chart added to src/goldens/charts.ts is added here too. */
declare global {
  interface Window {
    /** src/goldens/install.ts */
    __damGoldens?: { names: () => string[]; render: (name: string) => string };
  }
}

const CHARTS = [
  'cue-canvas-grey',
  'cue-canvas-cue',
  'pattern-image',
  'value-bars',
  'basin-curves',
  'basin-map',
  'energy-landscape',
  'plane-overlay',
  'energy-line',
  'grey-thumb',
  'grey-thumb-empty',
  'overlap-lines',
  'kh-contributors',
  'kh-error-curves',
  'kh-memory-grid',
  'kh-memory-tile',
  'capacity-success-curves',
  'capacity-kmax-scaling',
  'capacity-kmax-separation',
  'capacity-dataset-stats',
];

// No platform in the golden names (playwright.config.ts): CI runs this Linux and Debian Chromium.
test.use({ viewport: { width: 1280, height: 720 } });
test.describe.configure({ mode: 'serial' });

async function goldensReady(page: Page): Promise<void> {
  await page.goto('/?e2e=1');
  await page.waitForFunction(() => typeof window.__damGoldens?.render === 'function');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

test('every chart matches its golden', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await goldensReady(page);
  const names = await page.evaluate(() => window.__damGoldens!.names());
  expect(names).toHaveLength(20);
  expect(names).toEqual(CHARTS);
  for (const name of names) {
    const id = await page.evaluate((n) => window.__damGoldens!.render(n), name);
    const stage = page.locator(`#${id}`);
    await expect(stage).toBeVisible();
    await expect(stage, name).toHaveScreenshot(`${name}.png`, { maxDiffPixelRatio: 0.001 });
  }
  expect(errors, 'uncaught page errors').toEqual([]);
});

/**
 * Page goldens: which in-between frames of a run the studio's trails draw depends on timing
 * (about 100 pixels differ between runs); a moved or lost panel is far more than 0.2%.
 */
const PAGE = { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide' } as const;

/** What varies from run to run: the compute backend (badge, training lab note), timings. */
const varying = (page: Page) => [
  page.locator('.badge'),
  page.locator('[data-basin-status]'),
  page.getByText(/Worker backend:/),
];

test('page: the studio at 1280×720 after the default seeded run', async ({ page }) => {
  await openApp(page);
  await playToEnd(page);
  await expect(page).toHaveScreenshot('page-studio-1280x720.png', {
    ...PAGE,
    mask: varying(page),
  });
});

test('page: the basins lab at 1280×720 once its map is complete', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Basins', exact: true }).click();
  await expect(page.locator('[data-basin-status="done"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.basin-legend li').first()).toBeVisible();
  await expect(page).toHaveScreenshot('page-basins-1280x720.png', {
    ...PAGE,
    mask: varying(page),
  });
});

test('page: the training lab at 1280×720 once the shipped runs and their statistics show', async ({
  page,
}) => {
  await openLab(page);
  await shippedReady(page);
  await expect(page).toHaveScreenshot('page-train-1280x720.png', {
    ...PAGE,
    mask: varying(page),
  });
});
