import { describe, expect, it } from 'vitest';
import { runCensus } from './census';
import { detailAt, packDetails } from './packed-details';
import { DEFAULT_CENSUS } from './presets';
import type { StateDetail } from './types';

describe('packed details', () => {
  it('round-trips every state of a census, mixtures with their components', async () => {
    const r = await runCensus({
      ...DEFAULT_CENSUS,
      probes: { ...DEFAULT_CENSUS.probes, random: 1500 },
    });
    const p = packDetails(r.details);
    expect(r.details.some((d) => d.cls === 'mixture')).toBe(true);
    for (let s = 0; s < r.states; s++) expect(detailAt(p, s)).toEqual(r.details[s]);
  });
  it('keeps learned, prototype and inverted-of-an-example details', () => {
    const details = [
      { cls: 'learned', example: 7, overlap: 1 },
      { cls: 'prototype', group: 2, overlap: 0.995 },
      { cls: 'inverted', of: { kind: 'example', index: 3 }, overlap: -1 },
      {
        cls: 'mixture',
        components: [
          { group: 0, sign: 1 },
          { group: 4, sign: -1 },
          { group: 2, sign: 1 },
        ],
        score: 0.97,
      },
    ] satisfies StateDetail[];
    const p = packDetails(details);
    details.forEach((d, s) => expect(detailAt(p, s)).toEqual(d));
  });
});
