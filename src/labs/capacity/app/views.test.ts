/**
 * From points to what the charts draw: lines against N or d_H (one per series and other swept
 * value) with their fitted slopes, curves per point, the theory lines once each, the captions
 * with their numbers, the computed agreement, and the CSV with one row per point and K.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POINT } from '../../../core/capacity/presets';
import { agreement } from './agreement';
import { curvesCaption, scalingCaption, separationCaption } from './captions';
import { CSV_COLUMNS, resultCsv } from './export';
import { sampleLine, scalingSample, separationSample } from './sample-lines';
import { curvesOf, lengthsOf, seriesAgainst, theoryLines, viewFor } from './views';

describe('capacity views', () => {
  it('draws one line per series against N with its log–log slope', () => {
    const series = seriesAgainst(scalingSample(), 'N');
    expect(series.map((s) => s.name)).toEqual(['n = 2', 'n = 3', 'n = 4']);
    expect(series.map((s) => s.points.length)).toEqual([5, 5, 3]);
    const [s2, s3, s4] = series.map((s) => s.fit!.slope);
    expect(s2).toBeLessThan(s3);
    expect(s3).toBeLessThan(s4);
    expect(s4).toBeGreaterThan(2.3);
    expect(s4).toBeLessThan(3);
  });

  it('splits a series by the values it sweeps besides x (ρ against d_H)', () => {
    const series = seriesAgainst(separationSample(), 'dH');
    expect(series.map((s) => s.name)).toEqual([
      'n = 3, ρ = 0',
      'n = 3, ρ = 0.5',
      'n = 4, ρ = 0',
      'n = 4, ρ = 0.5',
    ]);
    // ln K_max = 3 + 0.06 d_H − …: the fit finds the slope per bit.
    for (const s of series) expect(s.fit!.slope).toBeCloseTo(0.06, 1);
    expect(separationCaption(series)).toMatch(
      /^log K_max against d_H\. n = 3, ρ = 0: ln K_max slope 0\.0\d\d per bit/,
    );
  });

  it('gives the theory lines of every model once', () => {
    const ids = theoryLines(seriesAgainst(scalingSample(), 'N')).map((t) => t.id);
    expect(ids).toEqual(['classical-each', 'classical-all', 'kh-eq6-n3', 'kh-eq6-n4']);
  });

  it('names curves by what tells them apart, at one N when there are several', () => {
    const lines = scalingSample();
    expect(lengthsOf(lines)).toEqual([32, 45, 64, 91, 128]);
    expect(curvesOf(lines, 64).map((c) => c.name)).toEqual(['n = 2', 'n = 3', 'n = 4']);
    expect(
      curvesOf(lines)
        .map((c) => c.name)
        .slice(0, 2),
    ).toEqual(['n = 2, N = 32', 'n = 2, N = 45']);
    expect(curvesCaption(curvesOf(lines, 64))).toMatch(
      /^P\(success\) against K .*n = 2: ½ at K ≈ /,
    );
    expect(curvesCaption([])).toBe('P(success) against K: no points measured yet');
  });

  it('writes its captions from the numbers', () => {
    const series = seriesAgainst(scalingSample(), 'N');
    const text = scalingCaption(series, theoryLines(series));
    expect(text).toMatch(
      /^K_max against N, log–log\. n = 2: slope \d\.\d\d, K_max \d+ at N = 32 to \d+ at N = 128;/,
    );
    expect(text).toContain('Theory lines: N / (2 ln N), N / (4 ln N)');
  });

  it('chooses the view a grid is read in', () => {
    const base = DEFAULT_POINT;
    expect(viewFor({ base, series: [{ label: 'a', sweep: { dH: [0, 8] } }] })).toBe('separation');
    expect(viewFor({ base, series: [{ label: 'a', sweep: { N: [32, 64] } }] })).toBe('scaling');
    expect(viewFor({ base, series: [{ label: 'a', sweep: {} }] })).toBe('curve');
  });
});

describe('what it agrees with, where it departs', () => {
  it('compares slopes and magnitudes with the theory lines, from the numbers', () => {
    const f = agreement(scalingSample());
    const n4 = f.filter((x) => x.text.startsWith('n = 4'));
    expect(n4.length).toBe(2);
    expect(n4[0].text).toMatch(/log–log slope 2\.\d\d against 2\.\d\d for N\^3/);
    expect(n4[0].kind).toBe('agrees');
    expect(n4[0].text).toContain('same order of magnitude');
  });

  it('says where a measurement departs, and notes lower bounds', () => {
    const flat = [32, 64, 128].map((N, i) =>
      sampleLine({ index: i, series: 'n = 3', N, n: 3, median: 40, censored: i === 2 ? 3 : 0 }),
    );
    const f = agreement(flat);
    expect(f.filter((x) => x.kind === 'departs').length).toBeGreaterThan(0);
    expect(f[f.length - 1]).toEqual({
      kind: 'note',
      text: expect.stringMatching(/^1 point has trials/),
    });
  });

  it('reads the separation figure: ln K_max linear in d_H, lower at the higher ρ', () => {
    const f = agreement(separationSample());
    const lin = f.filter((x) => x.text.includes('per bit'));
    expect(lin).toHaveLength(4);
    expect(lin.every((x) => x.kind === 'agrees')).toBe(true);
    expect(f.find((x) => x.text.startsWith('At fixed d_H'))).toMatchObject({
      kind: 'agrees',
      text: expect.stringContaining('in 10 of 10 comparisons'),
    });
  });

  it('reads the classical transition as α = K/N against 0.138', () => {
    const l = sampleLine({
      index: 0,
      series: 'n = 2',
      N: 500,
      n: 2,
      median: 66,
      criterion: 'retrieve',
    });
    const f = agreement([l]);
    expect(f[0].text).toMatch(/α = K\/N = 0\.139, against 0\.138/);
    expect(f[0].kind).toBe('agrees');
  });
});

describe('CSV export', () => {
  it('has one row per point and K, every spec field in its columns', () => {
    const lines = scalingSample().slice(0, 2);
    const rows = resultCsv(lines).trim().split('\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(1 + lines[0].curve.length + lines[1].curve.length);
    const first = rows[1].split(',');
    const col = (name: (typeof CSV_COLUMNS)[number]) => first[CSV_COLUMNS.indexOf(name)];
    expect(col('series')).toBe('n = 2');
    expect(col('N')).toBe('32');
    expect(col('energy')).toBe('polynomial');
    expect(col('criterion')).toBe('fixed');
    expect(col('classes')).toBe('0 1 2 3 4 5 6 7 8 9');
    expect(col('K')).toBe(String(lines[0].curve[0].K));
  });
});
