/**
 * Bank area: edit the memory bank (remove, reorder, add 5 random 7s), keep it across a reload
 * (IndexedDB), export and import it as JSON (and reject a broken file), share the whole set-up as
 * a link that reproduces the run in a fresh browser, survive a tampered link, hide the editor in
 * the student view, and export PNG/JSON/CSV.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, playToEnd, hookReady, shareLink } from './app';

interface BankSetup {
  restored: boolean;
  student: boolean;
  view: string;
  size: number;
  labels: string[];
  cue: unknown;
  params: Record<string, unknown>;
}

type BankHook = {
  setup(): BankSetup;
  setCue(partial: Record<string, unknown>): void;
};

const setup = (page: Page): Promise<BankSetup> =>
  page.evaluate(() => (window.__dam as unknown as BankHook).setup());

async function openRestored(page: Page, query = ''): Promise<void> {
  await openApp(page, query);
  await expect.poll(async () => (await setup(page)).restored).toBe(true);
}

const DEFAULT_LABELS = [0, 1001, 2128, 3119, 4151, 5131, 5994, 7008, 8078, 9022].map(
  (i, d) => `${d} (#${i})`,
);

test('edit the bank, keep it across a reload, export and import it as JSON', async ({ page }) => {
  await openRestored(page);
  expect((await setup(page)).labels).toEqual(DEFAULT_LABELS);
  await expect(page.getByTestId('bank-count')).toContainText('K = 10');

  // Remove, reorder with the keyboard-accessible buttons, then by drag and drop.
  await page.getByRole('button', { name: 'Remove memory 1, 0 (#0)' }).click();
  await page.getByRole('button', { name: 'Move memory 1, 1 (#1001) later' }).click();
  let labels = (await setup(page)).labels;
  expect(labels.slice(0, 3)).toEqual(['2 (#2128)', '1 (#1001)', '3 (#3119)']);
  const cells = page.getByTestId('bank-item');
  await cells.nth(3).dragTo(cells.nth(0));
  labels = (await setup(page)).labels;
  expect(labels.slice(0, 4)).toEqual(['4 (#4151)', '2 (#2128)', '1 (#1001)', '3 (#3119)']);

  // Add 5 random 7s (seeded).
  await page.getByRole('button', { name: 'Add 5 random 7s' }).click();
  labels = (await setup(page)).labels;
  expect(labels).toHaveLength(14);
  expect(labels.slice(9).every((l) => l.startsWith('7 ('))).toBe(true);
  expect(new Set(labels).size).toBe(14);
  await page.screenshot({ path: 'e2e/screenshots/bank-edited.png' });

  // Reload: the same bank comes back from IndexedDB.
  await page.evaluate(() => window.__dam!.flushSave());
  await page.reload();
  await expect.poll(async () => (await setup(page).catch(() => null))?.restored).toBe(true);
  expect((await setup(page)).labels).toEqual(labels);

  // Export JSON, clear, import it back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dam-memories.json');
  const file = await download.path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.format).toBe('dam-playground-bank');
  expect(json.items).toHaveLength(14);
  expect(json.items[0].source).toEqual({ kind: 'mnist', index: 4151 });

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Clear the memory bank' }).click();
  await expect.poll(async () => (await setup(page)).labels.length).toBe(0);
  await page.getByLabel('Import a memory bank (JSON)').setInputFiles(file);
  await expect.poll(async () => (await setup(page)).labels).toEqual(labels);
  await expect(page.getByTestId('notice')).toContainText('Imported 14 memories');

  // A broken file: a clear message, the bank kept.
  await page.getByLabel('Import a memory bank (JSON)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"dam-playground-bank","version":1,"size":28,"items":[{"so'),
  });
  await expect(page.getByRole('alert')).toContainText('Could not import broken.json');
  await expect(page.getByRole('alert')).toContainText('unchanged');
  expect((await setup(page)).labels).toEqual(labels);
  await page.screenshot({ path: 'e2e/screenshots/bank-import-error.png' });
});

test('a link reproduces the set-up and the run in a fresh browser', async ({ page, browser }) => {
  await openRestored(page);
  await page.getByRole('button', { name: 'Add 5 random 7s' }).click();
  await page.evaluate(() => {
    const hook = window.__dam as unknown as BankHook;
    window.__dam!.setParams({ seed: 7 });
    const clamp = new Array(28 * 28).fill(0);
    for (let i = 0; i < 100; i++) clamp[300 + i] = 1;
    hook.setCue({ start: { kind: 'memory', index: 12 }, flipP: 0.25, clamp });
  });
  const before = await setup(page);
  await playToEnd(page);
  const finalBefore = await page.evaluate(() => window.__dam!.final());
  const energiesBefore = await page.evaluate(() => window.__dam!.energies());

  const link = await shareLink(page);
  expect(link).toMatch(/#\/studio\?v=1&c=[0-9a-f]{8}&s=/);

  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  await page2.goto(link);
  await hookReady(page2);
  await expect(page2.locator('.app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect.poll(async () => (await setup(page2)).restored).toBe(true);
  const after = await setup(page2);
  expect(after.labels).toEqual(before.labels);
  expect(after.cue).toEqual(before.cue);
  expect(after.params).toEqual(before.params);
  await expect(page2.getByTestId('notice')).toContainText('Opened the set-up from the link');
  await expect.poll(() => page2.evaluate(() => window.__dam!.getState().datasetReady)).toBe(true);
  await expect.poll(() => page2.evaluate(() => window.__dam!.frames().length)).toBeGreaterThan(0);
  await playToEnd(page2);
  expect(await page2.evaluate(() => window.__dam!.final())).toEqual(finalBefore);
  // Frames are sampled by time, so compare where the energy starts and ends.
  const energiesAfter = await page2.evaluate(() => window.__dam!.energies());
  expect(energiesAfter[0]).toBe(energiesBefore[0]);
  expect(energiesAfter.at(-1)).toBe(energiesBefore.at(-1));
  await page2.screenshot({ path: 'e2e/screenshots/shared-link.png' });

  // The student flag hides the bank editor.
  const page3 = await fresh.newPage();
  await page3.goto(`${link}&student=1`);
  await hookReady(page3);
  await expect.poll(async () => (await setup(page3)).restored).toBe(true);
  expect((await setup(page3)).student).toBe(true);
  await expect(page3.getByTestId('bank-item').first()).toBeVisible();
  await expect(page3.getByRole('button', { name: 'Export JSON' })).toHaveCount(0);
  await expect(page3.getByLabel('Add from')).toHaveCount(0);
  await expect(page3.getByRole('button', { name: /^Remove memory/ })).toHaveCount(0);
  await page3.screenshot({ path: 'e2e/screenshots/student-view.png' });
  await fresh.close();

  // A tampered link: a clear message, and a working app with the stored/default set-up.
  const other = await browser.newContext();
  const page4 = await other.newPage();
  const tampered = link.replace(
    /(&s=.{10})(.)/,
    (_, head: string, c: string) => `${head}${c === 'x' ? 'y' : 'x'}`,
  );
  await page4.goto(tampered);
  await expect(page4.getByRole('alert')).toContainText('This link is damaged or incomplete');
  await expect(page4.locator('.app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  expect((await setup(page4)).labels).toEqual(DEFAULT_LABELS);
  await page4.goto(link.slice(0, -20)); // truncated
  await expect(page4.getByRole('alert')).toContainText('This link is damaged or incomplete');
  await expect(page4.getByTestId('bank-item').first()).toBeVisible();
  await page4.screenshot({ path: 'e2e/screenshots/tampered-link.png' });
  await other.close();
});

test('exports a PNG, the trajectory as JSON and CSV, and the run as WebM', async ({ page }) => {
  await openRestored(page);
  await playToEnd(page);
  const save = async (name: string) => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Export' })
        .getByRole('button', { name, exact: true })
        .click(),
    ]);
    return { name: d.suggestedFilename(), data: readFileSync(await d.path()) };
  };
  const png = await save('PNG');
  expect(png.name).toBe('dam-view.png');
  expect(png.data.subarray(1, 4).toString()).toBe('PNG');
  expect(png.data.length).toBeGreaterThan(2000);
  // The caption band (title, model, verdict, cue) sits above the stage: taller than the stage at 2×.
  const stage = (await page.locator('.stage').boundingBox())!;
  expect(png.data.readUInt32BE(16)).toBe(Math.round(stage.width * 2));
  expect(png.data.readUInt32BE(20)).toBeGreaterThan(Math.round(stage.height * 2) + 80);

  const json = await save('JSON');
  const traj = JSON.parse(json.data.toString());
  expect(traj.format).toBe('dam-playground-trajectory');
  const energies = await page.evaluate(() => window.__dam!.energies());
  expect(traj.lanes[0].frames.map((f: { energy: number }) => f.energy)).toEqual(energies);
  expect(traj.lanes[0].frames[0].overlaps).toHaveLength(10);
  expect(traj.lanes[0].cue.flipP).toEqual(expect.any(Number));
  expect(traj.lanes[0].seed).toEqual(expect.any(Number));
  expect(traj.lanes[0].dynamics.mode).toMatch(/^(async|sync)$/);
  expect(traj.lanes[0].finalState).toEqual(await page.evaluate(() => window.__dam!.final()));

  const csv = (await save('CSV')).data.toString().trim().split('\n');
  expect(csv[0]).toContain('energy');
  expect(csv[0]).toContain('overlap 10 (9 (#9022))');
  expect(csv).toHaveLength(energies.length + 1);
  expect(csv[0].split(',').slice(2, 5)).toEqual(['p', 'seed', 'update']);
  expect(Number(csv[csv.length - 1].split(',')[7])).toBeCloseTo(energies[energies.length - 1], 6);

  const webm = await save('WebM');
  expect(webm.name).toBe('dam-run.webm');
  // EBML magic number that starts every WebM (Matroska) file.
  expect(webm.data.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  expect(webm.data.length).toBeGreaterThan(1000);
});
