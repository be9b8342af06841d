/**
 * The parity table (cases.ts) on every tfjs backend Node can start: cpu and wasm. The browser's
 * backends (wasm, webgl, webgpu) run the same table in e2e/parity.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parityOracle } from '../../test-utils/parity-oracle';
import { tf } from '../tf';
import { selectNodeBackend, type NodeBackend } from '../tf-node';
import { PARITY_CASES } from './cases';
import { compareValues, runParityCase, type ParityResult } from './run-case';

const BACKENDS: NodeBackend[] = ['cpu', 'wasm'];

describe('the table itself', () => {
  it('has unique names and one tolerance per case', () => {
    expect(new Set(PARITY_CASES.map((c) => c.name)).size).toBe(PARITY_CASES.length);
    expect(PARITY_CASES.length).toBe(43);
  });
});

describe('the runner fails what it should', () => {
  const find = (prefix: string) => PARITY_CASES.find((c) => c.name.startsWith(prefix))!;
  beforeAll(() => selectNodeBackend('cpu'));

  it('a guard expectation that is wrong', async () => {
    const c = { ...find('binary step AT 2^24'), exactForm: false };
    expect((await runParityCase(tf, c)).failures).toEqual(['isExactInFloat32 says true']);
  });

  it('a tolerance tighter than float32', async () => {
    const c = find('softmax step: β=8');
    const r = await runParityCase(tf, { ...c, tol: { kind: 'close', rel: 0, abs: 0 } });
    expect(r.pass).toBe(false);
    expect(r.failures[0]).toMatch(/^values off by up to /);
  });

  it('NaN, a length mismatch, and the absolute floor', () => {
    expect(compareValues([NaN], [1], { kind: 'exact' })).toMatchObject({ ok: false });
    expect(compareValues([1], [1, 2], { kind: 'exact' }).ok).toBe(false);
    const close = { kind: 'close', rel: 1e-3, abs: 1e-6 } as const;
    expect(compareValues([1e-9], [0], close)).toMatchObject({ ok: true, maxAbs: 1e-9 });
    expect(compareValues([1.002], [1], close).ok).toBe(false);
  });
});

describe.each(BACKENDS)('parity on tfjs-%s', (backend) => {
  const results: ParityResult[] = [];
  beforeAll(async () => {
    await selectNodeBackend(backend);
  });
  afterAll(() => {
    if (process.env.DAM_PARITY_REPORT) console.warn(JSON.stringify(results));
  });

  it.each(PARITY_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(tf.getBackend()).toBe(backend);
    const r = await runParityCase(tf, c, { oracle: parityOracle });
    results.push(r);
    expect(r.failures).toEqual([]);
    expect(r.pass).toBe(true);
    expect(r.backend).toBe(backend);
    if (c.oracle) expect(r.oracleAbsErr).not.toBeNull();
  });
});
