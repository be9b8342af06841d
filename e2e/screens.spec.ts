/**
 * Every lab at the screens people use: a phone (390×844, touch), 1024×768 with classic
 * scrollbars, the same screen at 150 % zoom (683 CSS px wide) and 1920×1080. Each gets a
 * screenshot under e2e/screenshots/ and the layout checks: no horizontal overflow of the page or
 * of any element past its scroll container, a header that fits, no unexpected sideways
 * scrolling, and a verdict that is not squeezed to a word per line. Then a phone run drawn with a
 * finger, and the share popover with presenter view and the lesson flag.
 */
import {
  expect,
  test,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { hookReady, hookState } from './app';
import { drawingCanvas, inputHook } from './draw';

// Headless Chromium hides scrollbars by default; a desktop browser shows 15 px ones.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
});

interface Screen {
  name: string;
  options: BrowserContextOptions;
}

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

const SCREENS: Screen[] = [
  { name: 'phone-390x844', options: PHONE },
  { name: 'desktop-1024x768', options: { viewport: { width: 1024, height: 768 } } },
  // 150 % browser zoom on 1024×768 lays the page out in 683×512 CSS pixels.
  { name: 'zoom150-1024x768', options: { viewport: { width: 683, height: 512 } } },
  { name: 'desktop-1920x1080', options: { viewport: { width: 1920, height: 1080 } } },
];

const LABS = 'studio basins train capacity census bodies kernel cdam labs'.split(' ');

