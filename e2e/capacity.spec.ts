/**
 * The capacity lab as a new user meets it: open it from the navigation, run the n = 2, 3, 4
 * scaling preset and watch the points arrive with their bands, see the theory lines and the
 * fitted slopes, cancel and restart (finished points come back from the worker's cache), switch
 * to the separation preset and see log K_max against d_H for two ρ; save and reopen the result
 * file, refuse a bad one, and carry the set-up in a share link. Screenshots: test-results/.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, shareLink } from './app';

interface CapLine {
  index: number;
  series: string;
  N: number;
  n: number;
  rho: number;
  dH: number;
  median: number;
  q1: number;
  q3: number;
  censored: number;
  k50: number | null;
  curve: number;
  bandsOk: boolean;
}

interface CapHook {
  status: string;
  error: string | null;
  done: number;
  total: number;
  points: number;
  totalPoints: number;
  elapsedMs: number;
  summary: { points: number; cached: number; ms: number; backend: string } | null;
  source: string | null;
  preset: string | null;
  view: string;
  lines: CapLine[];
  scaling: { name: string; points: number; slope: number | null }[];
  separation: { name: string; points: number; slope: number | null }[];
  theory: { id: string; label: string }[];
  findings: { kind: string; text: string }[];
}

type Hooks = {
  capacity(): CapHook;
  json(): string | null;
  setGrid(grid: unknown, view?: string): void;
  presetGrid(id: string): unknown;
};

const cap = (page: Page): Promise<CapHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).capacity());

async function openCapacity(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Capacity', exact: true }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'capacity');
  await expect(page.getByRole('heading', { name: 'Presets' })).toBeVisible();
}

const status = (page: Page) => page.locator('[data-capacity-status]');

async function finished(page: Page, timeout = 90_000): Promise<CapHook> {
  await expect(status(page)).toHaveAttribute('data-capacity-status', 'done', { timeout });
  return cap(page);
}

test('the scaling preset: points arrive with bands, theory lines and fitted slopes', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openCapacity(page);
  await page.getByRole('button', { name: 'K_max against N (n = 2, 3, 4)' }).click();
  await expect(status(page)).toHaveAttribute('data-capacity-status', 'running');
  // Cheap points first: the n = 2 line fills in while the n = 4 points are still to come.
  await expect.poll(async () => (await cap(page)).points, { timeout: 60_000 }).toBeGreaterThan(3);
  const mid = await cap(page);
  if (mid.status === 'running') {
    expect(mid.points).toBeLessThan(mid.totalPoints);
    expect(mid.lines.every((l) => !(l.n === 4 && l.N === 64))).toBe(true);
    await page.screenshot({ path: 'test-results/capacity-scaling-arriving.png' });
  }
  const c = await finished(page);
  expect(c.totalPoints).toBe(13);
  expect(c.lines).toHaveLength(13);
  expect(c.error).toBeNull();
  for (const l of c.lines) {
    expect(l.bandsOk, `bands of ${l.series} N = ${l.N}`).toBe(true);
    expect(l.q1).toBeLessThanOrEqual(l.median);
    expect(l.median).toBeLessThanOrEqual(l.q3);
  }
  // K_max grows with n at every N, and the slopes order the same way.
  const at = (n: number, N: number) => c.lines.find((l) => l.n === n && l.N === N)!.median;
  for (const N of [32, 45, 64]) expect(at(2, N)).toBeLessThan(at(3, N));
  for (const N of [32, 45, 64]) expect(at(3, N)).toBeLessThan(at(4, N));
  const slope = (name: string) => c.scaling.find((s) => s.name === name)!.slope!;
  expect(slope('n = 2')).toBeLessThan(slope('n = 3'));
  expect(slope('n = 3')).toBeLessThan(slope('n = 4'));
  expect(c.theory.map((t) => t.id)).toEqual(
    expect.arrayContaining(['classical-each', 'classical-all', 'kh-eq6-n3', 'kh-eq6-n4']),
  );
  const chart = page.getByRole('img', { name: /^K_max against N, log–log\. n = 2: slope \d/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.theory-line')).toHaveCount(c.theory.length);
  await expect(chart.locator('circle.median')).toHaveCount(13);
  await expect(chart.locator('.legend-text').first()).toContainText(/slope \d\.\d\d/);
  await expect(page.locator('.capacity-figure figcaption')).toContainText('Theory lines');
  // The verdicts are computed from the numbers: one per series and theory line at least.
  expect(c.findings.filter((f) => f.kind !== 'note').length).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.capacity-agreement .finding').first()).toBeVisible();
  // Hover shows a point's numbers.
  const dot = chart.locator('circle.median').last();
  await dot.hover();
  await expect(page.locator('.capacity-tip')).toContainText('K_max median');
  await page.screenshot({ path: 'test-results/capacity-scaling-done.png', fullPage: true });
  console.log(
    `[capacity] scaling preset: ${(c.elapsedMs / 1000).toFixed(1)} s on the page, worker ` +
      `${((c.summary?.ms ?? 0) / 1000).toFixed(1)} s (${c.summary?.backend})`,
  );
});

test('cancel keeps the finished points; restart takes them from the cache', async ({ page }) => {
  test.setTimeout(150_000);
  await openCapacity(page);
  await page.getByRole('button', { name: 'K_max against N (n = 2, 3, 4)' }).click();
  await expect.poll(async () => (await cap(page)).points, { timeout: 60_000 }).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveAttribute('data-capacity-status', 'cancelled');
  const cancelled = await cap(page);
  expect(cancelled.points).toBeLessThan(13);
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled after' })).toBeVisible();
  await page.screenshot({ path: 'test-results/capacity-cancelled.png' });
  await page.getByRole('button', { name: 'Restart' }).click();
  const c = await finished(page);
  expect(c.lines).toHaveLength(13);
  expect(c.summary!.cached).toBeGreaterThanOrEqual(cancelled.points);
});

test('the separation preset: log K_max against d_H for two ρ', async ({ page }) => {
  test.setTimeout(150_000);
  await openCapacity(page);
  await page.getByRole('button', { name: 'log K_max against d_H for two ρ' }).click();
  await expect(page.getByRole('radio', { name: 'K_max vs d_H' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  const c = await finished(page);
  const dHs = [...new Set(c.lines.map((l) => l.dH))].sort((a, b) => a - b);
  expect(dHs.length).toBeGreaterThanOrEqual(4);
  const names = c.separation.map((s) => s.name);
  for (const rho of ['ρ = 0', 'ρ = 0.5']) {
    expect(names.filter((n) => n.endsWith(rho)).length, rho).toBeGreaterThanOrEqual(2);
  }
  expect(c.separation.every((s) => s.points === dHs.length && s.slope !== null)).toBe(true);
  // Correlated features lower K_max at every separation, for every power.
  for (const n of [...new Set(c.lines.map((l) => l.n))]) {
    for (const dH of dHs) {
      const m = (rho: number) =>
        c.lines.find((l) => l.n === n && l.dH === dH && l.rho === rho)!.median;
      expect(m(0.5), `n = ${n}, d_H = ${dH}`).toBeLessThan(m(0));
    }
  }
  // And log K_max rises with d_H for the highest power.
  expect(c.separation[c.separation.length - 2].slope!).toBeGreaterThan(0);
  const chart = page.getByRole('img', {
    name: /^log K_max against d_H\. n = 2, ρ = 0: ln K_max slope/,
  });
  await expect(chart).toBeVisible();
  await page.screenshot({ path: 'test-results/capacity-separation.png', fullPage: true });
  await page.getByRole('radio', { name: 'Dataset' }).click();
  await expect(
    page.getByRole('img', { name: /^Dataset statistics of .*mean \|feature correlation\|/ }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/capacity-dataset.png' });
});

test('a result file: saved, reopened, a bad one refused with the work kept', async ({ page }) => {
  test.setTimeout(90_000);
  await openCapacity(page);
  // A small grid of one's own through the hook: n = 2 and 3 at N = 32, 45.
  await page.evaluate(() => {
    const h = window.__dam as unknown as Hooks;
    const g = h.presetGrid('scaling') as {
      base: unknown;
      series: { label: string; set: unknown }[];
    };
    h.setGrid(
      { base: g.base, series: g.series.slice(0, 2).map((s) => ({ ...s, sweep: { N: [32, 45] } })) },
      'scaling',
    );
  });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const c = await finished(page);
  expect(c.lines).toHaveLength(4);
  const json = await page.evaluate(() => (window.__dam as unknown as Hooks).json());
  expect(json).not.toBeNull();
  const input = page.getByLabel('Open a capacity result file');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "x"}'),
  });
  await expect(page.getByTestId('notice')).toContainText(
    /bad\.json is not a capacity result file: .*format/,
  );
  expect((await cap(page)).lines).toHaveLength(4);
  await input.setInputFiles({
    name: 'merged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json!),
  });
  await expect(page.getByTestId('notice')).toContainText('Opened merged.json: 4 points.');
  const opened = await cap(page);
  expect(opened.source).toBe('file');
  expect(opened.lines.map((l) => l.median)).toEqual(c.lines.map((l) => l.median));
});

test('the set-up travels in a share link', async ({ page, browser }) => {
  await openCapacity(page);
  await page.getByLabel('Dataset', { exact: true }).selectOption('correlated');
  await page.getByRole('spinbutton', { name: 'Trials' }).fill('7');
  await page.getByRole('spinbutton', { name: 'Trials' }).press('Enter');
  await page.getByRole('radio', { name: 'Dataset' }).click();
  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(link);
  await hookReady(other);
  await expect(other.locator('.app')).toHaveAttribute('data-lab', 'capacity');
  await expect(other.getByLabel('Dataset', { exact: true })).toHaveValue('correlated');
  await expect(other.getByRole('spinbutton', { name: 'Trials' })).toHaveValue('7');
  await expect(other.getByRole('radio', { name: 'Dataset' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await other.close();
});

test('a phone: one column, the run bar and the chart first', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/?e2e=1#/capacity');
  await hookReady(page);
  await expect(page.getByRole('heading', { name: 'Presets' })).toBeAttached();
  const run = (await page.locator('.capacity-run').boundingBox())!;
  const presets = (await page.locator('.capacity-presets').boundingBox())!;
  expect(run.y).toBeLessThan(presets.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/capacity-phone.png', fullPage: true });
  await context.close();
});

test('student view keeps the presets and hides the grid editor; presenter view fits', async ({
  browser,
}) => {
  const student = await browser.newPage();
  await student.goto('/?e2e=1#/capacity?student=1');
  await hookReady(student);
  await expect(student.getByRole('heading', { name: 'Presets' })).toBeVisible();
  await expect(student.getByRole('heading', { name: 'Set-up' })).toHaveCount(0);
  await expect(student.getByRole('heading', { name: 'Series' })).toHaveCount(0);
  await student.close();
  const wide = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await wide.newPage();
  await page.goto('/?e2e=1#/capacity?presenter=1');
  await hookReady(page);
  await expect(page.locator('.app')).toHaveClass(/\bpresenter\b/);
  await expect(page.getByRole('img', { name: /^K_max against N/ })).toBeVisible();
  await page.getByRole('button', { name: 'Controls' }).click();
  await page.getByRole('button', { name: 'P(success) against K at N = 100' }).click();
  await expect(
    page.getByRole('img', {
      name: /^P\(success\) against K with 95% Wilson bands\. n = 2: ½ at K ≈ /,
    }),
  ).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
  await page.screenshot({ path: 'test-results/capacity-presenter-1920.png' });
  await page.evaluate(() => (window.__dam as unknown as { cancel(): void }).cancel());
  await wide.close();
});
