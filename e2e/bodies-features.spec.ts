/**
 * The bodies lab's random-features view: open #/bodies, switch to random features, run the 2-D
 * toy preset, raise Y and see the measured energy error fall, add a memory and see the weight
 * count unchanged, measure a small error-against-Y curve and see a slope. Screenshots:
 * test-results/bodies-features-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './app';

interface RfHook {
  jobs: Record<'toy' | 'curve' | 'mnist', { status: string; error?: string }>;
  toy: {
    Y: number;
    K: number;
    params: number;
    exactParams: number;
    gridError: number;
    update: string;
    shownIsSetup: boolean;
  } | null;
  curve: { points: number; done: boolean; slopes: { slope: number | null }[] } | null;
}
type Hooks = {
  bodiesRf(): RfHook;
  bodiesRfSetSetup(p: unknown): void;
  bodiesRfRunCurve(): Promise<void>;
};
const hook = (page: Page): Promise<RfHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).bodiesRf());

async function toyDone(page: Page) {
  await expect
    .poll(async () => (await hook(page)).jobs.toy.status, { timeout: 30_000 })
    .toBe('done');
  await expect
    .poll(async () => (await hook(page)).toy?.shownIsSetup, { timeout: 30_000 })
    .toBe(true);
  return (await hook(page)).toy!;
}

test('random features: Y up lowers the error, a memory leaves the weights, a curve has a slope', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await page.goto('/?e2e=1#/bodies');
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'bodies');
  await page.getByRole('radio', { name: 'Random features' }).click();
  await page.locator('[data-rf-preset="toy-1"]').click();
  const low = await toyDone(page);
  expect(low.Y).toBe(256);
  // Drag Y up: 2^8 → 2^12 with the keyboard on the slider.
  const slider = page.getByRole('slider', { name: 'Features Y', exact: true });
  await slider.focus();
  for (let k = 0; k < 4; k++) await slider.press('ArrowRight');
  await expect.poll(async () => (await hook(page)).toy?.Y, { timeout: 30_000 }).toBe(4096);
  const high = await toyDone(page);
  expect(high.gridError).toBeLessThan(low.gridError);
  await page.getByRole('button', { name: 'Add memory' }).click();
  await expect.poll(async () => (await hook(page)).toy?.K, { timeout: 30_000 }).toBe(high.K + 1);
  const added = await toyDone(page);
  expect(added.update).toBe('added');
  expect(added.params).toBe(high.params);
  expect(added.exactParams).toBe(high.exactParams + 2);
  await expect(page.locator('[data-rf="params"]')).toHaveText(added.params.toLocaleString('en'));
  await page.screenshot({ path: 'test-results/bodies-features-toy.png', fullPage: true });

  // A small curve: the toy's, one β, Y up to 2^11.
  await page.evaluate(() => {
    const h = window.__dam as unknown as Hooks;
    h.bodiesRfSetSetup({ curveKind: 'toy', toyCurve: { betas: [1], top: 11, queryCount: 16 } });
  });
  await page.getByRole('button', { name: 'Measure the curve' }).click();
  await expect
    .poll(async () => (await hook(page)).jobs.curve.status, { timeout: 30_000 })
    .toBe('done');
  const c = (await hook(page)).curve!;
  expect(c.points).toBeGreaterThanOrEqual(6);
  expect(c.slopes.some((s) => s.slope !== null && s.slope < 0)).toBe(true);
  await expect(page.locator('[data-rf="slopes"]')).toContainText('slope');
  await page.locator('section.rf-curve').screenshot({ path: 'test-results/bodies-features-curve.png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/bodies-features-phone.png', fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});
