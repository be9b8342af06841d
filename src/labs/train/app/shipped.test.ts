import { describe, expect, it } from 'vitest';
import { khConfig } from '../../../core/classifier/kh-model';
import { serializeRun, type KhRunFile } from '../../../core/classifier/kh-snapshot';
import { loadShippedRun, parseRunText, SHIPPED_RUNS } from './shipped';

function tinyRun(): KhRunFile {
  // T inside KH_LIMITS.T (the default for 4 + 2 neurons, 100·6/794, is below it).
  const config = khConfig({ D: 4, C: 2, K: 2, n: 3, Tin: 5 });
  return {
    config,
    command: 'test',
    engine: 'core',
    history: [{ epoch: 1, trainLoss: 1, trainError: 0.5, testError: 0.5, ms: 1, T: config.Tin }],
    saved: [{ epoch: 1, T: config.Tin, memories: new Float32Array(12).fill(0.5) }],
  };
}

/** A shipped run by its power (the list holds all four, by n). */
const shippedN = (n: number) => SHIPPED_RUNS.find((s) => s.n === n)!;

const fetchText = (text: string, status = 200): typeof fetch =>
  (async () => new Response(text, { status })) as typeof fetch;

describe('shipped run files', () => {
  it('ships four runs and shows n = 3 and n = 30 first', () => {
    expect(SHIPPED_RUNS.map((s) => s.n)).toEqual([2, 3, 20, 30]);
    expect(SHIPPED_RUNS.filter((s) => s.pair).map((s) => s.file)).toEqual(['n3.json', 'n30.json']);
  });

  it('reads a valid file', async () => {
    const run = await loadShippedRun(shippedN(3), fetchText(serializeRun(tinyRun())));
    expect(run.config.K).toBe(2);
    expect(run.saved[0].memories[0]).toBeCloseTo(0.5, 4);
  });

  it('says a damaged file is not JSON', () => {
    expect(() => parseRunText('{"format":"dam-kh-run",')).toThrow(
      /^it is not valid JSON \(the file is damaged or is not a run file\)$/,
    );
    expect(() => parseRunText('')).toThrow(/not valid JSON/);
  });

  it('says what is wrong with JSON that is not a run file', () => {
    expect(() => parseRunText('7')).toThrow(
      /^it is not a valid run file: the value: must be a dam-kh-run file/,
    );
    expect(() => parseRunText('[1, 2]')).toThrow('it is not a valid run file: format: is missing');
    expect(() => parseRunText('{"format":"x"}')).toThrow(
      'it is not a valid run file: format: must be "dam-kh-run" (got "x")',
    );
    const json = JSON.parse(serializeRun(tinyRun()));
    json.saved[0].memories = json.saved[0].memories.slice(0, 8);
    expect(() => parseRunText(JSON.stringify(json))).toThrow(
      /not a valid run file: saved\[0\]\.memories: must be 12 values in base64 \(32 characters\), not 8 characters/,
    );
  });

  it('names the run and the file in every failure', async () => {
    const bad = loadShippedRun(shippedN(20), fetchText('garbage'));
    await expect(bad).rejects.toThrow(
      'Could not load the trained run n = 20 (kh/n20.json): it is not valid JSON',
    );
    await expect(loadShippedRun(shippedN(3), fetchText('', 404))).rejects.toThrow(
      /n = 3 \(kh\/n3\.json\): the server answered HTTP 404\./,
    );
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadShippedRun(shippedN(3), offline)).rejects.toThrow(/Failed to fetch/);
  });
});
