/**
 * The house for many labs as a new user meets it: `/` opens the studio ready to run with a
 * welcome line; the lab index shows every lab; tabs, the keyboard and the address reach each
 * lab; Back and Forward work; switching labs never restarts or loses a run; links in the older
 * format (no route) still open.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, playToEnd, shareLink } from './app';

const tab = (page: Page, name: string) => page.getByRole('link', { name, exact: true });
const route = (page: Page) => page.evaluate(() => location.hash);

test('a new user lands on the studio, ready to run, with a welcome that leads to every lab', async ({
  page,
}) => {
  const errors = await openApp(page);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'studio');
  await expect(tab(page, 'Studio')).toHaveAttribute('aria-current', 'page');
  // The main job needs no click: the cue is built and the run is waiting for Play.
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'idle');
  await expect(page.getByRole('button', { name: /Play/ })).toBeEnabled();
  const welcome = page.getByRole('note').filter({ hasText: 'Welcome' });
  await expect(welcome).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/nav-landing.png' });

  await welcome.getByRole('link', { name: 'all the labs' }).click();
  await expect(page.getByRole('heading', { name: 'The labs' })).toBeVisible();
  expect(await route(page)).toBe('#/labs');
  const cards = page.locator('.lab-card');
  await expect(cards).toHaveCount(8);
  for (const [i, title] of [
    'Studio',
    'Basins',
    'Training lab',
    'Capacity',
    'Census',
    'Bodies',
    'Kernel',
    'Graph',
  ].entries()) {
    const card = cards.nth(i);
    await expect(card.locator('.lab-card-title')).toHaveText(title);
    await expect(card.locator('.lab-picture svg')).toBeVisible();
    expect((await card.locator('.lab-card-purpose').innerText()).length).toBeGreaterThan(40);
  }
  await page.screenshot({ path: 'e2e/screenshots/nav-lab-index.png' });

  // A card opens its lab; the welcome can be dismissed for good.
  await cards.nth(1).click();
  await expect(page.getByRole('heading', { name: /Basins of attraction/ })).toBeVisible();
  expect(await route(page)).toBe('#/basins');
  await tab(page, 'Studio').click();
  await page.getByRole('button', { name: 'Dismiss the welcome' }).click();
  await expect(welcome).toHaveCount(0);
  await page.reload();
  await hookReady(page);
  await expect(page.locator('.studio')).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Welcome' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the tabs work from the keyboard, every lab has an address, and Back / Forward follow', async ({
  page,
}) => {
  await openApp(page);
  // Tab from the top of the page to the tab bar, then along it.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(tab(page, 'Studio')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tab(page, 'Basins')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tab(page, 'Basins')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: /Basins of attraction/ })).toBeVisible();
  expect(await route(page)).toBe('#/basins');
  await page.keyboard.press('Tab');
  await expect(tab(page, 'Training lab')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  expect(await route(page)).toBe('#/train');
  await page.screenshot({ path: 'e2e/screenshots/nav-train-by-keyboard.png' });

  await page.goBack();
  await expect(tab(page, 'Basins')).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(tab(page, 'Studio')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.studio')).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: /Basins of attraction/ })).toBeVisible();

  // Typed addresses open their lab directly; a wrong one says so and shows the studio.
  await page.goto('/?e2e=1#/train');
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  await page.goto('/?e2e=1#/labs');
  await expect(page.getByRole('heading', { name: 'The labs' })).toBeVisible();
  // In an open page a wrong address is refused where you are; a fresh load shows the studio.
  await page.goto('/?e2e=1#/nowhere');
  await expect(page.getByTestId('notice')).toContainText('There is no lab "nowhere"');
  await expect(page.getByRole('heading', { name: 'The labs' })).toBeVisible();
  await page.goto('/?e2e=1&fresh=1#/nowhere');
  await expect(page.getByTestId('notice')).toContainText('There is no lab "nowhere"');
  await expect(tab(page, 'Studio')).toHaveAttribute('aria-current', 'page');
});

test('switching labs never restarts or loses the studio run', async ({ page }) => {
  await openApp(page, '&backend=cpu');
  // Stop mid-run: three single-neuron steps, paused inside the first sweep.
  await page.evaluate(() => window.__dam!.setParams({ stepUnit: 'neuron' }));
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'paused');
  await expect.poll(() => page.evaluate(() => window.__dam!.frames().length)).toBe(4);
  const before = await page.evaluate(() => ({
    frames: window.__dam!.frames().length,
    cursor: window.__dam!.cursor(),
    final: window.__dam!.final(),
  }));
  expect(before.frames).toBeGreaterThan(1);
  await tab(page, 'Basins').click();
  await expect(page.locator('[data-basin-status="done"]')).toBeVisible({ timeout: 30_000 });
  await tab(page, 'Training lab').click();
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  await tab(page, 'Studio').click();
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'paused');
  const after = await page.evaluate(() => ({
    frames: window.__dam!.frames().length,
    cursor: window.__dam!.cursor(),
    final: window.__dam!.final(),
  }));
  expect(after).toEqual(before);
  // …and it goes on from there.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => window.__dam!.frames().length))
    .toBeGreaterThan(before.frames);
});

test('a link in the older format (no route) still opens, in the lab it was made in', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await tab(page, 'Basins').click();
  await page.getByRole('combobox', { name: 'Resolution' }).selectOption('64');
  const link = await shareLink(page);
  expect(link).toMatch(/#\/basins\?v=1&c=[0-9a-f]{8}&s=/);
  // The format before routes: the set-up straight after '#'.
  const old = link.replace('#/basins?', '#');
  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  await page2.goto(old);
  await hookReady(page2);
  await expect(page2.getByTestId('notice')).toContainText('Opened the set-up from the link');
  await expect(tab(page2, 'Basins')).toHaveAttribute('aria-current', 'page');
  await expect(page2.getByRole('combobox', { name: 'Resolution' })).toHaveValue('64');
  // The address now names the lab only: a reload keeps the lab, not the link.
  expect(await route(page2)).toBe('#/basins');
  await fresh.close();
});

test('training goes on while the studio is shown, and the studio still runs', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await tab(page, 'Training lab').click();
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  await page.evaluate(() =>
    (window.__dam as unknown as { setLabSetup(p: object): void }).setLabSetup({
      ns: [3, 20],
      epochs: 200,
      subset: 1000,
    }),
  );
  await page.getByRole('button', { name: 'Train live' }).click();
  const lab = () =>
    page.evaluate(() =>
      (
        window.__dam as unknown as {
          lab(): { training: string; runs: { source: string; epoch: number }[] };
        }
      ).lab(),
    );
  const epoch = async () => (await lab()).runs.find((r) => r.source === 'live')?.epoch ?? 0;
  await expect.poll(async () => (await lab()).training, { timeout: 30_000 }).toBe('running');
  await expect.poll(epoch, { timeout: 30_000 }).toBeGreaterThan(0);

  await tab(page, 'Studio').click();
  const shownAt = await epoch();
  await expect.poll(epoch, { timeout: 30_000 }).toBeGreaterThan(shownAt + 1);
  // The studio shares the worker with the training group: a run still plays to the end.
  await playToEnd(page);
  expect((await lab()).training).toBe('running');

  await tab(page, 'Training lab').click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(async () => (await lab()).training).toBe('cancelled');
});
