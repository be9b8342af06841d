/**
 * The training lab's sequential mode as a new user meets it: switch to "Tasks in sequence",
 * train n = 3 and n = 20 naively on five class-incremental tasks and watch the first tasks'
 * accuracy collapse; switch one run to rehearsal and watch it hold; pause and resume; the
 * set-up travels in a link. Small sizes (40 digits per class, 5 epochs a task, K = 40, minibatch 10).
 * Screenshots: test-results/seq-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, shareLink } from './app';
import { seriousViolations } from './axe';

interface SeqHook {
  mode: string;
  status: string;
  error: string | null;
  setup: { runs: { n: number; method: string }[]; tasks: number };
  runs: {
    name: string;
    matrix: (number[] | null)[];
    epochs: number;
    finalAccuracy: number | null;
    forgetting: number | null;
    memories: number;
  }[];
}
type Hooks = {
  seq(): SeqHook;
  seqSetSetup(p: unknown): void;
  seqStart(): Promise<void>;
  seqPause(): Promise<void>;
  seqResume(): Promise<void>;
};

const hook = (page: Page): Promise<SeqHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).seq());
const status = (page: Page) => page.locator('.seq-status');
const SMALL = { perClass: 40, epochs: 5, K: 40, batchSize: 10 };

async function openSequential(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Training lab', exact: true }).click();
  await page.getByRole('radio', { name: 'Tasks in sequence' }).click();
  await expect(page.getByRole('heading', { name: 'Sequential presets' })).toBeVisible();
}

test('naive n = 3 and n = 20 forget the first tasks; rehearsal holds them', async ({ page }) => {
  test.setTimeout(150_000);
  await openSequential(page);
  await page.locator('[data-preset="naive-n"]').click();
  await page.evaluate((s) => (window.__dam as unknown as Hooks).seqSetSetup(s), SMALL);
  await page.getByRole('button', { name: 'Train the sequence' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'finished', { timeout: 90_000 });
  const naive = await hook(page);
  expect(naive.runs).toHaveLength(2);
  for (const r of naive.runs) {
    expect(r.matrix.every((row) => row !== null && row.length === 5)).toBe(true);
    expect(r.epochs).toBe(25);
    expect(r.memories).toBe(40 * 794);
    console.log(
      r.name,
      JSON.stringify(r.matrix.map((row) => row!.map((a) => +a.toFixed(2)))),
      r.forgetting,
      r.finalAccuracy,
    );
  }
  await expect(page.locator('.seq-table tbody tr')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/seq-naive.png', fullPage: true });

  await page.locator('[data-preset="rehearsal"]').click();
  await page.evaluate((s) => (window.__dam as unknown as Hooks).seqSetSetup(s), SMALL);
  await page.getByRole('button', { name: 'Train the sequence' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'finished', { timeout: 90_000 });
  const [plain, rehearsed] = (await hook(page)).runs;
  expect(rehearsed.name).toMatch(/rehearsal/);
  expect(rehearsed.forgetting!).toBeLessThan(plain.forgetting!);
  expect(rehearsed.finalAccuracy!).toBeGreaterThan(plain.finalAccuracy!);
  await page.locator('.seq-run-card').nth(1).screenshot({ path: 'test-results/seq-rehearsal.png' });
  expect(await seriousViolations(page), 'axe').toEqual([]);
  console.log(
    `seq e2e: naive n=3 forgetting ${naive.runs[0].forgetting?.toFixed(3)}, n=20 ${naive.runs[1].forgetting?.toFixed(3)}; n=20 naive ${plain.forgetting?.toFixed(3)} vs rehearsal ${rehearsed.forgetting?.toFixed(3)}`,
  );
});

test('pause holds a sequence and resume finishes it; the set-up travels in a link', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await openSequential(page);
  await page.evaluate(
    (s) => {
      const h = window.__dam as unknown as Hooks;
      h.seqSetSetup(s);
      void h.seqStart();
      return h.seqPause();
    },
    { ...SMALL, tasks: 2, runs: [{ n: 3, method: 'ewc' }] },
  );
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
  expect((await hook(page)).runs[0].matrix.every(Boolean)).toBe(true);

  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(link);
  await hookReady(other);
  await expect
    .poll(async () => (await hook(other)).setup)
    .toMatchObject({ tasks: 2, runs: [{ n: 3, method: 'ewc' }] });
  await expect.poll(async () => (await hook(other)).mode).toBe('sequential');
  await other.close();
});