/** Opens a lab on the CPU backend and waits until its first picture is drawn. */
async function openAt(page: Page, route: string): Promise<void> {
  await page.goto(`/?e2e=1&backend=cpu#/${route}`);
  await hookReady(page);
  await expect(page.locator('.app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const lab = route.split('?')[0];
  if (lab === 'studio') {
    await expect.poll(() => page.evaluate(() => window.__dam!.frames().length)).toBeGreaterThan(0);
  } else if (lab === 'basins') {
    await expect(page.locator('[data-basin-status="done"]')).toBeVisible({ timeout: 30_000 });
  } else if (lab === 'capacity') {
    await expect(page.locator('[data-capacity-status]')).toBeVisible();
    await expect(page.getByRole('img', { name: /^K_max against N/ })).toBeVisible();
  } else if (lab === 'census') {
    await expect(page.locator('.census-job[data-job="census"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  } else if (lab === 'bodies') {
    await expect(page.locator('.bodies-content')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Body' })).toBeVisible();
  } else if (lab === 'kernel') {
    await expect(page.getByRole('heading', { name: 'The paper’s figures' })).toBeVisible();
  } else if (lab === 'cdam') {
    await expect(page.locator('.cdam-run-status[data-status="ready"]')).toBeVisible();
  } else if (lab === 'train') {
    await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
    await expect(page.locator('.lab-run canvas').first()).toBeVisible({ timeout: 30_000 });
  } else {
    await expect(page.locator('.lab-cards')).toBeVisible();
  }
}

/**
 * What does not fit at viewport width `width`: the page wider than the screen, the header wider
 * than itself, an element whose right edge passes its scroll container's content box (or the
 * screen), or a box that scrolls sideways (the tab bar may).
 */
function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((W) => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} ` +
      `"${(el.textContent ?? '').trim().slice(0, 24)}"`;
    const doc = document.documentElement;
    if (doc.scrollWidth > W) problems.push(`the page is ${doc.scrollWidth} px wide, not ${W}`);
    const header = document.querySelector('.app-header')!;
    if (header.scrollWidth > header.clientWidth + 1) problems.push('the header overflows');
    for (const el of document.querySelectorAll('.app *')) {
      // Inside an SVG the chart clips its own drawing.
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      let clip: Element | null = el.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      let edge = W;
      if (clip instanceof HTMLElement) {
        // Rectangles are zoomed (presenter view), clientWidth is not.
        const box = clip.getBoundingClientRect();
        const k = clip.offsetWidth > 0 ? box.width / clip.offsetWidth : 1;
        edge = Math.min(W, box.left + (clip.clientLeft + clip.clientWidth) * k);
      }
      if (r.right > edge + 1 && r.left < edge) {
        problems.push(`${name(el)} ends at ${Math.round(r.right)} past ${Math.round(edge)}`);
      }
      const style = getComputedStyle(el);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('tabs')) {
        problems.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return problems.slice(0, 12);
  }, width);
}

/** Lines the element's text takes, and its words. */
function textLines(page: Page, selector: string): Promise<{ lines: number; words: number }> {
  return page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top / 4)));
    return { lines: tops.size, words: (el.textContent ?? '').trim().split(/\s+/).length };
  });
}

async function shoot(browser: Browser, screen: Screen): Promise<void> {
  const context = await browser.newContext(screen.options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const width = screen.options.viewport!.width;
  for (const lab of LABS) {
    await openAt(page, lab);
    await page.screenshot({ path: `e2e/screenshots/screens-${screen.name}-${lab}.png` });
    expect(await layoutProblems(page, width), `${screen.name} ${lab}`).toEqual([]);
    const controls = await page.locator('.app-header button:visible, .app-header a').all();
    // Every header control is on the screen; at least tabs, Share and Help (a phone folds some).
    expect(controls.length, `${screen.name} ${lab}: header controls`).toBeGreaterThanOrEqual(3);
    for (const el of controls) {
      const box = (await el.boundingBox())!;
      expect(box.x, `${screen.name} ${lab}: ${await el.textContent()}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    if (lab === 'studio') {
      const verdict = await textLines(page, '.stage .verdict');
      expect(verdict.lines * 2, `verdict ${JSON.stringify(verdict)}`).toBeLessThanOrEqual(
        verdict.words + 1,
      );
    }
  }
  expect(errors, 'uncaught page errors').toEqual([]);
  await context.close();
}

for (const screen of SCREENS) {
  test(`every lab fits the screen: ${screen.name}`, async ({ browser }) => {
    await shoot(browser, screen);
  });
}

test('on a phone the stage and Play come first', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await openAt(page, 'studio');
  const top = async (what: ReturnType<Page['locator']>) => (await what.boundingBox())!.y;
  const screen = PHONE.viewport!.height;
  expect(await top(page.getByRole('button', { name: /Play/ }))).toBeLessThan(screen / 2);
  expect(await top(page.getByRole('img', { name: /^State/ }))).toBeLessThan(screen);
  expect(await top(page.locator('.stage .verdict'))).toBeLessThan(screen);
  expect(await top(page.locator('.stage .energy-line'))).toBeLessThan(1.5 * screen);
  // The model and the bank come after the stage.
  expect(await top(page.getByRole('heading', { name: /^Model/ }))).toBeGreaterThan(
    await top(page.locator('.stage .energy-line')),
  );
  // The header's buttons are behind Menu; Share opens within the screen.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
  await menu.tap();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Share', exact: true }).tap();
  const popover = page.getByRole('dialog', { name: 'Share this set-up' });
  await expect(popover.getByRole('textbox')).not.toHaveValue('');
  await expect(popover).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'e2e/screenshots/screens-phone-share.png' });
  expect(await layoutProblems(page, PHONE.viewport!.width)).toEqual([]);
  await context.close();
});

/** A finger stroke through `points` (fractions of the box), as real touch events. */
async function swipe(page: Page, points: readonly [number, number][]): Promise<void> {
  const target = drawingCanvas(page);
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => ({
    x: box.x + fx * box.width,
    y: box.y + fy * box.height,
  });
  // Timestamps 16 ms apart, and a rest at the end: a finger that stops, so no fling follows (a
  // tap during a fling only stops it, with no click); stamped in the recent past.
  let time = Date.now() / 1000 - 1;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: [number, number]) => {
    time += 0.016;
    return cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: p ? [at(p)] : [],
      timestamp: time,
    });
  };
  const cdp = await page.context().newCDPSession(page);
  await touch('touchStart', points[0]);
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    for (let s = 1; s <= 3; s++) {
      await touch('touchMove', [a[0] + ((b[0] - a[0]) * s) / 3, a[1] + ((b[1] - a[1]) * s) / 3]);
    }
  }
  time += 0.5;
  await touch('touchMove', points[points.length - 1]);
  await touch('touchEnd');
  await cdp.detach();
}

