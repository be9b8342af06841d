import { describe, expect, it } from 'vitest';
import { contributorVerdict } from './verdict';

describe('the lab claim from measured numbers', () => {
  it('says fewer decide at larger n when the medians fall (the shipped n = 3 / n = 30 pair)', () => {
    const v = contributorVerdict([
      { n: 30, median: 6 },
      { n: 3, median: 10 },
    ])!;
    expect(v.effect).toBe('shown');
    expect(v.text).toBe(
      'Median memories carrying 90% of the evidence: 10 at n = 3, 6 at n = 30 — fewer memories decide at larger n.',
    );
  });

  it('says the runs do not show it when the larger n needs more (the old n = 3 / n = 20 pair)', () => {
    const v = contributorVerdict([
      { n: 3, median: 10 },
      { n: 20, median: 17 },
    ])!;
    expect(v.effect).toBe('not-shown');
    expect(v.text).toBe(
      'Median memories carrying 90% of the evidence: 10 at n = 3, 17 at n = 20 — more decide at n = 20 than at n = 3: these runs do not show fewer memories deciding at larger n.',
    );
    expect(
      contributorVerdict([
        { n: 2, median: 8.5 },
        { n: 4, median: 8.5 },
      ])!.meaning,
    ).toMatch(/^as many decide at n = 4 as at n = 2: these runs do not show/);
  });

  it('names the steps that break the trend (all four shipped runs)', () => {
    const v = contributorVerdict([
      { n: 2, median: 9 },
      { n: 3, median: 10 },
      { n: 20, median: 17 },
      { n: 30, median: 6 },
    ])!;
    expect(v.effect).toBe('partial');
    expect(v.meaning).toBe(
      'fewer decide at n = 30 than at n = 2, but not at every step (n = 3: 10, n = 20: 17)',
    );
  });

  it('makes no claim from one run or from runs of one n', () => {
    expect(contributorVerdict([{ n: 3, median: 10 }])).toBeNull();
    expect(contributorVerdict([])).toBeNull();
    const same = contributorVerdict([
      { n: 3, median: 10 },
      { n: 3, median: 4 },
    ])!;
    expect(same.effect).toBe('one-n');
    expect(same.text).toMatch(/do not compare small and large n\.$/);
  });
});
