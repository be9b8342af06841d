/**
 * The bodies lab's hidden-neuron view as a user meets it: open it from the navigation, run the
 * two-layer network on a noisy digit, see the energy never rise and memory neurons switch on;
 * make the hidden layer fast (τ_h → 0) and see the two-layer run close in on the effective one;
 * take too large a step and see the check fail; the share link; a phone.
 * Screenshots: e2e/screenshots/bodies-hidden-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, shareLink } from './app';
import { atStep, card, next, openLesson, stepDone } from './lesson-helpers';

interface HiddenHook {
  job: { status: string; error?: string };
  setup: Record<string, unknown>;
  shownIsSetup: boolean;
  frame: number;
  playing: boolean;
  run: {
    steps: number;
    frames: number;
    energyFirst: number;
    energyLast: number;
    largestRise: number;
    rises: number;
    suggestedDt: number | null;
    verdict: string;
    distance: { final: number; max: number };
    hiddenMax: number;
    lastF: number[];
    finite: boolean;
    labels: number[];
  } | null;
}

type Hooks = {
  bodiesHidden(): HiddenHook;
  bodiesHiddenSet(patch: Record<string, unknown>): void;
  bodiesHiddenRun(opts?: { play?: boolean }): Promise<void>;
  bodiesHiddenPause(): void;
};

const hook = (page: Page): Promise<HiddenHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).bodiesHidden());

/** Waits until the run shown is of the set-up now and finished. */
async function settled(page: Page): Promise<HiddenHook> {
  await expect
    .poll(
      async () => {
        const h = await hook(page);
        return h.job.status === 'error'
          ? `error: ${h.job.error}`
          : h.job.status === 'done' && h.shownIsSetup;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  return hook(page);
}

const setSetup = (page: Page, patch: Record<string, unknown>) =>
  page.evaluate((p) => (window.__dam as unknown as Hooks).bodiesHiddenSet(p), patch);

async function openBodies(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Bodies', exact: true }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'bodies');
  await expect(page.locator('.bodies-content')).toHaveAttribute('data-bodies-view', 'hidden');
}

test('a noisy digit: the energy never rises, memory neurons switch on, τ_h → 0 meets the effective run', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openBodies(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const first = await settled(page);
  const run = first.run!;
  expect(run.finite).toBe(true);
  expect(run.steps).toBe(first.setup.steps);
  expect(run.rises).toBe(0);
  expect(run.energyLast).toBeLessThan(run.energyFirst);
  await expect(page.locator('.bodies-energy [data-energy-ok]')).toHaveAttribute(
    'data-energy-ok',
    'true',
  );
  expect(run.hiddenMax).toBeGreaterThan(0);
  const top = run.lastF.indexOf(Math.max(...run.lastF));
  expect(run.lastF[top]).toBeGreaterThan(0);
  await expect(page.locator('.bodies-summary [data-top-memory]')).toHaveAttribute(
    'data-top-memory',
    String(top),
  );
  await expect(page.locator('.bodies-hidden-layer svg[role="img"]').first()).toBeVisible();
  await expect(page.locator('.bodies-bipartite svg .edge').first()).toBeAttached();
  // The playback reaches the last frame by itself.
  await expect.poll(async () => (await hook(page)).frame, { timeout: 30_000 }).toBe(run.frames - 1);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/bodies-hidden-run.png', fullPage: true });
  for (const panel of ['visible', 'hidden-layer', 'energy', 'distance', 'bipartite'])
    await page
      .locator(`.bodies-${panel}`)
      .screenshot({ path: `e2e/screenshots/bodies-hidden-panel-${panel}.png` });

  // A slow hidden layer (τ_h = 1), then the τ_h slider down to 0.01: the distance falls.
  await setSetup(page, { tauH: 1 });
  const slow = (await settled(page)).run!;
  expect(slow.rises).toBe(0);
  await page.getByRole('slider', { name: 'τ_h (hidden)' }).fill('-2');
  await expect.poll(async () => (await hook(page)).setup.tauH).toBe(0.01);
  const fast = (await settled(page)).run!;
  expect(fast.rises).toBe(0);
  expect(fast.distance.max).toBeLessThan(0.5 * slow.distance.max);
  await page.screenshot({ path: 'e2e/screenshots/bodies-hidden-fast.png', fullPage: true });

  // Too large a step: the check fails and names a smaller dt.
  await setSetup(page, { dt: 3, steps: 50, tauH: 0.1 });
  const coarse = (await settled(page)).run!;
  expect(coarse.rises).toBeGreaterThan(0);
  const badge = page.locator('.bodies-energy [data-energy-ok]');
  await expect(badge).toHaveAttribute('data-energy-ok', 'false');
  await expect(badge).toContainText(/E rose by .* at step \d+/);
  if (coarse.suggestedDt !== null) await expect(badge).toContainText('try dt ≤');
  await page.screenshot({ path: 'e2e/screenshots/bodies-hidden-rise.png', fullPage: true });
});

test('the share link carries the set-up and reproduces the run', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openBodies(page);
  await setSetup(page, { cue: 'memory', memory: 7, noise: 0.4, mask: 'top', seed: 5, tauH: 0.05 });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const here = (await settled(page)).run!;
  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(link);
  await hookReady(other);
  await expect(other.locator('.app')).toHaveAttribute('data-lab', 'bodies');
  await expect
    .poll(async () => (await hook(other)).setup)
    .toMatchObject({ cue: 'memory', memory: 7, noise: 0.4, mask: 'top', seed: 5, tauH: 0.05 });
  await other.getByRole('button', { name: 'Run', exact: true }).click();
  const there = (await settled(other)).run!;
  expect(there.energyLast).toBe(here.energyLast);
  expect(there.lastF).toEqual(here.lastF);
  await other.close();
});

test('a phone: one column, nothing wider than the screen', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/?e2e=1#/bodies');
  await hookReady(page);
  await expect(page.locator('.bodies-content')).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await settled(page);
  await page.evaluate(() => (window.__dam as unknown as Hooks).bodiesHiddenPause());
  await expect(page.locator('.bodies-energy svg[role="img"]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'e2e/screenshots/bodies-hidden-phone.png', fullPage: true });
  await context.close();
});

test('the lesson, with the mouse: run, memories switch on, the check, τ_h → 0, too large a step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  await openLesson(page, 9);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'bodies');
  await atStep(page, 1);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await settled(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await page
    .locator('section.bodies-energy')
    .getByRole('button', { name: 'What is Energy check?' })
    .click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 4);
  expect((await hook(page)).setup.tauH).toBe(1);
  const slow = (await settled(page)).run!;
  await page.getByRole('slider', { name: 'τ_h (hidden)' }).fill('-2');
  await stepDone(page);
  const fast = (await settled(page)).run!;
  expect(fast.distance.max).toBeLessThan(slow.distance.max);
  await next(page);

  await atStep(page, 5);
  await page.getByRole('slider', { name: 'dt (Euler step)' }).fill('0.5');
  await stepDone(page);
  await expect(page.locator('.bodies-energy [data-energy-ok]')).toHaveAttribute(
    'data-energy-ok',
    'false',
  );
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});
