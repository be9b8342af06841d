/**
 * The bodies lab's random-features view: open #/bodies, switch to random features, run the 2-D
 * toy preset, raise Y and see the measured energy error fall, add a memory and see the weight
 * count unchanged, measure a small error-against-Y curve and see a slope; the lesson stepped
 * through; a tiny QUANT1b-like curve with retrieval points, both projections compared, MNIST
 * inpainting at a tiny size, and a tampered link refused naming the field. Screenshots:
 * test-results/bodies-features-*.png.
 */
import { inflateRawSync, deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { openApp, shareLink } from './app';
import { atStep, next, stepDone } from './lesson-helpers';

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

/**
 * An element's screenshot whole: the viewport is made tall enough for it below the sticky header
 * and the element scrolled to the middle (a taller element is cut or overdrawn otherwise).
 */
async function shoot(page: Page, selector: string, path: string) {
  const el = page.locator(selector);
  const before = page.viewportSize()!;
  const box = await el.evaluate((e) => e.getBoundingClientRect().height);
  await page.setViewportSize({ width: before.width, height: Math.ceil(box) + 400 });
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await el.screenshot({ path });
  await page.setViewportSize(before);
}

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
  await shoot(page, 'section.rf-curve', 'test-results/bodies-features-curve.png');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/bodies-features-phone.png', fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('the lesson steps through the view with the keyboard and the mouse', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await page.evaluate(() => location.assign('#/labs'));
  await page
    .locator('.lesson-list li', { hasText: 'Memories as random features' })
    .getByRole('button')
    .click();
  await atStep(page, 1);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'bodies');
  await stepDone(page);
  await next(page);
  await atStep(page, 2);
  const y = page.getByRole('slider', { name: 'Features Y', exact: true });
  await y.focus();
  for (let k = 0; k < 4; k++) await y.press('ArrowRight');
  await stepDone(page);
  await next(page);
  await atStep(page, 3);
  await page.locator('[data-rf-action="add"]').click();
  await stepDone(page);
  await next(page);
  await atStep(page, 4);
  await page.evaluate(() =>
    (window.__dam as unknown as Hooks).bodiesRfSetSetup({
      toyCurve: { betas: [1], top: 11, queryCount: 16 },
    }),
  );
  await page.getByRole('button', { name: 'Measure the curve' }).click();
  await stepDone(page);
  await next(page);
  await atStep(page, 5);
  for (let k = 0; k < 4; k++) await y.press('ArrowRight');
  await stepDone(page);
});

/** The link with its bodies part changed by `edit` (inflated, edited, deflated, re-summed). */
function tamper(
  link: string,
  edit: (h: { features: { curve: Record<string, unknown> } }) => void,
): string {
  const url = new URL(link);
  const q = new URLSearchParams(url.hash.replace(/^#[^?]*\?/, '').replace(/^#/, ''));
  const json = JSON.parse(inflateRawSync(Buffer.from(q.get('s')!, 'base64url')).toString('utf8'));
  edit(json.h);
  const s = deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url');
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  q.set('c', (h >>> 0).toString(16).padStart(8, '0'));
  q.set('s', s);
  return link.replace(/[?&]?v=.*$/, (m) => `${m[0] === 'v' ? '' : m[0]}${q.toString()}`);
}

test('a QUANT1b-like curve, both projections, inpainting, and a tampered link', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await page.goto('/?e2e=1#/bodies');
  await page.getByRole('radio', { name: 'Random features' }).click();
  await page.evaluate(() =>
    (window.__dam as unknown as Hooks).bodiesRfSetSetup({
      curveKind: 'quant1b',
      curve: {
        D: 16,
        K: 20,
        betas: [10],
        Ys: [256, 1024, 4096],
        map: 'sincos',
        projection: 'gaussian',
        queries: ['stored', 'random'],
        queryCount: 6,
        nearFlip: 0.1,
        retrieval: { alpha: 0.03, steps: 20, queries: 2 },
        seed: 5,
      },
      mnist: { K: 3, cue: 1, visible: 0.5, logY: 9, beta: 20, alpha: 0.1, steps: 12 },
    }),
  );
  await expect(page.locator('[data-rf="paper-cuts"]')).toContainText('paper: 500,000');
  await page.getByRole('button', { name: 'Measure the curve' }).click();
  await expect
    .poll(async () => (await hook(page)).jobs.curve.status, { timeout: 30_000 })
    .toBe('done');
  const c = (await hook(page)).curve!;
  expect(c.points).toBe(6);
  expect(c.slopes.some((s) => s.slope !== null && s.slope < 0)).toBe(true);
  await expect(page.locator('[data-rf="slopes"]')).toContainText('slope');
  await expect(page.locator('.rf-retrieval-box circle.rf-point')).toHaveCount(3);
  // The table counts the identical fixed points of each (β, Y), 2 queries each, and names the
  // exact fixed point.
  const table = page.locator('[data-rf="retrieval-table"] tbody tr');
  await expect(table).toHaveCount(3);
  await expect(table.first()).toContainText(/\d of 2/);
  await expect(page.locator('[data-rf="exact-fixed"]')).toContainText('β = 10: the exact descent');

  await page.getByRole('button', { name: 'Compare projections' }).click();
  await expect(page.locator('[data-rf="compare-sentence"]')).toContainText('Hadamard: slope', {
    timeout: 30_000,
  });
  await expect(page.locator('[data-rf="compare-sentence"]')).toContainText('Gaussian: slope');
  await expect(page.locator('.rf-compare-box g.rf-compare')).toHaveCount(4);
  // The comparison with its legend and sentence, clear of the sticky header.
  await shoot(page, '[data-rf="compare"]', 'test-results/bodies-features-compare.png');
  await shoot(page, 'section.rf-curve', 'test-results/bodies-features-curve-quant.png');

  await page.getByRole('button', { name: 'Inpaint', exact: true }).click();
  await expect
    .poll(async () => (await hook(page)).jobs.mnist.status, { timeout: 30_000 })
    .toBe('done');
  await expect(page.locator('[data-rf="mnist-distance"]')).toContainText('Distance between');
  await expect(
    page.locator(
      '[data-rf-row="distributed (DrDAM)"] img, [data-rf-row="distributed (DrDAM)"] canvas',
    ),
  ).not.toHaveCount(0);
  await shoot(page, 'section.rf-mnist', 'test-results/bodies-features-mnist.png');

  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(tamper(link, (h) => (h.features.curve.Ys = [256, 2 ** 25])));
  await expect(other.getByRole('alert').first()).toContainText('curve.Ys[1]');
  await other.goto(tamper(link, (h) => (h.features.curve.extra = 1)));
  await expect(other.getByRole('alert').first()).toContainText('curve.extra: unknown key');
  await other.close();
  expect(errors).toEqual([]);
});
