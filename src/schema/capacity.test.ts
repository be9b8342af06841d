import { describe, expect, it } from 'vitest';
import { expandGrid } from '../core/capacity/grid';
import { measurePoint } from '../core/capacity/measure';
import { CAPACITY_PRESETS } from '../core/capacity/presets';
import { mergeLines } from '../core/capacity/grid';
import { DEFAULT_POINT, parseGrid, parseGridText, parsePoint, parseResultText } from './capacity';

describe('capacity schema', () => {
  it('fills defaults and keeps every preset as it is', () => {
    expect(parsePoint({})).toEqual(DEFAULT_POINT);
    // MNIST digits are 784 pixels whatever N said: the spec states what is measured.
    expect(parsePoint({ data: { kind: 'mnist', N: 100 } }).data.N).toBe(784);
    for (const p of CAPACITY_PRESETS) expect(parseGrid(p.grid)).toEqual(p.grid);
  });

  it('names the field of an unknown key or an out-of-range value', () => {
    expect(() => parsePoint({ data: { N: 2000 } })).toThrow(
      /^data\.N: must be a whole number from 16 to 1024 \(got 2000\)/,
    );
    expect(() => parsePoint({ model: { n: 1e300 } })).toThrow(
      /^model\.n: must be a whole number from 2 to 60/,
    );
    expect(() => parsePoint({ criterion: { kind: 'bogus' } })).toThrow(
      /^criterion\.kind: must be one of fixed, bits, retrieve, softmax/,
    );
    expect(() => parsePoint({ data: { rh0: 0.3 } })).toThrow(/^data\.rh0: unknown key/);
    expect(() => parseGrid({ series: [{ label: 'a', sweep: { N: [32], m: [1] } }] })).toThrow(
      /^series\[0\]\.sweep\.m: unknown key/,
    );
    expect(() =>
      parseGridText('{"series": [{"label": "a", "__proto__": {}}]}', 'the link'),
    ).toThrow(/^the link: .*__proto__/);
    expect(() => parseGridText('{"series": [', 'the file')).toThrow(/^the file: not valid JSON/);
  });

  it('caps the grid before anything runs', () => {
    const many = Array.from({ length: 32 }, (_, i) => 16 + i);
    const grid = {
      series: [{ label: 'big', sweep: { N: many, n: many.map((x) => (x % 50) + 2) } }],
    };
    expect(() => parseGrid(grid)).toThrow(/1024 points; a grid holds at most 512/);
    expect(() => parseGridText(' '.repeat(300 * 1024))).toThrow(/larger than/);
  });

  it('reads back a merged result file, and refuses a tampered one naming the field', async () => {
    const grid = parseGrid({
      base: { data: { N: 16 }, trials: 2, kCap: 64 },
      series: [{ label: 'n = 2', set: { model: { n: 2 } }, sweep: { N: [16, 20] } }],
    });
    const lines = [];
    for (const p of expandGrid(grid))
      lines.push({ index: p.index, series: p.series, ...(await measurePoint(p.spec)) });
    const file = mergeLines(grid, lines);
    const text = JSON.stringify(file);
    expect(parseResultText(text)).toEqual(file);
    const bad = JSON.parse(text);
    bad.points[1].curve[0].pSuccess = 2;
    expect(() => parseResultText(JSON.stringify(bad), 'the file')).toThrow(
      /^the file: points\[1\]\.curve\[0\]\.pSuccess: must be a number from 0 to 1/,
    );
  });
});