test('a phone: draw a digit with a finger, play, read the verdict', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await openAt(page, 'studio');
  await page.getByRole('radio', { name: 'Brush' }).tap();
  // A "7": the top bar, then the stem.
  await swipe(page, [
    [0.25, 0.2],
    [0.5, 0.2],
    [0.75, 0.2],
    [0.6, 0.5],
    [0.45, 0.85],
  ]);
  const ink = (await inputHook(page, 'drawing')).raw.filter((g) => g > 0).length;
  expect(ink, 'cells the finger inked').toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Use drawing as the cue' }).tap();
  await expect.poll(async () => (await inputHook(page, 'cueSpec')).start.kind).toBe('drawing');
  await page.getByRole('button', { name: /Play/ }).tap();
  await expect(page.locator('.studio')).toHaveAttribute('data-run-status', 'done', {
    timeout: 30_000,
  });
  const state = await hookState(page);
  expect(state.verdict).not.toBeNull();
  const verdict = page.locator('.stage .verdict');
  await verdict.scrollIntoViewIfNeeded();
  await expect(verdict).toBeInViewport();
  await expect(verdict).not.toContainText('Press Play');
  expect((await verdict.textContent())!.length).toBeGreaterThan(8);
  await page.screenshot({ path: 'e2e/screenshots/screens-phone-drawn-run.png' });
  expect(await layoutProblems(page, PHONE.viewport!.width)).toEqual([]);
  await context.close();
});

