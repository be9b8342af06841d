/**
 * Changing the regime live, told right: raising n mid-run draws a second energy segment (its own
 * line, rule and label), "restart from the cue" starts over under the new model, stepping neuron
 * by neuron shows a neutral "in progress" line, and Space / r work with the n slider focused.
 * Screenshots go to e2e/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookState, openApp, playToEnd } from './app';

const root = (page: Page) => page.locator('.studio');
const frames = (page: Page, lane = 0) => page.evaluate((l) => window.__dam!.frames(l), lane);
const energyChart = (page: Page) => page.locator('.stage svg.energy-line');
const nSlider = (page: Page) => page.getByRole('slider', { name: 'Interaction power n' });

test('raising n mid-run draws a new, labelled energy segment, never joined to the old one', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await nSlider(page).fill('3');
  await expect.poll(async () => (await frames(page))[0].spec.n).toBe(3);
  await page.getByRole('slider', { name: 'Speed' }).fill('1'); // 200 neurons/s
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(async () => (await frames(page)).length).toBeGreaterThan(4);
  await nSlider(page).fill('20');
  await expect.poll(async () => (await frames(page)).some((f) => f.spec.n === 20)).toBe(true);
  await expect
    .poll(async () => (await frames(page)).filter((f) => f.spec.n === 20).length)
    .toBeGreaterThan(2);
  await page.keyboard.press('Space'); // the n slider has the focus: Space still pauses
  await expect(root(page)).toHaveAttribute('data-run-status', /paused|done/);

  const chart = energyChart(page);
  await expect(chart).toHaveAttribute('data-segments', '2');
  await expect(chart.locator('g.segment')).toHaveCount(2);
  await expect(chart.locator('.segment-label')).toHaveText(['n = 3', 'n = 20']);
  // one visible rule, at the change
  await expect(chart.locator('.segment-break line:not([display="none"])')).toHaveCount(1);
  await expect(
    page.getByRole('img', { name: /^Energy \(E \/ Nⁿ per segment\): 2 segments/ }),
  ).toBeVisible();

  // Energy falls within each segment; the step up at the change is a new function, not a rise.
  const fs = await frames(page);
  for (const n of [3, 20]) {
    const e = fs.filter((f) => f.spec.n === n).map((f) => f.energy);
    for (let i = 1; i < e.length; i++)
      expect(e[i], `n = ${n}, frame ${i}`).toBeLessThanOrEqual(
        e[i - 1] + 1e-9 * Math.abs(e[i - 1]),
      );
  }
  // Each segment's path has its own points: the first n = 20 point is not on the n = 3 path.
  const ds = await chart
    .locator('g.segment path.all')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
  expect(ds).toHaveLength(2);
  expect(ds.every((d) => d.startsWith('M') && !d.slice(1).includes('M'))).toBe(true);
  await page.locator('.stage').screenshot({ path: 'e2e/screenshots/live-regime-two-segments.png' });
});

test('"restart from the cue": a change of n starts over from the cue under the new model', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await page.getByRole('radio', { name: 'Restart from the cue' }).click();
  await expect(page.getByRole('radio', { name: 'Restart from the cue' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await nSlider(page).fill('3');
  await playToEnd(page);
  const before = await frames(page);
  expect(before.every((f) => f.spec.n === 3)).toBe(true);
  expect(before.length).toBeGreaterThan(1);

  await nSlider(page).fill('30');
  // a finished run plays again, from the cue, under n = 30 only
  await expect
    .poll(async () => {
      const f = await frames(page);
      return f.length > 1 && f.every((x) => x.spec.n === 30 && !x.reconfigured) && f[0].t === 0;
    })
    .toBe(true);
  await expect(root(page)).toHaveAttribute('data-run-status', 'done', { timeout: 30_000 });
  expect((await frames(page)).every((f) => f.spec.n === 30)).toBe(true);
  await expect(energyChart(page)).toHaveAttribute('data-segments', '1');
  expect((await hookState(page)).verdict?.kind).toBe('retrieved');

  // On a paused run, a change goes back to the cue and waits there.
  await page.getByRole('button', { name: 'Reset to the cue' }).click();
  await expect.poll(async () => (await frames(page)).length).toBe(1);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => (await frames(page)).length).toBe(2);
  await expect(root(page)).toHaveAttribute('data-run-status', 'paused');
  await nSlider(page).fill('25');
  await expect
    .poll(async () => {
      const f = await frames(page);
      return f.length === 1 && f[0].spec.n === 25 && f[0].t === 0;
    })
    .toBe(true);
  await expect(root(page)).toHaveAttribute('data-run-status', 'idle');

  // The choice is part of the set-up: it survives a reload. (The save is debounced; the page's
  // own flush on pagehide is best effort, so write it now, as bank-share.spec does.)
  await page.evaluate(() => window.__dam!.flushSave());
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Restart from the cue' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('stepping neuron by neuron: a neutral "in progress" line, labelled flips, no false verdict', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await page.getByRole('combobox', { name: 'Step by' }).selectOption('neuron');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let k = 1; k <= 12; k++) {
    await step.click();
    await expect.poll(async () => (await frames(page)).at(-1)!.updates).toBe(k);
  }
  const verdict = page.locator('.stage .verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'progress');
  await expect(verdict).toHaveText(
    /^In progress: nearest memory 4 · 3 \(#3119\), overlap 0\.\d\d\b/,
  );
  await expect(verdict).not.toHaveClass(/bad|warn/);
  await expect(page.locator('.stage .hint')).toHaveCount(0);
  // the sentence itself (the "?" after it holds the glossary text on settling)
  const sentence = await verdict.evaluate((el) => el.firstChild?.textContent ?? '');
  expect(sentence).not.toMatch(/Spurious|step limit|not settled/);
  await expect(page.locator('.stage .verdict.bad, .stage .verdict.warn')).toHaveCount(0);

  const readout = page.getByTestId('readout-0');
  const fs = await frames(page);
  const total = fs.reduce((a, f) => a + f.flips, 0);
  await expect(readout).toContainText(
    `${fs.at(-1)!.flips} flip${fs.at(-1)!.flips === 1 ? '' : 's'} since the last frame, ${total} flip${total === 1 ? '' : 's'} since the cue`,
  );
  await page.locator('.stage').screenshot({ path: 'e2e/screenshots/live-regime-in-progress.png' });

  // Softmax updates are continuous: no flips shown.
  await page.getByRole('combobox', { name: 'Energy family' }).selectOption('softmax');
  await expect.poll(async () => (await frames(page)).at(-1)!.spec.energy).toBe('softmax');
  await expect(readout).not.toContainText('flip');
});

test('Space and r work while the n slider has the focus; the slider keeps its arrow keys', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  await page.getByRole('slider', { name: 'Speed' }).fill('1');
  const slider = nSlider(page);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('21');
  await expect(slider).toBeFocused();
  await page.keyboard.press('Space');
  await expect(root(page)).toHaveAttribute('data-run-status', 'running');
  await expect(slider).toHaveValue('21');
  await page.keyboard.press('Space');
  await expect(root(page)).toHaveAttribute('data-run-status', 'paused');
  await page.keyboard.press('r');
  await expect(root(page)).toHaveAttribute('data-run-status', 'idle');
  await expect.poll(async () => (await frames(page)).length).toBe(1);
  await expect(slider).toBeFocused();
});

test('a drawn cue has no noise by default; selects are named by their labels', async ({ page }) => {
  await openApp(page, '&backend=cpu');
  const noise = page.getByRole('slider', { name: 'Flip noise p' });
  await expect(noise).toHaveValue('0.2');
  await page.getByRole('radio', { name: 'The drawing' }).click();
  await expect(noise).toHaveValue('0');
  await noise.fill('0.1'); // noise can still be added
  await expect(noise).toHaveValue('0.1');
  for (const name of ['Digit', 'Add from', 'Step by', 'Energy axis', 'Energy family'])
    await expect(page.getByRole('combobox', { name, exact: true })).toHaveCount(1);
});

test('compare: "+ Add model" adds a model not already there', async ({ page }) => {
  await openApp(page, '&backend=cpu');
  await page.getByRole('button', { name: 'Compare models' }).click();
  await expect(page.locator('.compare-lane')).toHaveCount(3);
  await page.getByRole('button', { name: '+ Add model' }).click();
  const heads = page.locator('.compare-lane h3');
  await expect(heads).toHaveCount(4);
  const names = (await heads.allTextContents()).map((t) => t.replace(/^Model \d+ · /, ''));
  expect(new Set(names).size).toBe(4);
});

test('adding digits already stored skips them and says so as info', async ({ page }) => {
  await openApp(page, '&backend=cpu');
  await page.getByRole('combobox', { name: 'Digit', exact: true }).selectOption('7');
  await page.getByRole('button', { name: 'Add all 7s' }).click();
  await expect.poll(async () => (await hookState(page)).bankCount).toBeGreaterThan(1000);
  const count = (await hookState(page)).bankCount;
  await page.getByRole('button', { name: 'Add all 7s' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'already in the bank' });
  await expect(notice).toHaveText(/Added 0; skipped 1,070 already in the bank\./);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await hookState(page)).bankCount).toBe(count);
});
