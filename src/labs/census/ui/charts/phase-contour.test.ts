import { describe, expect, it } from 'vitest';
import { contourSegments } from './phase-contour';

describe('contourSegments', () => {
  it('interpolates the ½ crossing between cell centres', () => {
    // Two columns at x = 0, 10; values 0 and 1 on both rows: a vertical line at x = 5.
    const segs = contourSegments(
      {
        values: [
          [0, 1],
          [0, 1],
        ],
        xs: [0, 10],
        ys: [0, 10],
        halfW: 5,
        halfH: 5,
      },
      0.5,
    );
    expect(segs).toEqual([[5, 0, 5, 10]]);
    const quarter = contourSegments(
      {
        values: [
          [0.25, 1.25],
          [0.25, 1.25],
        ],
        xs: [0, 10],
        ys: [0, 10],
        halfW: 5,
        halfH: 5,
      },
      0.5,
    );
    expect(quarter[0][0]).toBeCloseTo(2.5);
  });

  it('skips squares with a missing value, and draws a one-row grid across its cell', () => {
    expect(
      contourSegments(
        {
          values: [
            [0, null],
            [0, 1],
          ],
          xs: [0, 10],
          ys: [0, 10],
          halfW: 5,
          halfH: 5,
        },
        0.5,
      ),
    ).toEqual([]);
    const row = contourSegments(
      { values: [[0, 1, 1]], xs: [5, 15, 25], ys: [20], halfW: 5, halfH: 8 },
      0.5,
    );
    expect(row).toEqual([[10, 12, 10, 28]]);
  });

  it('splits a saddle in two segments', () => {
    const segs = contourSegments(
      {
        values: [
          [1, 0],
          [0, 1],
        ],
        xs: [0, 10],
        ys: [0, 10],
        halfW: 5,
        halfH: 5,
      },
      0.5,
    );
    expect(segs).toHaveLength(2);
  });
});
