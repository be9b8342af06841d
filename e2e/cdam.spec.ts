/**
 * The graph lab (CDAM) as a new user meets it: open it from the tabs, pick the ring, start at a
 * memory and watch the heat map stay on it; drag a below zero and watch recall spread to the
 * neighbours; run the paper's range of recall and a small phase map; draw a directed cycle
 * through ten digits with the editor's form and watch it replay; the digit replay and the
 * automaton experiments; a link restores an edited graph; a broken adjacency file is refused and
 * the graph kept; a phone-sized run. Screenshots: test-results/cdam-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { hookReady, openApp, shareLink } from './app';
import { seriousViolations } from './axe';
import { atStep, next, stepDone } from './lesson-helpers';

interface Reading {
  forward: number;
  skips: number;
  other: number;
  sticks: boolean;
  order: number[];
}
interface CdamHook {
  setup: {
    graph: { P: number; directed: boolean; edges: [number, number][] };
    params: { a: number; h: number };
  };
  run: { status: string; t: number; error?: string };
  jobs: Record<string, { status: string; error?: string }>;
  last: number[] | null;
  mode: { mode: string; peak: number; active: number[] } | null;
  range: { a: number; h: number; byDistance: number[] }[] | null;
  sequence: { a: number; h: number; reading: Reading }[] | null;
  automaton: { read: string; expected: string | null }[] | null;
  phase: { R: number; filled: number; modes: string[] } | null;
  replay: Reading | null;
}
type Hooks = { cdam(): CdamHook; cdamEdit(patch: unknown): void };

const hook = (page: Page): Promise<CdamHook> =>
  page.evaluate(() => (window.__dam as unknown as Hooks).cdam());
const job = (page: Page, name: string) => page.locator(`.cdam-job[data-job="${name}"]`);
const runStatus = (page: Page) => page.locator('.cdam-run-status');

async function openCdam(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'cdam');
  await expect(page.getByRole('heading', { name: 'Presets' })).toBeVisible();
  await expect(runStatus(page)).toHaveAttribute('data-status', 'ready');
}

/** Reset (so a finished run's "done" is not mistaken for this one's), then Play to the end. */
async function playToDone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(runStatus(page)).toHaveAttribute('data-status', 'ready');
  await page.getByRole('button', { name: /^Play/ }).click();
  await expect(runStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

test('the ring: recall stays on the cue, spreads with a < 0; the range of recall and a phase map', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openCdam(page);
  await page.locator('[data-preset="ring"]').click();
  await playToDone(page);
  let h = await hook(page);
  expect(h.run.t).toBe(100);
  expect(h.mode!.mode).toBe('auto');
  expect(h.last![0]).toBeGreaterThan(0.9);
  const auto = (h.last![1] + h.last![29]) / 2;
  await expect(page.locator('.cdam-mode')).toHaveAttribute('data-mode', 'auto');
  await page
    .locator('section.cdam-heatmap-panel')
    .screenshot({ path: 'test-results/cdam-heatmap-auto.png' });

  await page.getByLabel('a (auto)').fill('-0.5');
  await page.getByLabel('h (hetero)').fill('1.5');
  await playToDone(page);
  h = await hook(page);
  expect(h.setup.params).toMatchObject({ a: -0.5, h: 1.5 });
  const spread = (h.last![1] + h.last![29]) / 2;
  expect(spread).toBeGreaterThan(auto + 0.2);
  expect(['narrow', 'wide']).toContain(h.mode!.mode);
  await page
    .locator('section.cdam-heatmap-panel')
    .screenshot({ path: 'test-results/cdam-heatmap-spread.png' });

  await page.getByRole('button', { name: 'Run the range of recall' }).click();
  await expect(job(page, 'range')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const rows = (await hook(page)).range!;
  // The paper's four and the current (a, h) = (−0.5, 1.5), which is one of them.
  expect(rows.map((r) => [r.a, r.h])).toEqual([
    [1, 0],
    [0.5, 0.5],
    [-0.5, 1.5],
    [-2, 3],
  ]);
  expect(rows[0].byDistance[0]).toBeGreaterThan(0.9);
  expect(Math.max(...rows[0].byDistance.slice(2))).toBeLessThan(0.2);
  expect(rows[2].byDistance[1]).toBeGreaterThan(rows[0].byDistance[1] + 0.2);
  await expect(page.locator('.cdam-range-table tbody tr')).toHaveCount(4);

  await page.evaluate(() =>
    (window.__dam as unknown as Hooks).cdamEdit({
      phase: { aRange: [-3, 2], hRange: [0, 4], R: 12, steps: 100 },
    }),
  );
  await page.getByRole('button', { name: 'Compute the phase map' }).click();
  await expect(job(page, 'phase')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const p = (await hook(page)).phase!;
  expect([p.R, p.filled, p.modes.length]).toEqual([12, 12, 144]);
  expect(new Set(p.modes)).toEqual(new Set(['auto', 'narrow', 'wide', 'quiescent']));
  await page
    .locator('section.cdam-phase-panel')
    .screenshot({ path: 'test-results/cdam-phase.png' });
  await page
    .locator('section.cdam-experiments')
    .screenshot({ path: 'test-results/cdam-range.png' });
  expect(await seriousViolations(page), 'axe').toEqual([]);
  console.log(
    `cdam e2e: neighbours ${auto.toFixed(3)} → ${spread.toFixed(3)}; byDistance a=1 ${rows[0].byDistance
      .slice(0, 4)
      .map((v) => v.toFixed(2))
      .join(' ')}; phase ${[...new Set(p.modes)].join(',')}`,
  );
});

test('draw a directed cycle through ten digits and watch it replay; the digit replay and the automaton', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openCdam(page);
  await page.getByLabel('Memories', { exact: true }).selectOption('mnist');
  await page.getByLabel('P (memories)').fill('10');
  await page.getByLabel('P (memories)').press('Enter');
  await page.getByLabel('Graph', { exact: true }).selectOption('empty');
  await expect.poll(async () => (await hook(page)).setup.graph).toMatchObject({ P: 10, edges: [] });
  await page.getByLabel('Directed').check();
  for (let k = 0; k < 10; k++) {
    await page.getByLabel('From', { exact: true }).selectOption(String(k));
    await page.getByLabel('To', { exact: true }).selectOption(String((k + 1) % 10));
    await page.getByRole('button', { name: 'Add edge' }).click();
  }
  let h = await hook(page);
  expect(h.setup.graph.directed).toBe(true);
  expect(h.setup.graph.edges).toHaveLength(10);
  await page.getByLabel('a (auto)').fill('-2');
  await page.getByLabel('h (hetero)').fill('3');
  await page.getByLabel('Noise', { exact: true }).fill('0');
  await playToDone(page);
  h = await hook(page);
  expect(h.replay!.forward).toBeGreaterThan(40);
  expect(h.replay!.order.slice(0, 4)).toEqual([0, 1, 2, 3]);
  await page
    .locator('section.cdam-graph-panel')
    .screenshot({ path: 'test-results/cdam-cycle.png' });
  await page
    .locator('section.cdam-heatmap-panel')
    .screenshot({ path: 'test-results/cdam-replay.png' });

  await page.getByRole('button', { name: 'Replay the digits' }).click();
  await expect(job(page, 'sequence')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const seq = (await hook(page)).sequence!;
  expect(seq[0]).toMatchObject({ a: 1, h: 0, reading: { forward: 0, sticks: true } });
  expect(seq[3].reading.forward).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Run the automaton' }).click();
  await expect(job(page, 'automaton')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const auto = (await hook(page)).automaton!;
  expect(auto.every((s) => s.read === s.expected)).toBe(true);
  await expect(page.locator('.cdam-automaton-table tbody tr')).toHaveCount(auto.length);
  console.log(
    `cdam e2e replay: drawn cycle ${h.replay!.forward} forward, ${h.replay!.skips} skips; experiment ${seq.map((s) => `(${s.a},${s.h}) ${s.reading.forward}f/${s.reading.skips}s${s.reading.sticks ? '/sticks' : ''}`).join(' ')}`,
  );
});

test('edit the graph by press and drag; a link restores it; a broken adjacency file is refused and the graph kept', async ({
  page,
  browser,
}) => {
  await openCdam(page);
  await page.locator('[data-preset="communities"]').click();
  // The editor by pointer: press a node, then another, to link or unlink them; a drag does too.
  const linked = async (i: number, j: number) =>
    (await hook(page)).setup.graph.edges.some(
      ([x, y]) => (x === i && y === j) || (x === j && y === i),
    );
  const had015 = await linked(0, 15);
  await page.getByRole('button', { name: /^memory 0:/ }).click();
  await page.getByRole('button', { name: /^memory 15:/ }).click();
  await expect.poll(() => linked(0, 15)).toBe(!had015);
  await page.keyboard.press('Escape');
  const had325 = await linked(3, 25);
  await page.locator('.cdam-graph-box').scrollIntoViewIfNeeded();
  const a = (await page.getByRole('button', { name: /^memory 3:/ }).boundingBox())!;
  const b = (await page.getByRole('button', { name: /^memory 25:/ }).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => linked(3, 25)).toBe(!had325);
  await page.keyboard.press('Escape');
  await page.getByLabel('From', { exact: true }).selectOption('0');
  await page.getByLabel('To', { exact: true }).selectOption('29');
  await page.getByRole('button', { name: /^(Add|Remove) edge$/ }).click();
  const edited = (await hook(page)).setup.graph;
  const link = await shareLink(page);
  const other = await browser.newPage();
  await other.goto(link);
  await hookReady(other);
  await expect.poll(async () => (await hook(other)).setup.graph).toEqual(edited);
  await other.close();

  await page.locator('.cdam-import input[type="file"]').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('0,1,0\n1,0\n'),
  });
  await expect(page.locator('.cdam-file-note')).toContainText('line 2');
  expect((await hook(page)).setup.graph).toEqual(edited);
  await page.locator('.cdam-import input[type="file"]').setInputFiles({
    name: 'triangle.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('0,1,1\n1,0,1\n1,1,0\n'),
  });
  await expect(page.locator('.cdam-file-note')).toContainText('Loaded triangle.csv');
  await expect.poll(async () => (await hook(page)).setup.graph.P).toBe(3);
});

test('on a phone: the lesson, by touch-sized buttons, from the ring to the range of recall', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await page.evaluate(() => location.assign('#/labs'));
  await page
    .locator('.lesson-list li', { hasText: 'Memories that call up their neighbours' })
    .getByRole('button')
    .click();
  await atStep(page, 1);
  await expect(page.locator('.app')).toHaveAttribute('data-lab', 'cdam');
  await page.locator('[data-preset="ring"]').click();
  await stepDone(page);
  await next(page);
  await atStep(page, 2);
  await page.getByRole('button', { name: /^Play/ }).click();
  await stepDone(page);
  await page.screenshot({ path: 'test-results/cdam-phone.png', fullPage: true });
  await next(page);
  await atStep(page, 3);
  await page.getByLabel('a (auto)').fill('-0.5');
  await page.getByRole('button', { name: /^Play/ }).click();
  await stepDone(page);
  await next(page);
  await atStep(page, 4);
  await page.getByRole('button', { name: 'Run the range of recall' }).click();
  await stepDone(page);
});
