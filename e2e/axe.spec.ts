/**
 * Accessibility of the studio, the lab index, help, the lessons and the glossary popovers:
 * axe-core finds no serious or critical violation in each (the training and basins labs are
 * checked in axe-labs.spec.ts), and the studio's charts carry their key numbers as text.
 */
import { expect, test } from '@playwright/test';
import { openApp, playToEnd } from './app';
import { seriousViolations } from './axe';
import { atStep, card } from './lesson-helpers';

test('studio: idle, after a run, in compare mode, with a popover open', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);
  await playToEnd(page);
  expect(await seriousViolations(page)).toEqual([]);
  // The energy chart says its numbers in words.
  await expect(page.getByRole('img', { name: /^Energy .*from .* now / })).toBeVisible();
  await page.getByRole('button', { name: 'What is overlap?' }).click();
  await expect(page.getByRole('dialog', { name: 'Overlap' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Compare models' }).click();
  await expect(page.locator('.stage.compare')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('lab index, help, and the first step of every lesson', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.evaluate(() => location.assign('#/labs'));
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close' }).click();
  const count = await page.getByRole('button', { name: /^Start lesson \d+$/ }).count();
  expect(count).toBe(12);
  for (let k = 1; k <= count; k++) {
    await page.evaluate(() => location.assign('#/labs'));
    await page.getByRole('button', { name: `Start lesson ${k}`, exact: true }).click();
    await atStep(page, 1);
    expect(await seriousViolations(page), `lesson ${k}`).toEqual([]);
    await card(page).getByRole('button', { name: 'Close the lesson' }).click();
    await expect(card(page)).toHaveCount(0);
  }
});

test('presenter view with a lesson open, drawer closed and open', async ({ page }) => {
  await openApp(page, '#/studio?presenter=1&lesson=hopfield-basics.3');
  await atStep(page, 3);
  await expect(page.locator('.app')).toHaveClass(/\bpresenter\b/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Controls' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
