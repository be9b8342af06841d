/**
 * The training lab as a new user meets it: the shipped n = 3 and n = 30 runs side by side with
 * their memory grids, error curves and contributor statistics, the headline worded from them, and
 * all four shipped runs one click away; a small live run in lockstep with
 * pause, resume and cancel; a digit drawn with the mouse (and a test digit) classified with the
 * label neurons and the memories that decided, generation and completion; and a broken run file
 * that leaves the rest of the lab working. Screenshots go to e2e/screenshots/lab-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawDigitThree, drawingCanvas } from './draw';
import {
  lab,
  evolution,
  shipped,
  live,
  canvasPixels,
  distinctColours,
  PAPER,
  INK,
  darkest,
  grid,
  openLab,
  shippedReady,
  medians,
} from './lab-helpers';

test('a new user opens the lab: the shipped n = 3 and n = 30 runs with statistics', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = await openLab(page);
  await shippedReady(page);
  const runs = await shipped(page);
  expect(runs.map((r) => r.n)).toEqual([3, 30]);
  for (const r of runs) {
    expect(r.saved.length).toBeGreaterThan(0);
    expect(r.testErrors.length).toBeGreaterThan(0);
    expect(r.stats!.count).toBeGreaterThan(1000);
    expect(r.stats!.median).toBeGreaterThanOrEqual(0);
  }
  await expect(page.getByRole('heading', { name: 'n = 3', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'n = 30', exact: true })).toBeVisible();
  // Both grids are painted: many colours, not one blank fill.
  for (const name of ['n = 3', 'n = 30']) {
    await expect(grid(page, name)).toBeVisible();
    expect(await distinctColours(grid(page, name))).toBeGreaterThan(20);
  }
  // The statistics in words, one line per run.
  const words = page.locator('.lab-contrib-words li[data-ready="true"]');
  await expect(words).toHaveCount(2);
  await expect(words.first()).toContainText(/^\s*n = 3: .*(90% of the evidence|no positive)/);
  await expect(page.locator('.lab-chart-box[data-points]')).not.toHaveAttribute('data-points', '0');
  // The headline and the summary are the measured medians, and say whether they fall with n.
  const [m3, m30] = runs.map((r) => r.stats!.median);
  const effect = m30 < m3 ? 'shown' : 'not-shown';
  const numbers = `median memories carrying 90% of the evidence: ${medians(runs)}`;
  const summary = page.locator('.lab-contrib-summary');
  await expect(summary).toHaveAttribute('data-effect', effect);
  await expect(summary).toContainText(`M${numbers.slice(1)} — `);
  await expect(summary).toContainText(
    effect === 'shown' ? 'fewer memories decide at larger n' : 'do not show fewer memories',
  );
  const headline = page.locator('.lab-headline');
  await expect(headline).toHaveAttribute('data-effect', effect);
  await expect(headline).toContainText(`Measured on the runs shown: ${numbers}`);
  // The scrubber moves over the saved epochs: the n = 3 grid shows the first one.
  const scrub = page.getByRole('slider', { name: 'Epoch' });
  // The shipped runs keep many epochs (the scrubber has somewhere to go).
  expect(runs[0].saved.length).toBeGreaterThan(1);
  const before = await canvasPixels(grid(page, 'n = 3'));
  await scrub.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await lab(page)).scrub).toBe(runs[0].saved[0]);
  await expect.poll(async () => (await shipped(page))[0].shownEpoch).toBe(runs[0].saved[0]);
  expect(await canvasPixels(grid(page, 'n = 3'))).not.toEqual(before);
  await page.getByRole('button', { name: 'Latest' }).click();
  await expect.poll(async () => (await lab(page)).scrub).toBe(null);
  await page.screenshot({ path: 'e2e/screenshots/lab-first-screen.png' });
  await page.locator('.lab-charts-row').screenshot({ path: 'e2e/screenshots/lab-charts.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'e2e/screenshots/lab-first-screen-1024.png' });
  await page.getByRole('checkbox', { name: /label each memory favours/ }).check();
  await page.locator('.lab-run-grid').screenshot({ path: 'e2e/screenshots/lab-grids-labels.png' });
  await page.screenshot({ path: 'e2e/screenshots/lab-full-1024.png', fullPage: true });

  // All four shipped runs: two more files load, and the sentences cover all four.
  await page.getByRole('checkbox', { name: /^All 4 shipped runs/ }).check();
  await shippedReady(page, 4);
  const all = await shipped(page);
  expect(all.map((r) => r.n)).toEqual([2, 3, 20, 30]);
  await expect(page.locator('.lab-run')).toHaveCount(4);
  await expect(summary).toContainText(
    `M${'edian memories carrying 90% of the evidence: '}${medians(all)} — `,
  );
  await expect(headline).toContainText(medians(all));
  await page.screenshot({ path: 'e2e/screenshots/lab-all-shipped-1024.png', fullPage: true });
  await page.getByRole('checkbox', { name: /^All 4 shipped runs/ }).uncheck();
  await expect(page.locator('.lab-run')).toHaveCount(2);
  expect(errors, 'uncaught page errors').toEqual([]);
});

/** `read()` still gives `expected` after several round trips to the worker (no clock). */
async function stillAfterRoundTrips(
  page: Page,
  read: () => Promise<string>,
  expected: string,
): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => window.__dam!.pingWorker());
    expect(await read()).toBe(expected);
  }
}

