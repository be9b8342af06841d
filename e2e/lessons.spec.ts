/**
 * Lessons as a teacher and a learner take them: started from the welcome line, every step done
 * by a real action in the live app (the card says "Done" only then), with the mouse and with the
 * keyboard alone.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './app';
import {
  atStep,
  card,
  clickSlider,
  next,
  nextByKey,
  runDone,
  stepDone,
  stepUntilDone,
  tabTo,
} from './lesson-helpers';

test('lesson 1 with the mouse: every step completes on its action', async ({ page }) => {
  const errors = await openApp(page);
  await page.getByRole('button', { name: 'Start the first lesson' }).click();
  await expect(card(page)).toContainText('Hopfield networks in five minutes');

  await atStep(page, 1);
  await expect(card(page).getByRole('status')).not.toContainText('Done');
  await page.getByLabel('Start memory').selectOption({ index: 7 });
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await clickSlider(page.getByRole('slider', { name: 'Flip noise p' }), 0.66);
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await page.getByRole('button', { name: '▶ Play' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 4);
  await runDone(page);
  await expect(card(page)).toHaveAttribute('data-done', 'false');
  await page.getByRole('button', { name: 'Step back' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 5);
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await expect(card(page)).toHaveAttribute('data-done', 'false');
  await stepUntilDone(page, () => step.click());
  await stepDone(page);
  const energies = await page.evaluate(() => window.__dam!.energies());
  expect(energies.length).toBeGreaterThan(1);
  for (let i = 1; i < energies.length; i++)
    expect(energies[i]).toBeLessThanOrEqual(energies[i - 1]);
  await next(page);

  await atStep(page, 6);
  await page.getByRole('button', { name: 'What is overlap?' }).click();
  await expect(page.getByRole('dialog', { name: 'Overlap' })).toBeVisible();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 7);
  await clickSlider(page.getByRole('slider', { name: 'Flip noise p' }), 0.97);
  await expect(card(page)).toHaveAttribute('data-done', 'false');
  await page.getByRole('button', { name: '▶ Play' }).click();
  await runDone(page);
  await stepDone(page);
  await next(page);

  await atStep(page, 8);
  await page.getByRole('radio', { name: 'The drawing' }).click();
  await stepDone(page);
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('lesson 1 with the keyboard only', async ({ page }) => {
  await openApp(page);
  await tabTo(page, page.getByRole('button', { name: 'Start the first lesson' }));
  await page.keyboard.press('Enter');
  await atStep(page, 1);

  await tabTo(page, page.getByLabel('Start memory'));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 2);
  await tabTo(page, page.getByRole('slider', { name: 'Flip noise p' }));
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 3);
  await tabTo(page, page.getByRole('button', { name: '▶ Play' }));
  await page.keyboard.press(' ');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 4);
  await runDone(page);
  await tabTo(page, page.getByRole('button', { name: 'Step back' }));
  await page.keyboard.press('Enter');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 5);
  await stepUntilDone(page, () => page.keyboard.press('ArrowRight'));
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 6);
  await tabTo(page, page.getByRole('button', { name: 'What is overlap?' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Overlap' })).toBeVisible();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Overlap' })).toBeHidden();
  await nextByKey(page);

  await atStep(page, 7);
  await tabTo(page, page.getByRole('slider', { name: 'Flip noise p' }));
  await page.keyboard.press('End');
  await page.keyboard.press(' ');
  await runDone(page);
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 8);
  await tabTo(page, page.getByRole('radio', { name: 'The drawing' }));
  await page.keyboard.press('Enter');
  await stepDone(page);
  await page.keyboard.press('PageDown');
  await expect(card(page)).toHaveCount(0);
});

test('lesson 2 with the mouse: classical failure, n live, capacity, regimes and XOR', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('button', { name: 'Start lesson 2' }).click();
  await expect(card(page)).toContainText('Why the classical network fails');

  await atStep(page, 1);
  await page.getByRole('button', { name: '▶ Play' }).click();
  await runDone(page);
  await stepDone(page);
  console.log(
    'classical verdict',
    JSON.stringify((await page.evaluate(() => window.__dam!.getState())).verdict),
  );
  await next(page);

  await atStep(page, 2);
  await runDone(page);
  await page.locator('.verdict .term-q').click();
  await stepDone(page);
  await page.keyboard.press('Escape');
  await next(page);

  await atStep(page, 3);
  await page.getByRole('button', { name: '▶ Play' }).click();
  await clickSlider(page.getByRole('slider', { name: 'Interaction power n' }), 0.3);
  await stepDone(page);
  await next(page);

  await atStep(page, 4);
  await page.getByRole('button', { name: /^Add 5 random/ }).click();
  await page.getByRole('button', { name: '▶ Play' }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 5);
  await page.getByLabel('Energy family').selectOption('rectified');
  await clickSlider(page.getByRole('slider', { name: 'Interaction power n' }), 0.6);
  await stepDone(page);
  await next(page);

  await atStep(page, 6);
  const xor = card(page).getByRole('figure', { name: 'XOR exhibit' });
  await expect(xor).toContainText('Field on y: 0');
  await xor.getByRole('button', { name: /Input x1/ }).click();
  await expect(xor).toContainText('Field on y: 0');
  await stepDone(page);
  await next(page);

  await atStep(page, 7);
  await xor.getByRole('radio', { name: 'n = 3' }).click();
  for (const which of ['x2', 'x1', 'x2']) {
    await expect(xor).toContainText(/Field on y: (48|-48)/);
    await expect(xor).toContainText('which is x₁ XOR x₂');
    await xor.getByRole('button', { name: new RegExp(`Input ${which}`) }).click();
  }
  await stepDone(page);
  await next(page);

  await atStep(page, 8);
  await page.getByRole('button', { name: '▶ Play' }).click();
  await runDone(page);
  await stepDone(page);
  console.log(
    'n=30 verdict',
    JSON.stringify((await page.evaluate(() => window.__dam!.getState())).verdict),
  );
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('lesson 2 with the keyboard only', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => location.assign('#/labs'));
  await tabTo(page, page.getByRole('button', { name: 'Start lesson 2' }));
  await page.keyboard.press('Enter');
  await atStep(page, 1);
  const play = page.getByRole('button', { name: '▶ Play' });

  await tabTo(page, play);
  await page.keyboard.press(' ');
  await runDone(page);
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 2);
  await runDone(page);
  await tabTo(page, page.locator('.verdict .term-q'));
  await page.keyboard.press('Enter');
  await stepDone(page);
  await page.keyboard.press('Escape');
  await nextByKey(page);

  await atStep(page, 3);
  await tabTo(page, play);
  await page.keyboard.press(' ');
  await tabTo(page, page.getByRole('slider', { name: 'Interaction power n' }));
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 4);
  await tabTo(page, page.getByRole('button', { name: /^Add 5 random/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, play);
  await page.keyboard.press(' ');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 5);
  await tabTo(page, page.getByLabel('Energy family'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('slider', { name: 'Interaction power n' }));
  await page.keyboard.press('End');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 6);
  const xor = card(page).getByRole('figure', { name: 'XOR exhibit' });
  await tabTo(page, xor.getByRole('button', { name: /Input x1/ }));
  await page.keyboard.press('Enter');
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 7);
  await tabTo(page, xor.getByRole('radio', { name: 'n = 3' }));
  await page.keyboard.press('Enter');
  for (const which of ['x2', 'x1', 'x2']) {
    await tabTo(page, xor.getByRole('button', { name: new RegExp(`Input ${which}`) }));
    await page.keyboard.press('Enter');
  }
  await stepDone(page);
  await nextByKey(page);

  await atStep(page, 8);
  await tabTo(page, play);
  await page.keyboard.press(' ');
  await runDone(page);
  await stepDone(page);
  await page.keyboard.press('PageDown');
  await expect(card(page)).toHaveCount(0);
});

test('a step link opens a fresh browser at that step, set up and ready to do', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openApp(page);
  await page.evaluate(() => location.assign('#/labs'));
  await page.getByRole('button', { name: 'Start lesson 2' }).click();
  await atStep(page, 1);
  for (let k = 2; k <= 4; k++) {
    await page.keyboard.press('PageDown');
    await atStep(page, k);
  }
  expect(await page.evaluate(() => location.hash)).toBe('#/studio?lesson=classical-vs-dense.4');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const popover = page.getByRole('dialog', { name: 'Share this set-up' });
  await expect(popover.getByRole('status')).toHaveText('Copied ✓');
  const link = await popover.getByRole('textbox', { name: 'Link to this set-up' }).inputValue();
  expect(link).toContain('lesson=classical-vs-dense.4');

  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(link);
  await atStep(student, 4);
  await expect(student.locator('.lesson-card')).toContainText('Capacity');
  // The step's set-up ran in the new browser: its task can be done there.
  await student.getByRole('button', { name: /^Add 5 random/ }).click();
  await student.getByRole('button', { name: '▶ Play' }).click();
  await stepDone(student);
  await fresh.close();
});
