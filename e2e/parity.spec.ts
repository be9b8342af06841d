/**
 * The engine's parity table (src/engine/parity/cases.ts) in the system Chromium, inside the
 * compute worker, on every browser backend: wasm, webgl (SwiftShader) and webgpu (SwiftShader,
 * --enable-unsafe-webgpu). Every case must pass on every backend, and each backend must really
 * have been the active one while its cases ran. Node runs the same table on cpu and wasm
 * (src/engine/parity/parity.test.ts).
 */
import { expect, test } from '@playwright/test';
import type { BackendParity } from '../src/worker-api/parity';

const BACKENDS = ['wasm', 'webgl', 'webgpu'];
/** The table's size (parity.test.ts asserts the same number). */
const CASES = 43;

type ParityHook = { parity(backends: string[]): Promise<BackendParity[]> };

test('the parity table passes on wasm, webgl and webgpu in the compute worker', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // A forced backend: the worker starts it without timing the others.
  await page.goto('/?e2e=1&backend=wasm');
  await page.waitForFunction(
    () =>
      typeof (window.__dam as unknown as Partial<ParityHook> | undefined)?.parity === 'function',
    null,
    { timeout: 30_000 },
  );
  const report = await page.evaluate(
    (backends) => (window.__dam as unknown as ParityHook).parity(backends),
    BACKENDS,
  );
  if (process.env.DAM_PARITY_REPORT) console.log(JSON.stringify(report));

  expect(report.map((r) => r.requested)).toEqual(BACKENDS);
  for (const b of report) {
    expect(b.error, `${b.requested} did not run`).toBeNull();
    expect(b.active).toBe(b.requested);
    expect(b.cases).toBe(CASES);
    expect(b.results).toHaveLength(CASES);
    expect(new Set(b.results.map((r) => r.name)).size).toBe(CASES);
    for (const r of b.results) {
      expect(r.backend, r.name).toBe(b.requested);
      expect(r.failures, `${b.requested}: ${r.name}`).toEqual([]);
      expect(r.pass).toBe(true);
    }
  }
  // The same cases, in the same order, on every backend.
  const names = report.map((b) => b.results.map((r) => r.name).join('\n'));
  expect(new Set(names).size).toBe(1);
  expect(errors).toEqual([]);
});
