/** Lessons 3–5 (softmax, basins, training lab) taken with the mouse, each step on its action. */
import { expect, test } from '@playwright/test';
import { openApp } from './app';
import { atStep, card, clickSlider, next, openLesson, runDone, stepDone } from './lesson-helpers';

test('lesson 3, temperature and softmax, with the mouse', async ({ page }) => {
  await openApp(page);
  await openLesson(page, 3);
  const play = page.getByRole('button', { name: '▶ Play' });
  const beta = page.getByRole('slider', { name: 'Inverse temperature β' });

  await play.click();
  await runDone(page);
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await runDone(page);
  await expect(page.locator('.verdict')).toContainText('Retrieved memory');
  await page.locator('.verdict .term-q').click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 3);
  await clickSlider(beta, 0.08);
  await stepDone(page);
  await next(page);

  await atStep(page, 4);
  await play.click();
  await runDone(page);
  await stepDone(page);
  // The lesson says small β settles on an average of several memories.
  expect((await page.evaluate(() => window.__dam!.getState())).verdict?.kind).toBe('metastable');
  await next(page);

  await atStep(page, 5);
  await runDone(page);
  await page.locator('.verdict .term-q').click();
  await expect(page.getByRole('dialog', { name: 'Metastable average' })).toBeVisible();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 6);
  await clickSlider(beta, 0.6);
  await stepDone(page);
  await next(page);

  await atStep(page, 7);
  await clickSlider(page.getByRole('slider', { name: 'Temperature T' }), 0.3);
  await play.click();
  await runDone(page);
  await stepDone(page);
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('lesson 4, basins of attraction, with the mouse', async ({ page }) => {
  test.setTimeout(180_000); // two basin-size computations on a 2-core machine
  await openApp(page);
  await openLesson(page, 4);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'basins');
  const status = page.locator('[data-basin-status]');

  await expect(status).toHaveAttribute('data-basin-status', 'done', { timeout: 30_000 });
  const map = page.locator('section[aria-labelledby="basin-map-heading"] .basin-box');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.4);
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await page.getByLabel('Memory c').selectOption({ index: 5 });
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await page.getByLabel('Energy family').selectOption('classical');
  await stepDone(page);
  await next(page);

  await atStep(page, 4);
  await page.getByRole('button', { name: 'What is basin of attraction?' }).click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 5);
  await page.getByRole('button', { name: 'Compute curves' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 6);
  await clickSlider(page.getByRole('slider', { name: 'Interaction power n' }), 0.6);
  await page.getByRole('button', { name: 'Compute curves' }).click();
  await expect(card(page)).toHaveAttribute('data-done', 'true', { timeout: 150_000 });
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('lesson 5, features and prototypes, with the mouse', async ({ page }) => {
  await openApp(page);
  await openLesson(page, 5);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'train');
  const scrubber = page.locator('.lab-scrubber input[type="range"]');
  await expect(scrubber).toBeEnabled({ timeout: 30_000 });

  await clickSlider(scrubber, 0.05);
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await page.locator('.lab-scrubber').getByRole('button', { name: 'Latest' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await page.getByRole('button', { name: 'What is contributors?' }).click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 4);
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ index: 1 });
  await stepDone(page);
  await next(page);

  await atStep(page, 5);
  await page.getByRole('button', { name: 'Train live', exact: true }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 6);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await stepDone(page);
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('lesson 6, capacity, with the mouse', async ({ page }) => {
  test.setTimeout(180_000); // the scaling preset, a grid of the learner's own, the separation preset
  await openApp(page);
  await openLesson(page, 7);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'capacity');
  const status = page.locator('[data-capacity-status]');
  const runDoneHere = () =>
    expect(status).toHaveAttribute('data-capacity-status', 'done', { timeout: 90_000 });

  await page.getByRole('button', { name: 'K_max against N (n = 2, 3, 4)' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await runDoneHere();
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await page.getByRole('button', { name: 'What is theory lines?' }).click();
  await expect(page.getByRole('dialog', { name: 'Theory lines' })).toBeVisible();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 4);
  await page.getByRole('button', { name: 'Add a series' }).click();
  await expect(page.getByRole('spinbutton', { name: 'n of n = 4' })).toHaveValue('4');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await runDoneHere();
  await stepDone(page);
  await next(page);

  await atStep(page, 5);
  await page.getByRole('button', { name: 'log K_max against d_H for two ρ' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 6);
  await runDoneHere();
  await page.getByRole('button', { name: 'What is separation d_h?' }).click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 7);
  await page.getByRole('radio', { name: 'Dataset' }).click();
  await stepDone(page);
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('lesson 7, the census, with the mouse', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await openLesson(page, 8);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'census');
  const job = (name: string) => page.locator(`.census-job[data-job="${name}"]`);

  await page.locator('[data-preset="default"]').click();
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await expect(job('census')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await page.locator('.census-gallery .thumb').first().click();
  await stepDone(page);
  await next(page);

  await atStep(page, 4);
  await page
    .locator('section.census-sr h2')
    .getByRole('button', { name: 'What is stability ratio?' })
    .click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 5);
  await page.getByRole('button', { name: 'Train classifiers' }).click();
  await expect(job('classify')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await stepDone(page);
  await next(page);

  await atStep(page, 6);
  await page.getByLabel('Test on', { exact: true }).selectOption('P20');
  await page.getByRole('button', { name: 'Train classifiers' }).click();
  await expect(job('classify')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await stepDone(page);
  await next(page);

  await atStep(page, 7);
  await page.locator('.census-gallery .thumb').first().click();
  await page.getByRole('button', { name: 'Open in the studio as the cue' }).click();
  await stepDone(page);
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});
