import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKhModel } from '../core/classifier/kh-model';
import { serializeRun, type KhRunFile } from '../core/classifier/kh-snapshot';
import { InputError } from './parse';
import { parseRunFile, parseRunFileText, RUN_FILE_MAX_BYTES } from './run-file';

const model = createKhModel({ D: 6, C: 2, K: 3, n: 3, Tin: 5, seed: 2 });
const run: KhRunFile = {
  config: model.config,
  command: 'dam train --n 3',
  engine: 'core',
  history: [
    { epoch: 1, trainLoss: 2.5, trainError: 0.5, testError: 0.25, ms: 12, T: 5 },
    { epoch: 2, trainLoss: 1.5, trainError: 0.25, testError: 0.25, ms: 11, T: 5 },
  ],
  saved: [
    { epoch: 0, T: 5, memories: Float32Array.from(model.memories) },
    { epoch: 1, T: 5, memories: Float32Array.from(model.memories, (x) => -x) },
  ],
};
type Saved = { epoch: number; T: number; memories: string };
const good = JSON.parse(serializeRun(run)) as Record<string, unknown> & { saved: Saved[] };
const bad = (patch: Record<string, unknown>) => ({ ...good, ...patch });
const withConfig = (patch: Record<string, unknown>) => bad({ config: { ...run.config, ...patch } });

/** The one line a bad file is refused with. */
function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('the file was accepted');
}
const refused = (value: unknown) => refusal(() => parseRunFile(value));

