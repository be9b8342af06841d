/**
 * The census lab as a new user meets it: open it from the navigation, take the default task's
 * census, read the classes with their counts and galleries, pick a spurious state and see its
 * energy profile, see the stability ratio miss some spurious states while a classifier on the
 * profile does better, send the state to the studio as the cue; then the phase map, a cancel,
 * the share link and a phone. Screenshots: test-results/census-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, shareLink } from './app';

interface Row {
  kind: string;
  train: { balancedAccuracy: number };
  test: { balancedAccuracy: number; accuracy: number };
  auc: number | null;
}

interface CensusHook {
  jobs: Record<'census' | 'classify' | 'phase', { status: string; error?: string }>;
  preset: string | null;
  picked: number | null;
  shownIsSetup: boolean;
  census: {
    states: number;
    probes: { total: number; unconverged: number };
    counts: Record<string, number>;
    shares: Record<string, number>;
    sr: Record<string, { mean: number } | null>;
    srAuc: number | null;
    srAucRest: number | null;
    classes: string[];
  } | null;
  profile: { state: number; length: number } | null;
  classify: { rows: Row[]; split: string; forShown: boolean } | null;
  phase: { cells: { E: number; p: number; stable: number; total: number }[] } | null;
}

type Hooks = {
  census(): CensusHook;
  censusSetSetup(patch: unknown): void;
  censusPresetSpec(id: string): unknown;
  censusRun(): Promise<void>;
  censusCancel(job: string): void;
};

const hook = (page: Page): Promise<CensusHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).census());

const job = (page: Page, name: string) => page.locator(`.census-job[data-job="${name}"]`);

async function openCensus(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Census', exact: true }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'census');
  await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
}

test('the default census: classes, gallery, profile, SR against a classifier, into the studio', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openCensus(page);
  await page.locator('[data-preset="default"]').click();
  await expect(job(page, 'census')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const c = (await hook(page)).census!;
  expect(c.states).toBeGreaterThan(10);
  const total = Object.values(c.counts).reduce((a, b) => a + b, 0);
  expect(total).toBe(c.states);
  expect(c.counts.prototype).toBeGreaterThan(0);
  expect(c.counts.spurious).toBeGreaterThan(0);
  await expect(page.locator('.census-table tr[data-class="spurious"] td').first()).toHaveText(
    String(c.counts.spurious),
  );
  await page.screenshot({ path: 'test-results/census-default.png', fullPage: true });

  // The gallery opens on the spurious states, largest basin first; pick the first.
  const thumbs = page.locator('.census-gallery .thumb');
  await expect(thumbs.first()).toBeVisible();
  await thumbs.first().click();
  const picked = page.locator('section.census-picked');
  await expect(picked).toHaveAttribute('data-class', 'spurious');
  await expect.poll(async () => (await hook(page)).profile?.length).toBe(100);
  await expect(
    picked.locator('.census-chart svg [role="img"], .census-chart svg[role="img"]'),
  ).toHaveCount(1);

  // SR alone does not separate every spurious state; the classifiers are trained on a held-out split.
  expect(c.srAucRest).not.toBeNull();
  expect(c.srAucRest!).toBeLessThan(1);
  await page.getByRole('button', { name: 'Train classifiers' }).click();
  await expect(job(page, 'classify')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const k = (await hook(page)).classify!;
  expect(k.rows.map((r) => r.kind)).toEqual(['sr', 'logistic', 'svm', 'mlp']);
  const sr = k.rows[0].test.balancedAccuracy;
  const best = Math.max(...k.rows.slice(1).map((r) => r.test.balancedAccuracy));
  expect(best).toBeGreaterThan(sr);
  await expect(page.locator('table[data-table="models"] tbody tr')).toHaveCount(4);
  await page
    .locator('section.census-models')
    .screenshot({ path: 'test-results/census-classifiers.png' });

  // The picked spurious state opens in the studio as the cue, the task's examples as memories.
  await page.getByRole('button', { name: 'Open in the studio as the cue' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'studio');
  await expect(page.getByRole('button', { name: 'Restore previous memories' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Welcome' })).toContainText(
    'a prototype task is open',
  );
  await page.screenshot({ path: 'test-results/census-in-studio.png' });
});

test('the phase map, a cancel, and the set-up in a share link', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openCensus(page);
  await page.evaluate(() => {
    const h = window.__dam as unknown as Hooks;
    h.censusSetSetup({
      phase: {
        side: 8,
        P: 5,
        Es: [2, 10],
        ps: [0, 0.3],
        trials: 3,
        network: { kind: 'hebbian', n: 2 },
        seed: 4,
      },
    });
  });
  await page.getByRole('button', { name: 'Compute phase map' }).click();
  await expect(job(page, 'phase')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const cells = (await hook(page)).phase!.cells;
  expect(cells).toHaveLength(4);
  for (const cell of cells) expect(cell.total).toBe(15);
  // Many clean examples make every prototype stable; few very noisy ones do not.
  const at = (E: number, p: number) => cells.find((x) => x.E === E && x.p === p)!;
  expect(at(10, 0).stable).toBe(15);
  expect(at(2, 0.3).stable).toBeLessThan(15);
  await page.locator('section.census-phase').screenshot({ path: 'test-results/census-phase.png' });

  // A big census cancelled keeps the page responsive and says so.
  await page.evaluate(() => {
    const h = window.__dam as unknown as Hooks;
    const spec = h.censusPresetSpec('default') as { probes: object };
    h.censusSetSetup({ spec: { ...spec, probes: { ...spec.probes, random: 99000 } } });
  });
  await page.getByRole('button', { name: 'Run census' }).click();
  await expect(job(page, 'census')).toHaveAttribute('data-status', 'running');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(job(page, 'census')).toHaveAttribute('data-status', 'cancelled');

  // The set-up travels: P = 12 on the other side.
  await page.getByRole('spinbutton', { name: 'Prototypes P' }).first().fill('12');
  await page.getByRole('spinbutton', { name: 'Prototypes P' }).first().press('Enter');
  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(link);
  await hookReady(other);
  await expect(other.locator('.app')).toHaveAttribute('data-lab', 'census');
  await expect(other.getByRole('spinbutton', { name: 'Prototypes P' }).first()).toHaveValue('12');
  await other.close();
});

test('a phone: one column, presets first, nothing wider than the screen', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/?e2e=1#/census');
  await hookReady(page);
  await page.locator('[data-preset="default"]').click();
  await expect(job(page, 'census')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.locator('.census-gallery .thumb').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/census-phone.png', fullPage: true });
  await context.close();
});
