/**
 * Offline: the first visit downloads the app once (the service worker precaches the shell, every
 * chunk, the tfjs .wasm files, the MNIST asset and the shipped runs); a reload with the network
 * cut still loads the digits, plays a run to the end and shows the training lab's shipped runs.
 * Prints what the cold load transferred (the page and the service worker's precache, bytes on
 * the wire) and the worker's MNIST decode time. A cut MNIST download is a message, not a hang.
 */
import { expect, test, type Page, type Request, type Worker } from '@playwright/test';
import { hookReady, openApp, playToEnd } from './app';

interface MnistInfo {
  downloaded: number;
  decoded: number;
  decodeMs: number;
}
interface ShippedHook {
  runs: { source: string; status: string; error: string | null }[];
}
type OfflineApi = { mnistInfo(): MnistInfo | null; lab(): ShippedHook };

const mnistInfo = (page: Page) =>
  page.evaluate(() => (window.__dam as unknown as OfflineApi).mnistInfo());
const shippedStatus = (page: Page) =>
  page.evaluate(() =>
    (window.__dam as unknown as OfflineApi)
      .lab()
      .runs.filter((r) => r.source === 'shipped')
      .map((r) => r.status),
  );

/** Resolves when the page's service worker is activated (its precache is complete). */
async function serviceWorkerActive(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          return reg?.active?.state ?? 'none';
        }),
      { timeout: 60_000 },
    )
    .toBe('activated');
}

/** Bytes on the wire of every request the page (and its dedicated workers) made. */
function recordTransfers(page: Page) {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  const onFinished = (req: Request) =>
    sizes.push(
      req.sizes().then((s) => ({
        url: req.url(),
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    );
  page.on('requestfinished', onFinished);
  return async () => {
    page.off('requestfinished', onFinished);
    return Promise.all(sizes);
  };
}

/** What the service worker fetched to precache, from its own resource timing. */
async function precacheTransfers(sw: Worker) {
  return sw.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .map((e) => ({ url: e.name, bytes: e.transferSize, body: e.encodedBodySize })),
  );
}

/** The MNIST asset as the build names it (datasets/mnist-10k-gz.bin with a content hash). */
const MNIST_PATH = /\/assets\/mnist-10k-gz-[\w-]+\.bin$/;

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/** Prints a measured figure (the list reporter shows it) and keeps it in the test's report. */
function report(line: string): void {
  test.info().annotations.push({ type: 'measured', description: line });
  process.stdout.write(`[offline] ${line}\n`);
}

test('loaded once, the app works with the network cut', async ({ page, context }) => {
  test.setTimeout(240_000);
  const transfers = recordTransfers(page);
  const swStarted = context.waitForEvent('serviceworker', { timeout: 60_000 });
  await openApp(page);
  const sw = await swStarted;
  await serviceWorkerActive(page);
  const pageLoads = await transfers();
  const precache = await precacheTransfers(sw);
  const isolatedBefore = await page.evaluate(() => crossOriginIsolated);

  const mnist = pageLoads.filter((t) => t.url.includes('mnist-10k'));
  expect(mnist.map((t) => new URL(t.url).pathname)).toEqual([expect.stringMatching(MNIST_PATH)]);
  expect(mnist[0].bytes).toBeLessThanOrEqual(3_000_000);
  const info = (await mnistInfo(page))!;
  expect(info.downloaded).toBeLessThanOrEqual(3_000_000);
  expect(info.decoded).toBe(7_850_016);
  // The precache holds the MNIST asset and the two runs the lab opens on (not fetched yet).
  const cached = precache.map((t) => new URL(t.url).pathname);
  expect(cached).toContain(new URL(mnist[0].url).pathname);
  for (const path of ['/kh/n3.json', '/kh/n30.json']) expect(cached, path).toContain(path);
  const sum = (xs: { bytes: number }[]) => xs.reduce((a, t) => a + t.bytes, 0);
  report(
    `cold load: page ${pageLoads.length} requests ${kb(sum(pageLoads))} ` +
      `(MNIST ${mnist[0].bytes} bytes on the wire, ${info.decoded} decoded in ` +
      `${info.decodeMs.toFixed(0)} ms in its worker); service worker precache ` +
      `${precache.length} requests ${kb(sum(precache))} (${precache.filter((t) => t.bytes < t.body).length} ` +
      `of them only revalidated: the page had them); total ${kb(sum(pageLoads) + sum(precache))}; ` +
      `crossOriginIsolated ${isolatedBefore}`,
  );

  // The network goes away; the reload is served by the service worker.
  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.reload();
  await hookReady(page);
  await expect(page.locator('.app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(() => window.__dam!.getState().datasetReady), { timeout: 30_000 })
    .toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const isolatedAfter = await page.evaluate(() => crossOriginIsolated);
  expect(isolatedAfter).toBe(isolatedBefore);
  const offlineInfo = (await mnistInfo(page))!;
  report(
    `offline reload: MNIST decoded in ${offlineInfo.decodeMs.toFixed(0)} ms in its worker; ` +
      `crossOriginIsolated ${isolatedAfter}; backend ${await page.locator('.app').getAttribute('data-backend')}`,
  );
  await expect.poll(() => page.evaluate(() => window.__dam!.frames().length)).toBeGreaterThan(0);
  await playToEnd(page);
  expect((await page.evaluate(() => window.__dam!.getState())).verdict?.kind).toBe('retrieved');

  await page.getByRole('link', { name: 'Training lab', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Watch it learn' })).toBeVisible();
  await expect.poll(() => shippedStatus(page), { timeout: 60_000 }).toEqual(['ready', 'ready']);
  await page.screenshot({ path: 'e2e/screenshots/offline-lab.png' });
  expect(failed, 'requests that needed the network').toEqual([]);
});

test('a cut MNIST download is a clear message in the bank, not a hang', async ({ page }) => {
  await page.route(MNIST_PATH, async (route) => {
    const res = await route.fetch();
    const body = await res.body();
    await route.fulfill({ response: res, body: body.subarray(0, body.length >> 2) });
  });
  await page.goto('/?e2e=1');
  await hookReady(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not read the MNIST digits' });
  await expect(alert).toContainText(
    /Could not read the MNIST digits \(\/assets\/mnist-10k-gz-[\w-]+\.bin\): MNIST asset .*truncated or corrupt/,
  );
  expect(await page.evaluate(() => window.__dam!.getState().datasetReady)).toBe(false);
  await page.screenshot({ path: 'e2e/screenshots/offline-cut-mnist.png' });
});
