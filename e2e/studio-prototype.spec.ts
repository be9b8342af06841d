/**
 * The studio learns the word "prototype" (issue 12, item 6): a small prototype task (10×10, three
 * prototypes, five noisy examples of each) opens in the studio through the hand-off the census
 * lab uses; started from a prototype, the classical network settles on it, and the verdict says
 * "prototype" with the state's stability ratio. The user's memories wait aside (across a reload)
 * until "Restore previous memories" brings them back.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookState, openApp, playToEnd } from './app';

interface Task {
  side: number;
  examples: number[];
  K: number;
  exampleLabels: string[];
  prototypes: number[];
  prototypeLabels: string[];
  cue: number[];
}

interface PrototypeHook {
  openTaskInStudio(t: Task): { ok: boolean; reason?: string };
  restorePreviousBank(): boolean;
  hasPreviousBank(): boolean;
  bankPrototypes(): { count: number; dim: number; labels: string[] } | null;
  setup(): { labels: string[]; size: number };
}

/**
 * P random prototypes, E examples each with every bit flipped with probability p (seeded), and as
 * the task's prototypes each group's majority vote (a Hebbian network's stable state near the
 * group, as the census defines them).
 */
function buildTask(side: number, P: number, E: number, p: number, seed: number): Task {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const N = side * side;
  const gen = Array.from({ length: P * N }, () => (next() < 0.5 ? -1 : 1));
  const examples: number[] = [];
  const exampleLabels: string[] = [];
  const prototypes: number[] = [];
  for (let g = 0; g < P; g++) {
    const sum = new Array<number>(N).fill(0);
    for (let e = 0; e < E; e++) {
      for (let i = 0; i < N; i++) {
        const b = (next() < p ? -1 : 1) * gen[g * N + i];
        examples.push(b);
        sum[i] += b;
      }
      exampleLabels.push(`P${g + 1}`);
    }
    for (let i = 0; i < N; i++) prototypes.push(sum[i] >= 0 ? 1 : -1);
  }
  const prototypeLabels = Array.from({ length: P }, (_, g) => `P${g + 1}`);
  return {
    side,
    examples,
    K: P * E,
    exampleLabels,
    prototypes,
    prototypeLabels,
    cue: prototypes.slice(0, N),
  };
}

const api = (page: Page) => page.evaluate(() => Object.keys(window.__dam ?? {}));

test('a prototype task opens in the studio, settles on a prototype, and the memories come back', async ({
  page,
}) => {
  await openApp(page, '&backend=cpu');
  expect(await api(page)).toContain('openTaskInStudio');
  const original = await page.evaluate(
    () => (window.__dam as unknown as PrototypeHook).setup().labels,
  );
  expect(original.length).toBe(10);

  // The studio cannot draw a 5×5 task: a clear reason, nothing changed.
  const refused = await page.evaluate(
    (t) => (window.__dam as unknown as PrototypeHook).openTaskInStudio(t),
    buildTask(5, 2, 3, 0.1, 9),
  );
  expect(refused.ok).toBe(false);
  expect(refused.reason).toMatch(/8×8 to 64×64 grids.*5×5/);
  expect((await hookState(page)).bankCount).toBe(10);

  const task = buildTask(10, 3, 5, 0.05, 12);
  const opened = await page.evaluate(
    (t) => (window.__dam as unknown as PrototypeHook).openTaskInStudio(t),
    task,
  );
  expect(opened).toEqual({ ok: true });
  await expect.poll(async () => (await hookState(page)).bankCount).toBe(15);
  expect(
    await page.evaluate(() => (window.__dam as unknown as PrototypeHook).bankPrototypes()),
  ).toEqual({ count: 3, dim: 100, labels: ['P1', 'P2', 'P3'] });
  await expect(page.getByTestId('prototype-task')).toContainText('examples of 3 prototypes');
  const restore = page.getByRole('button', { name: /Restore previous memories/ });
  await expect(restore).toBeVisible();

  await playToEnd(page);
  const s = await hookState(page);
  expect(s.verdict).toMatchObject({ kind: 'prototype', prototype: 0, label: 'P1' });
  expect(s.converged).toBe(true);
  const sr = (s as unknown as { sr: number | null }).sr;
  expect(sr).not.toBeNull();
  expect(sr!).toBeGreaterThan(0);
  expect(sr!).toBeLessThanOrEqual(1);
  const verdict = page.locator('.stage .verdict-box');
  await expect(verdict.locator('[data-verdict="prototype"]')).toContainText('Prototype P1');
  await expect(verdict.getByTestId('stability-ratio')).toHaveText(
    new RegExp(`^stability ratio ${sr!.toFixed(3)}`),
  );
  await page.screenshot({ path: 'e2e/screenshots/studio-prototype.png' });

  // The bank put aside survives a reload (it is saved with the set-up).
  await page.evaluate(() =>
    (window.__dam as unknown as { flushSave(): Promise<void> }).flushSave(),
  );
  await openApp(page, '&backend=cpu');
  expect(
    await page.evaluate(() => (window.__dam as unknown as PrototypeHook).hasPreviousBank()),
  ).toBe(true);
  expect((await hookState(page)).bankCount).toBe(15);

  await page.getByRole('button', { name: /Restore previous memories/ }).click();
  await expect.poll(async () => (await hookState(page)).bankCount).toBe(10);
  const back = await page.evaluate(() => (window.__dam as unknown as PrototypeHook).setup());
  expect(back.labels).toEqual(original);
  expect(back.size).toBe(28);
  expect(
    await page.evaluate(() => (window.__dam as unknown as PrototypeHook).hasPreviousBank()),
  ).toBe(false);
  await expect(page.getByRole('button', { name: /Restore previous memories/ })).toHaveCount(0);
  await expect(page.getByTestId('prototype-task')).toHaveCount(0);
});