test('train live: two runs in lockstep advance, pause holds, resume continues, cancel stops', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const errors = await openLab(page);
  await page.getByRole('spinbutton', { name: 'Run 1: power n' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Run 2: power n' }).fill('20');
  // Many epochs of 1,000 digits: fast ones, and still running when it is paused and cancelled.
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('200');
  await page.getByRole('combobox', { name: 'Training digits' }).selectOption('1000');
  await page.getByRole('button', { name: 'Train live' }).click();
  await expect.poll(async () => (await lab(page)).group).toBe('live');
  await expect.poll(async () => (await live(page)).map((r) => r.n)).toEqual([3, 20]);
  const setup = (await lab(page)).setup;
  expect(setup).toMatchObject({ ns: [3, 20], epochs: 200, subset: 1000 });

  // The epoch counter advances in lockstep and the grids show the new memories.
  const epochs = async () => (await live(page)).map((r) => r.epoch);
  await expect
    .poll(async () => Math.min(...(await epochs())), { timeout: 180_000 })
    .toBeGreaterThanOrEqual(1);
  const atOne = await canvasPixels(grid(page, 'n = 3'));
  await expect(page.locator('.lab-run').first()).toContainText(/Epoch \d+ of 200/);
  await expect
    .poll(async () => Math.min(...(await epochs())), { timeout: 180_000 })
    .toBeGreaterThanOrEqual(2);
  expect(await canvasPixels(grid(page, 'n = 3'))).not.toEqual(atOne);
  expect(await distinctColours(grid(page, 'n = 20'))).toBeGreaterThan(20);
  // Error curves have a point per finished epoch and run.
  for (const r of await live(page)) expect(r.testErrors.length).toBe(r.epoch);
  await expect(page.locator('.lab-chart-box[data-points]')).not.toHaveAttribute('data-points', '0');
  await expect(page.locator('.kh-error-curves .test-point').first()).toBeAttached();
  await page.screenshot({ path: 'e2e/screenshots/lab-training.png' });

  // Pause: the epoch and the memories hold.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => (await lab(page)).training).toBe('paused');
  const snapshot = async () =>
    JSON.stringify((await live(page)).map((r) => [r.epoch, r.fraction, r.shownSum]));
  // The worker answers a pause once its loop holds, so every event before the hold has arrived:
  // from now on nothing may move, however many round trips to the worker go by.
  const held = await snapshot();
  await stillAfterRoundTrips(page, snapshot, held);
  await expect(page.locator('.lab-run').first()).toContainText('paused');
  await page.screenshot({ path: 'e2e/screenshots/lab-paused.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'e2e/screenshots/lab-paused-1024.png' });
  await page
    .locator('.lab-charts-row')
    .screenshot({ path: 'e2e/screenshots/lab-charts-training.png' });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Resume: training goes on.
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await lab(page)).training).toBe('running');
  await expect.poll(snapshot, { timeout: 120_000 }).not.toBe(held);

  // Cancel: it stops short of the target and stays stopped.
  await page.getByRole('button', { name: 'Cancel' }).click();
  // 200 epochs cannot finish here: it is cancelled, and the worker's group has ended.
  await expect.poll(async () => (await lab(page)).training, { timeout: 30_000 }).toBe('cancelled');
  const stopped = await snapshot();
  await stillAfterRoundTrips(page, snapshot, stopped);
  expect(Math.min(...(await epochs()))).toBeLessThan(200);
  await expect(page.locator('.lab-run').first()).toContainText('cancelled');
  // The abandoned epoch never finished: the grids show the last one that did.
  const runsNow = await live(page);
  expect(runsNow).toHaveLength(2);
  for (const r of runsNow) expect(r.shownLive).toBe(false);
  await page.screenshot({ path: 'e2e/screenshots/lab-cancelled.png' });

  // Continue the shipped runs: they resume from their last saved epoch and keep their history.
  // (The live group is shown now: read the shipped pair itself, the only shipped runs loaded.)
  const from = (await lab(page)).runs.filter((r) => r.source === 'shipped').map((r) => r.epoch);
  expect(from).toHaveLength(2);
  await page.getByRole('button', { name: 'Continue shipped runs' }).click();
  await expect
    .poll(async () => (await live(page)).map((r) => r.name))
    .toEqual(['n = 3 (continued)', 'n = 30 (continued)']);
  await expect
    .poll(async () => (await live(page)).map((r, i) => r.epoch > from[i]), { timeout: 120_000 })
    .toEqual([true, true]);
  for (const [i, r] of (await live(page)).entries()) {
    expect(r.target).toBe(from[i] + 200);
    expect(r.testErrors.length).toBeGreaterThan(from[i]);
  }
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect
    .poll(async () => (await lab(page)).training, { timeout: 30_000 })
    .toMatch(/cancelled|finished/);
  expect(errors, 'uncaught page errors').toEqual([]);
});

test('draw a digit: label neurons and deciding memories; generate and complete', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = await openLab(page);
  await expect
    .poll(async () => (await shipped(page)).map((r) => r.status), { timeout: 30_000 })
    .toEqual(['ready', 'ready']);
  // Use the n = 30 run for everything below.
  await page.getByRole('combobox', { name: 'Model' }).selectOption({ label: 'n = 30' });
  await drawDigitThree(page);
  await expect(drawingCanvas(page)).toBeVisible();
  const classify = page.locator('.lab-classify');
  // The n = 30 run reads the drawn 3 as a 3 (the drawing and the run are fixed).
  await expect(classify).toHaveAttribute('data-predicted', '3');
  await expect(classify.getByText(/^Predicted:/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Label neurons c: label 0 / })).toBeVisible();
  // The deciding memories (when any memory gave positive evidence) or why there are none.
  await expect(
    classify.locator('.lab-top-list li').first().or(classify.getByText('No memory pushed')),
  ).toBeVisible();
  await classify.screenshot({ path: 'e2e/screenshots/lab-classify-drawn.png' });

  // A digit of the test split through the UI.
  await page.getByRole('button', { name: 'Load a test digit' }).click();
  await expect(page.getByText(/^Test digit #\d+ \(a 0\)\./)).toBeVisible();
  // … and the test split's first 0 as a 0.
  await expect(classify).toHaveAttribute('data-predicted', '0');
  // The input as the lab reads it, in the studio's colours: paper light around, ink dark.
  const input = await canvasPixels(
    page.getByRole('img', { name: /^The drawing as the lab reads it/ }),
  );
  expect(input.slice(0, 3)).toEqual(PAPER);
  expect(darkest(input)).toEqual(INK);
  await page.locator('.lab-use').screenshot({ path: 'e2e/screenshots/lab-use-test-digit.png' });

  // Generation: label 3 clamped, pixels from seeded noise.
  const picture = page.getByRole('img', { name: /^Evolving image/ });
  const blank = await canvasPixels(picture);
  await page.getByRole('combobox', { name: 'Label to generate' }).selectOption('3');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect
    .poll(async () => (await evolution(page))?.done ?? false, { timeout: 30_000 })
    .toBe(true);
  const gen = (await evolution(page))!;
  expect(gen.kind).toBe('generate');
  expect(gen.finite).toBe(true);
  expect(gen.sweeps).toBeGreaterThan(0);
  expect(gen.sweeps).toBeLessThanOrEqual(50);
  // At the default T/20 the pixels commit (somewhere |x| > 0.5), not a faint grey.
  expect(gen.strongest).toBeGreaterThan(0.5);
  expect(gen.labels[3]).toBe(1);
  expect(gen.labels.filter((_, a) => a !== 3).every((v) => v === -1)).toBe(true);
  const generated = await canvasPixels(picture);
  expect(generated).not.toEqual(blank);
  await expect(page.locator('.lab-evolve [data-outcome="generate"]')).toContainText(
    /Generating a 3 with n = 30/,
  );
  // Ink +1 is dark and paper −1 light, as in the studio: n = 30 draws a dark digit on paper.
  expect(gen.ink).toBeLessThan(0.5);
  expect(generated.slice(0, 3)).toEqual(PAPER);
  expect(darkest(generated)).toEqual(INK);
  await page.locator('.lab-evolve').screenshot({ path: 'e2e/screenshots/lab-generate.png' });

  // Completion from the top half of the drawing.
  await page.getByRole('combobox', { name: 'Keep of the drawing' }).selectOption('top');
  await page.getByRole('button', { name: 'Complete' }).click();
  await expect
    .poll(
      async () => {
        const e = await evolution(page);
        return e?.kind === 'complete' && e.done;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const comp = (await evolution(page))!;
  expect(comp.finite).toBe(true);
  expect(comp.moved).toBeGreaterThan(0);
  expect(comp.labels.every((v) => v >= -1 && v <= 1)).toBe(true);
  expect(await canvasPixels(picture)).not.toEqual(generated);
  await expect(page.locator('.lab-evolve [data-outcome="complete"]')).toContainText(
    /label neurons favour [0-9]/,
  );
  await page.locator('.lab-evolve').screenshot({ path: 'e2e/screenshots/lab-complete.png' });

  // n = 3 settles to mostly ink (its memories are features with an ink border): the same
  // colours show it dark, and the outcome says why.
  await page.getByRole('combobox', { name: 'Model' }).selectOption({ label: 'n = 3' });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect
    .poll(
      async () => {
        const e = await evolution(page);
        return e?.kind === 'generate' && e.done;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const small = (await evolution(page))!;
  const inverted = await canvasPixels(picture);
  // Seeded: the shipped n = 3 run settles to mostly ink every time.
  expect(small.ink).toBeGreaterThan(0.5);
  expect(inverted.slice(0, 3)).not.toEqual(PAPER);
  await expect(page.locator('.lab-evolve [data-outcome="generate"]')).toContainText(
    /settled to ink \(\+1, dark as in the studio\): \d+ of 100 memories of this run have an ink border/,
  );
  await page.locator('.lab-evolve').screenshot({ path: 'e2e/screenshots/lab-generate-n3.png' });
  await page.locator('.lab-use').screenshot({ path: 'e2e/screenshots/lab-use.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.locator('.lab-use').screenshot({ path: 'e2e/screenshots/lab-use-1024.png' });
  await page.locator('.lab-draw').screenshot({ path: 'e2e/screenshots/lab-draw-1024.png' });
  expect(errors, 'uncaught page errors').toEqual([]);
});

test('a broken run file: a clear message, and the rest of the lab still works', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.route('**/kh/n30.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"format":"dam-kh-run","version":1,"config":{"K":1',
    }),
  );
  const errors = await openLab(page);
  const alert = page.getByRole('alert').filter({ hasText: 'kh/n30.json' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(
    'Could not load the trained run n = 30 (kh/n30.json): it is not valid JSON',
  );
  // n = 3 still loads, paints and gets its statistics.
  await expect
    .poll(async () => (await shipped(page)).map((r) => r.status), { timeout: 30_000 })
    .toEqual(['ready', 'error']);
  expect(await distinctColours(grid(page, 'n = 3'))).toBeGreaterThan(20);
  await expect
    .poll(async () => (await shipped(page))[0].stats !== null, { timeout: 90_000 })
    .toBe(true);
  await expect(page.locator('.lab-contrib-words li').nth(1)).toContainText('not loaded');
  // Drawing is classified with the run that loaded.
  await page.getByRole('button', { name: 'Load a test digit' }).click();
  await expect(page.locator('.lab-classify')).toHaveAttribute('data-predicted', /^[0-9]$/);
  await expect(page.getByText(/^Using n = 3, epoch \d+/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/lab-broken-file.png' });

  // A missing file says so, too.
  // (A fresh context: this one saved the lab as the view to reopen.)
  const other = await page.context().browser()!.newContext();
  const page2 = await other.newPage();
  await page2.route('**/kh/n3.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'not here' }),
  );
  // …opened as a student: the set-up is read-only, training still one click away.
  await openLab(page2, '#student=1');
  await expect(page2.getByRole('alert').filter({ hasText: 'kh/n3.json' })).toContainText(
    'HTTP 404',
    { timeout: 30_000 },
  );
  await expect(page2.getByText(/^Set-up: n = 3, 30 · K = 100/)).toBeVisible();
  await expect(page2.getByRole('spinbutton', { name: 'Run 1: power n' })).toHaveCount(0);
  await expect(page2.getByRole('button', { name: 'Train live' })).toBeEnabled();
  await other.close();
  expect(errors, 'uncaught page errors').toEqual([]);
});
