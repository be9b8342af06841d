/**
 * Where a gridded value crosses a level, as line segments (marching squares): between the centres
 * of neighbouring cells the crossing is interpolated linearly; a square with a missing value
 * draws nothing; a saddle is split by the mean of its corners. A grid one cell wide or tall is
 * read as a column or row of its own width, so its crossings still draw across the cell.
 */

/** values[row][col] (null where unknown); xs / ys: pixel centres of the columns / rows. */
export interface ContourGrid {
  values: (number | null)[][];
  xs: number[];
  ys: number[];
  /** Half a cell, to widen a one-cell-wide or one-cell-tall grid to its cell's edges. */
  halfW: number;
  halfH: number;
}

export type Segment = [number, number, number, number];

/** A grid at least 2 × 2: a single column or row doubled at its cell's edges. */
function widen(g: ContourGrid): Pick<ContourGrid, 'values' | 'xs' | 'ys'> {
  let { values, xs, ys } = g;
  if (xs.length === 1) {
    values = values.map((r) => [r[0], r[0]]);
    xs = [xs[0] - g.halfW, xs[0] + g.halfW];
  }
  if (ys.length === 1) {
    values = [values[0], values[0]];
    ys = [ys[0] - g.halfH, ys[0] + g.halfH];
  }
  return { values, xs, ys };
}

export function contourSegments(grid: ContourGrid, level: number): Segment[] {
  const { values, xs, ys } = widen(grid);
  const out: Segment[] = [];
  for (let j = 0; j + 1 < ys.length; j++) {
    for (let i = 0; i + 1 < xs.length; i++) {
      // Corners in order round the square: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1).
      const v = [values[j][i], values[j][i + 1], values[j + 1][i + 1], values[j + 1][i]];
      if (v.some((x) => x === null || !Number.isFinite(x))) continue;
      const [a, b, c, d] = v as number[];
      const px = [xs[i], xs[i + 1], xs[i + 1], xs[i]];
      const py = [ys[j], ys[j], ys[j + 1], ys[j + 1]];
      const corner = [a, b, c, d];
      // Crossing on edge k (corner k to corner k+1), or null.
      const cross = [0, 1, 2, 3].map((k) => {
        const v1 = corner[k];
        const v2 = corner[(k + 1) % 4];
        if (v1 >= level === v2 >= level) return null;
        const t = (level - v1) / (v2 - v1);
        const k2 = (k + 1) % 4;
        return [px[k] + t * (px[k2] - px[k]), py[k] + t * (py[k2] - py[k])] as const;
      });
      const hits = cross.flatMap((p, k) => (p ? [k] : []));
      const seg = (k1: number, k2: number) => {
        const p = cross[k1]!;
        const q = cross[k2]!;
        out.push([p[0], p[1], q[0], q[1]]);
      };
      if (hits.length === 2) seg(hits[0], hits[1]);
      else if (hits.length === 4) {
        const centreHigh = (a + b + c + d) / 4 >= level;
        if (centreHigh === a >= level) {
          seg(0, 1);
          seg(2, 3);
        } else {
          seg(3, 0);
          seg(1, 2);
        }
      }
    }
  }
  return out;
}
