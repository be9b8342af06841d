/**
 * The kernel lab as a new user meets it: open it from the tabs, load Tammes M = 6, train U-Hop+
 * and see the minimum angle climb to the octahedron's 90°, turn the sphere with the keyboard,
 * scrub back to iteration 0, pause and resume a training; basin maps before and after with
 * their converged shares; the MNIST metastable table at a small size; a tampered link refused
 * naming the field. Small sizes throughout. Screenshots: test-results/kernel-*.png.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, shareLink } from './app';
import { atStep, card, next, stepDone } from './lesson-helpers';
import { seriousViolations } from './axe';

interface Hist {
  counts: number[];
  queries: number;
  single: number;
}
interface KernelHook {
  jobs: Record<string, { status: string; error?: string }>;
  preset: string | null;
  paused: boolean;
  live: { iterations: number } | null;
  train: {
    M: number;
    iterations: number;
    minAngleBefore: number;
    minAngleAfter: number;
    tammesDeg: number | null;
  } | null;
  basins: {
    R: number;
    before: { converged: number; share: number[] };
    after: { converged: number; share: number[] };
  } | null;
  metastable: {
    queries: number;
    M: number;
    rows: { normaliser: string; phi: string; histogram: Hist }[];
  } | null;
}
type Hooks = {
  kernel(): KernelHook;
  kernelSetSetup(patch: unknown): void;
  kernelTrain(): Promise<void>;
  kernelPause(): Promise<void>;
  kernelResume(): Promise<void>;
  kernelScrub(i: number | null): void;
};

const hook = (page: Page): Promise<KernelHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).kernel());
const job = (page: Page, name: string) => page.locator(`.kernel-job[data-job="${name}"]`);

async function openKernel(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Kernel', exact: true }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'kernel');
  await expect(page.getByRole('heading', { name: 'The paper’s figures' })).toBeVisible();
}

test('Tammes M = 6: the angle climbs to 90°, the sphere turns, basins before and after', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openKernel(page);
  await page.locator('[data-preset="tammes-6"]').click();
  await page.getByRole('button', { name: 'Train U-Hop+' }).click();
  await expect(job(page, 'train')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  const t = (await hook(page)).train!;
  expect(t.M).toBe(6);
  expect(t.iterations).toBe(500);
  expect(t.tammesDeg).toBeCloseTo(90, 1);
  expect(t.minAngleAfter).toBeGreaterThan(t.minAngleBefore);
  expect(t.minAngleAfter).toBeGreaterThan(85);
  const sphere = page.locator('.kernel-sphere svg');
  await expect(sphere).toHaveAttribute(
    'aria-label',
    /6 memories’ normalised features on the sphere/,
  );
  await expect(page.locator('.kernel-angle svg .tammes-line')).toHaveCount(1);
  await sphere.screenshot({ path: 'test-results/kernel-sphere.png' });

  // The arrow keys turn the sphere: the memories move on the screen.
  const at = () => sphere.locator('circle.memory').first().getAttribute('cx');
  const before = await at();
  await page.locator('.kernel-sphere-box').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(at).not.toBe(before);
  // The scrubber shows iteration 0 again.
  await page.getByLabel('Iteration shown').fill('0');
  await expect(sphere).toHaveAttribute('aria-label', /at iteration 0[;.]/);
  await expect(page.locator('.kernel-angle svg .scrub-rule')).toHaveCount(1);
  await page.evaluate(() => (window.__dam as unknown as Hooks).kernelScrub(null));

  // Basin maps on the plane through memories 1, 2, 3, small.
  await page.evaluate(() =>
    (window.__dam as unknown as Hooks).kernelSetSetup({
      basin: { R: 24, tol: 0.001, plane: 'memories' },
    }),
  );
  await page.getByRole('button', { name: 'Compute basin maps' }).click();
  await expect(job(page, 'basins')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const b = (await hook(page)).basins!;
  expect(b.R).toBe(24);
  for (const side of [b.before, b.after]) {
    expect(side.share).toHaveLength(6);
    const sum = side.share.reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(side.converged, 6);
  }
  await expect(page.locator('.kernel-shares tbody tr')).toHaveCount(7);
  await expect(page.locator('.kernel-basins svg .basin-panel')).toHaveCount(2);
  await page
    .locator('section.kernel-basins-panel')
    .screenshot({ path: 'test-results/kernel-basins.png' });
  await page.screenshot({ path: 'test-results/kernel-tammes.png', fullPage: true });
  expect(await seriousViolations(page), 'axe').toEqual([]);
  console.log(
    `kernel e2e: min angle ${t.minAngleBefore.toFixed(2)}° → ${t.minAngleAfter.toFixed(2)}°; basins converged ${b.before.converged} → ${b.after.converged}`,
  );
});

test('pause and resume a training; the MNIST metastable table at a small size', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openKernel(page);
  await page.evaluate(() => {
    const h = window.__dam as unknown as Hooks;
    h.kernelSetSetup({
      memories: { source: 'gaussian', M: 60, D: 20, sphere: true, seed: 2 },
      uhop: {
        dPhi: 3,
        tau: 0.1,
        lr: 0.05,
        optimiser: 'adam',
        iterations: 500,
        seed: 1,
        bias: false,
      },
    });
    void h.kernelTrain();
    return h.kernelPause();
  });
  await expect.poll(async () => (await hook(page)).paused).toBe(true);
  expect((await hook(page)).jobs.train.status).toBe('running');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(job(page, 'train')).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  expect((await hook(page)).train!.iterations).toBe(500);

  await page.locator('[data-preset="mnist-metastable"]').click();
  await expect(page.locator('.kernel-cut')).toContainText('60,000');
  await page.evaluate(() =>
    (window.__dam as unknown as Hooks).kernelSetSetup({
      memories: { source: 'mnist', M: 50, D: 784, sphere: false, seed: 1 },
      uhop: {
        dPhi: 32,
        tau: 0.1,
        lr: 0.1,
        optimiser: 'adam',
        iterations: 10,
        seed: 1,
        bias: false,
      },
      metastable: { queries: 20, threshold: 0.01, maxK: 4, normalisers: ['softmax', 'sparsemax'] },
    }),
  );
  await page.getByRole('button', { name: 'Compute the table' }).click();
  await expect(job(page, 'metastable')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const m = (await hook(page)).metastable!;
  expect([m.queries, m.M]).toEqual([20, 50]);
  expect(m.rows).toHaveLength(4);
  for (const r of m.rows) {
    expect(r.histogram.counts).toHaveLength(4);
    expect(r.histogram.counts.reduce((x, y) => x + y, 0)).toBe(20);
  }
  await expect(page.locator('.kernel-metastable tbody tr')).toHaveCount(4);
  // Two normalisers' sentences and the features' length.
  await expect(page.locator('.kernel-said li')).toHaveCount(3);
  await page
    .locator('section.kernel-metastable-panel')
    .screenshot({ path: 'test-results/kernel-metastable.png' });
  console.log(
    `kernel e2e metastable: ${m.rows.map((r) => `${r.normaliser}/${r.phi} ${r.histogram.single}`).join(', ')}`,
  );
});

/** The link with its kernel part changed by `edit` (inflated, edited, deflated, re-summed). */
function tamper(link: string, edit: (u: { uhop: Record<string, unknown> }) => void): string {
  const url = new URL(link);
  const q = new URLSearchParams(url.hash.replace(/^#[^?]*\?/, '').replace(/^#/, ''));
  const json = JSON.parse(inflateRawSync(Buffer.from(q.get('s')!, 'base64url')).toString('utf8'));
  edit(json.u);
  const s = deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url');
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  q.set('c', (h >>> 0).toString(16).padStart(8, '0'));
  q.set('s', s);
  return link.replace(/[?&]?v=.*$/, (x) => `${x[0] === 'v' ? '' : x[0]}${q.toString()}`);
}

test('a share link carries the set-up; a tampered one names the field', async ({
  page,
  browser,
}) => {
  await openKernel(page);
  await page.locator('[data-preset="tammes-4"]').click();
  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(link);
  await hookReady(other);
  await expect.poll(async () => (await hook(other)).preset).toBe('tammes-4');
  await other.goto(tamper(link, (u) => (u.uhop.tau = -1)));
  await expect(other.getByRole('alert').first()).toContainText('u.uhop.tau');
  await other.goto(tamper(link, (u) => (u.uhop.momentum = 0.9)));
  await expect(other.getByRole('alert').first()).toContainText('u.uhop.momentum: unknown key');
  await other.screenshot({ path: 'test-results/kernel-tampered.png' });
  await other.close();
});

test('the lesson, with the mouse: Tammes M = 6, train, the angle curve, basins, a small MNIST table', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openApp(page);
  await page.evaluate(() => location.assign('#/labs'));
  await page
    .locator('.lesson-list li', { hasText: 'Spread the memories apart' })
    .getByRole('button')
    .click();
  await atStep(page, 1);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'kernel');

  await page.locator('[data-preset="tammes-6"]').click();
  await stepDone(page);
  await next(page);

  await atStep(page, 2);
  await page.getByRole('button', { name: 'Train U-Hop+', exact: true }).click();
  await stepDone(page);
  await next(page);

  await atStep(page, 3);
  await expect(job(page, 'train')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await stepDone(page);
  expect((await hook(page)).train!.minAngleAfter).toBeCloseTo(90, 2);
  await next(page);

  await atStep(page, 4);
  await page.getByRole('button', { name: 'Compute basin maps', exact: true }).click();
  await expect(job(page, 'basins')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await stepDone(page);
  await next(page);

  await atStep(page, 5);
  await page.getByRole('button', { name: 'Compute the table', exact: true }).click();
  await expect(job(page, 'metastable')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await stepDone(page);
  const m = (await hook(page)).metastable!;
  expect([m.M, m.queries]).toEqual([200, 100]);
  await page.screenshot({ path: 'test-results/kernel-lesson.png' });
  await card(page).getByRole('button', { name: 'Finish' }).click();
  await expect(card(page)).toHaveCount(0);
});