test('share: the link in a popover, copied, with presenter view and the lesson kept', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  await openAt(page, 'studio?lesson=hopfield-basics.2');
  expect(await page.evaluate(() => location.hash)).toBe('#/studio?lesson=hopfield-basics.2');

  const share = page.getByRole('button', { name: 'Share', exact: true });
  await share.click();
  const popover = page.getByRole('dialog', { name: 'Share this set-up' });
  const status = popover.getByRole('status');
  await expect(status).toHaveText('Copied ✓');
  const field = popover.getByRole('textbox', { name: 'Link to this set-up' });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  await popover.getByRole('checkbox', { name: 'Presenter view' }).check();
  await expect(field).toHaveValue(/#\/studio\?v=1&presenter=1&lesson=hopfield-basics\.2&c=/);
  await expect(status).toHaveText('Copied ✓');
  const link = await field.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // The popover pushes nothing in the header off the screen.
  const buttons = await page.locator('.app-header button:visible').all();
  expect(buttons.length).toBeGreaterThanOrEqual(2);
  for (const el of buttons) {
    const box = (await el.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  }
  expect(await layoutProblems(page, 1280)).toEqual([]);
  await page.screenshot({ path: 'e2e/screenshots/screens-share-popover.png' });
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(share).toBeFocused();
  // This page stays as it was: the checkbox only changed the link.
  await expect(page.locator('.app')).not.toHaveClass(/presenter/);

  const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page2 = await fresh.newPage();
  expect(link).toContain('?e2e=1&backend=cpu#/studio?');
  await page2.goto(link);
  await hookReady(page2);
  await expect(page2.locator('.app')).toHaveClass(/\bpresenter\b/);
  await expect(page2.getByText('Opened the set-up from the link.')).toBeVisible();
  await expect
    .poll(() => page2.evaluate(() => location.hash))
    .toBe('#/studio?presenter=1&lesson=hopfield-basics.2');
  // Presenter view: the welcome line gone, → left to the lesson, the lesson at the linked step;
  // the controls are a drawer, opened because this step points at the Cue panel inside it.
  await expect(page2.locator('.lesson-card')).toHaveAttribute('data-step', '2');
  const drawer = page2.getByRole('button', { name: 'Controls' });
  await expect(drawer).toHaveAttribute('aria-expanded', 'true');
  await expect(page2.locator('#lab-controls')).toBeVisible();
  await expect(page2.locator('.welcome')).toHaveCount(0);
  await expect.poll(() => page2.evaluate(() => window.__dam!.frames().length)).toBeGreaterThan(0);
  // A listener after the app's: was → taken (default prevented) by the lesson or a lab?
  const arrowTaken = async () => {
    await page2.evaluate(() => {
      const w = window as unknown as { taken?: boolean[] };
      w.taken = [];
      addEventListener('keydown', (e) => w.taken!.push(e.defaultPrevented), { once: true });
    });
    await page2.locator('h1').click();
    await page2.keyboard.press('ArrowRight');
    return page2.evaluate(() => (window as unknown as { taken: boolean[] }).taken);
  };
  const hash = () => page2.evaluate(() => location.hash);
  const t = async () => (await hookState(page2)).t;
  // In presenter view → is the lesson's next step (the address follows), not the studio's step.
  expect(await arrowTaken()).toEqual([true]);
  await expect.poll(hash).toBe('#/studio?presenter=1&lesson=hopfield-basics.3');
  expect(await t()).toBe(0);
  // The address follows the lesson step however it changes (here as the engine would).
  await page2.evaluate(() =>
    (window.__dam as unknown as { setLesson(l: unknown): void }).setLesson({
      id: 'hopfield-basics',
      step: 1,
    }),
  );
  await expect.poll(hash).toBe('#/studio?presenter=1&lesson=hopfield-basics.2');
  await page2.screenshot({ path: 'e2e/screenshots/screens-presenter-1920.png' });
  expect(await layoutProblems(page2, 1920)).toEqual([]);
  await expect(page2.getByRole('button', { name: /Play/ })).toBeVisible();
  await page2.screenshot({ path: 'e2e/screenshots/screens-presenter-drawer-1920.png' });
  await drawer.click();
  await expect(page2.locator('#lab-controls')).toBeHidden();

  // It survives a lab switch, and the address keeps every flag; "Present" leaves it.
  await page2.getByRole('link', { name: 'Basins', exact: true }).click();
  await expect
    .poll(() => page2.evaluate(() => location.hash))
    .toBe('#/basins?presenter=1&lesson=hopfield-basics.2');
  await expect(page2.locator('.app')).toHaveClass(/\bpresenter\b/);
  const present = page2.getByRole('button', { name: 'Present', exact: true });
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await present.click();
  await expect(page2.locator('.app')).not.toHaveClass(/presenter/);
  await expect
    .poll(() => page2.evaluate(() => location.hash))
    .toBe('#/basins?lesson=hopfield-basics.2');
  // Out of presenter view → is the studio's step again, and the lesson stays where it was.
  await page2.getByRole('link', { name: 'Studio', exact: true }).click();
  await expect(page2.locator('.stage')).toBeVisible();
  expect(await arrowTaken()).toEqual([true]);
  await expect.poll(t).toBeGreaterThan(0);
  expect(await hash()).toBe('#/studio?lesson=hopfield-basics.2');
  await fresh.close();
  await context.close();
});

test('share: a refused clipboard asks to copy by hand; a bad lesson flag is named', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
  });
  await openAt(page, 'studio?lesson=Not_a_lesson.2&student=1');
  await expect(page.locator('.notice')).toContainText('lesson: must be a lesson id');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/studio?student=1');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const popover = page.getByRole('dialog', { name: 'Share this set-up' });
  await expect(popover.getByRole('status')).toHaveText('Select and copy the link');
  await expect(popover.getByRole('checkbox', { name: 'Student view' })).toBeChecked();
  const field = popover.getByRole('textbox');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/#\/studio\?v=1&student=1&c=/);
  // Entering presenter view from the popover.
  await popover.getByRole('button', { name: 'Present here' }).click();
  await expect(page.locator('.app')).toHaveClass(/\bpresenter\b/);
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toBe('#/studio?student=1&presenter=1');
  expect(await layoutProblems(page, 1024)).toEqual([]);
  await context.close();
});