describe('the run file schema', () => {
  it('round-trips serializeRun: config, history, and memories within 1.6e−5', () => {
    const back = parseRunFileText(serializeRun(run));
    expect(back.config).toEqual(run.config);
    expect(back.history).toEqual(run.history);
    expect([back.command, back.engine]).toEqual([run.command, run.engine]);
    expect(back.saved.map((s) => [s.epoch, s.T])).toEqual([
      [0, 5],
      [1, 5],
    ]);
    const clipped = run.saved[1].memories.map((x) => Math.max(-1, Math.min(1, x)));
    back.saved[1].memories.forEach((x, k) => expect(Math.abs(x - clipped[k])).toBeLessThan(1.6e-5));
  });

  it('decodes saved memories on first use, once', () => {
    const back = parseRunFile(good);
    expect(Object.getOwnPropertyDescriptor(back.saved[0], 'memories')?.get).toBeTypeOf('function');
    const first = back.saved[0].memories;
    expect(first).toHaveLength(3 * 8);
    expect(back.saved[0].memories).toBe(first);
  });

  it('names the field of a wrong header, config or history value', () => {
    expect(refused(null)).toBe(
      'the value: must be a dam-kh-run file: a JSON object with "format": "dam-kh-run" (got null)',
    );
    expect(refused([1, 2])).toBe('format: is missing');
    expect(refused(bad({ format: 'other' }))).toBe('format: must be "dam-kh-run" (got "other")');
    expect(refused(bad({ version: 9 }))).toBe(
      'version: must be 1, the version this app reads (got 9)',
    );
    expect(refused(bad({ engine: 'x'.repeat(101) }))).toMatch(
      /^engine: must be text of at most 100 characters \(got "x+…\)$/,
    );
    expect(refused(withConfig({ n: -1 }))).toBe(
      'config.n: must be a whole number from 2 to 60 (got -1)',
    );
    expect(refused(withConfig({ K: 2.5 }))).toBe(
      'config.K: must be a whole number from 1 to 400 (got 2.5)',
    );
    expect(refused(withConfig({ eps0: 0 }))).toBe(
      'config.eps0: must be a number > 0 and ≤ 2 (got 0)',
    );
    expect(refused(withConfig({ p: 1 }))).toBe('config.p: must be a number ≥ 0 and < 1 (got 1)');
    expect(refused(withConfig({ Tf: 0.5 }))).toBe(
      'config.Tf: must be a number from 1 to 100000 (got 0.5)',
    );
    const noSeed: Record<string, unknown> = { ...run.config };
    delete noSeed.seed;
    expect(refused(bad({ config: noSeed }))).toBe('config.seed: is missing');
    expect(refused(bad({ history: [{ epoch: 1 }] }))).toBe('history[0].trainLoss: is missing');
    const h = run.history[0];
    expect(refused(bad({ history: [{ ...h, trainLoss: -1 }] }))).toBe(
      'history[0].trainLoss: must be a finite number ≥ 0 (got -1)',
    );
    expect(refused(bad({ history: [{ ...h, testError: 1.5 }] }))).toBe(
      'history[0].testError: must be a number from 0 to 1 (got 1.5)',
    );
    expect(refused(bad({ history: [h, h] }))).toBe(
      'history[1].epoch: must be greater than the epoch before it, 1 (got 1)',
    );
  });

  it('names the saved epoch whose order or memories are wrong', () => {
    const [s0, s1] = good.saved;
    expect(refused(bad({ saved: [] }))).toBe('saved: must be a list of 1 to 1001 items');
    expect(refused(bad({ saved: [s1, s0] }))).toBe(
      'saved[1].epoch: must be greater than the epoch before it, 1 (got 0)',
    );
    expect(refused(bad({ saved: [s0, { ...s1, memories: 'AAAA' }] }))).toBe(
      'saved[1].memories: must be 24 values in base64 (64 characters), not 4 characters',
    );
    const badChar = '!' + s0.memories.slice(1);
    expect(refused(bad({ saved: [{ ...s0, memories: badChar }] }))).toBe(
      'saved[0].memories: must be 24 values in base64 (64 characters); ' +
        'it holds characters outside base64 or misplaced padding',
    );
    expect(refused(bad({ saved: [{ ...s0, memories: 7 }] }))).toMatch(
      /^saved\[0\]\.memories: must be base64 text of at most \d+ characters \(got 7\)$/,
    );
    expect(refused(bad({ saved: [{ ...s0, T: 0 }] }))).toBe(
      'saved[0].T: must be a number from 1 to 100000 (got 0)',
    );
  });

  it('refuses unknown keys, forbidden keys and deep nesting', () => {
    expect(refused(bad({ extra: 1 }))).toBe('extra: unknown key');
    expect(refused(withConfig({ beta: 1 }))).toBe('config.beta: unknown key');
    expect(refused(bad({ saved: [{ ...good.saved[0], K: 3 }] }))).toBe('saved[0].K: unknown key');
    const text = serializeRun(run);
    expect(refusal(() => parseRunFileText(`{"__proto__":{},${text.slice(1)}`))).toBe(
      '__proto__: key "__proto__" is not allowed',
    );
    const ctor = text.replace('"config":{', '"config":{"constructor":1,');
    expect(refusal(() => parseRunFileText(ctor))).toBe(
      'config.constructor: key "constructor" is not allowed',
    );
    expect(refusal(() => parseRunFileText(text.replace('"history":[', '"history":[[[')))).toMatch(
      /^nested 5 levels deep, more than the 3 allowed$/,
    );
    expect(refused(bad({ history: [{ ...run.history[0], epoch: [[1]] }] }))).toBe(
      'history[0].epoch: nested deeper than 3 levels',
    );
  });

  it('refuses text over the byte cap before parsing it, and text that is not JSON', () => {
    const text = serializeRun(run);
    expect(RUN_FILE_MAX_BYTES).toBe(64 * 1024 * 1024);
    expect(refusal(() => parseRunFileText(text, text.length - 1))).toBe(
      `larger than ${text.length - 1} bytes`,
    );
    expect(parseRunFileText(text, text.length).config).toEqual(run.config);
    expect(refusal(() => parseRunFileText(text.slice(0, -10)))).toMatch(/^not valid JSON \(/);
  });

  it('reads the four shipped runs', () => {
    for (const n of [2, 3, 20, 30]) {
      const file = parseRunFileText(
        readFileSync(new URL(`../../public/kh/n${n}.json`, import.meta.url), 'utf8'),
      );
      expect(file.config).toMatchObject({ n, D: 784, C: 10, K: 100 });
      expect(file.history).toHaveLength(300);
      expect(file.saved.map((s) => s.epoch)).toEqual([
        0, 1, 2, 5, 10, 20, 50, 100, 150, 200, 250, 300,
      ]);
      const last = file.saved.at(-1)!.memories;
      expect(last).toHaveLength(100 * 794);
      expect(last.every((x) => x >= -1 && x <= 1)).toBe(true);
    }
  });
});
