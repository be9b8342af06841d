/** Driving a lesson card in e2e: where it is, its step, done, next; mouse and keyboard moves. */
import { expect, type Locator, type Page } from '@playwright/test';

export const card = (page: Page): Locator => page.locator('.lesson-card');

/** The card shows step k (1-based), set up and ready for the learner's action. */
export async function atStep(page: Page, k: number): Promise<void> {
  await expect(card(page)).toHaveAttribute('data-step', String(k));
  await expect(card(page)).toHaveAttribute('data-ready', 'true');
}

/** The shown step's task has been done (the card says so). */
export async function stepDone(page: Page): Promise<void> {
  try {
    await expect(card(page)).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  } catch (err) {
    // Say what the page showed: a rare failure on CI is otherwise a bare "false".
    const shown = await page
      .locator('[role="alert"], [role="status"], .error')
      .allInnerTexts()
      .catch(() => []);
    const said = shown.map((t) => t.trim()).filter(Boolean);
    throw new Error(`${String(err)}\nThe page said: ${JSON.stringify(said).slice(0, 2000)}`, {
      cause: err,
    });
  }
  await expect(card(page).locator('.lesson-task')).toContainText('Done');
}

/** Clicks a range input's track at `fraction` of its width (a mouse drag's end point). */
export async function clickSlider(slider: Locator, fraction: number): Promise<void> {
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  await slider.page().mouse.click(box.x + fraction * box.width, box.y + box.height / 2);
}

/** Presses Tab until `target` has the focus (at most `max` presses): keyboard-only navigation. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}

/** Waits for the studio's run to finish. */
export async function runDone(page: Page): Promise<void> {
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'done', {
    timeout: 30_000,
  });
}

/** Clicks the card's Next (or Finish). */
export async function next(page: Page): Promise<void> {
  await card(page)
    .getByRole('button', { name: /^(Next|Finish)$/ })
    .click();
}

/** PageDown moves to the next step; a slider or a select keeps Page keys, so Tab off it first. */
export async function nextByKey(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const keeps = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'range' || el?.tagName === 'SELECT';
    });
    if (!keeps) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('PageDown');
}

/** Opens lesson k from the lab index. */
export async function openLesson(page: Page, k: number): Promise<void> {
  await page.evaluate(() => location.assign('#/labs'));
  await page.getByRole('button', { name: `Start lesson ${k}`, exact: true }).click();
  await atStep(page, 1);
}

/**
 * Steps the studio (`press`: a click or a key) one frame at a time until the card says done,
 * waiting for each new frame; guarded at 20 presses (n = 20 settles within a few sweeps).
 */
export async function stepUntilDone(page: Page, press: () => Promise<void>): Promise<void> {
  for (let i = 0; i < 20 && (await card(page).getAttribute('data-done')) !== 'true'; i++) {
    const before = await page.evaluate(() => window.__dam!.frames().length);
    await press();
    await expect
      .poll(async () =>
        (await card(page).getAttribute('data-done')) === 'true'
          ? Infinity
          : page.evaluate(() => window.__dam!.frames().length),
      )
      .toBeGreaterThan(before);
  }
}
