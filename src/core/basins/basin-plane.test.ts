import { describe, expect, it } from 'vitest';
import { makePlane, planePoint, principalComponents, projectOnPlane } from './basin-plane';
import { createRng } from '../util/random';
import type { Patterns } from '../dynamics/types';

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

function normals(seed: number, K: number, N: number): Patterns {
  const rng = createRng(seed);
  const data = new Float64Array(K * N);
  for (let j = 0; j < data.length; j++) data[j] = rng.normal();
  return { count: K, dim: N, data };
}

const row = (p: Patterns, k: number) => p.data.subarray(k * p.dim, (k + 1) * p.dim);

describe('makePlane', () => {
  it('through three memories: a at the origin, b on the x axis, orthonormal u and v', () => {
    const mem = normals(1, 4, 30);
    const plane = makePlane({ kind: 'memories', a: 1, b: 3, c: 0 }, mem);
    expect(dot(plane.u, plane.u)).toBeCloseTo(1, 12);
    expect(dot(plane.v, plane.v)).toBeCloseTo(1, 12);
    expect(dot(plane.u, plane.v)).toBeCloseTo(0, 12);
    const [ma, mb, mc] = plane.marks;
    expect(ma).toEqual({ label: 'm1', x: 0, y: 0 });
    expect(mb.label).toBe('m3');
    expect(mb.y).toBe(0);
    expect(mb.x).toBeGreaterThan(0);
    expect(mc.y).toBeGreaterThan(0);
    // Every mark is its memory: the plane passes through a, b and c.
    for (const [mark, k] of [
      [ma, 1],
      [mb, 3],
      [mc, 0],
    ] as const) {
      const p = planePoint(plane, mark.x, mark.y);
      row(mem, k).forEach((v, i) => expect(p[i]).toBeCloseTo(v, 10));
      const back = projectOnPlane(plane, row(mem, k));
      expect(back.x).toBeCloseTo(mark.x, 10);
      expect(back.y).toBeCloseTo(mark.y, 10);
    }
    const { x0, x1, y0, y1 } = plane.extent;
    expect(x1 - x0).toBeCloseTo(y1 - y0, 10);
    for (const m of plane.marks) {
      expect(m.x).toBeGreaterThan(x0);
      expect(m.x).toBeLessThan(x1);
      expect(m.y).toBeGreaterThan(y0);
      expect(m.y).toBeLessThan(y1);
    }
  });

  it('through two memories and the cue, marking the cue', () => {
    const mem = normals(2, 3, 20);
    const cue = Float32Array.from(normals(3, 1, 20).data);
    const plane = makePlane({ kind: 'memories-cue', a: 0, b: 2 }, mem, cue);
    expect(plane.marks.map((m) => m.label)).toEqual(['m0', 'm2', 'cue']);
    const c = plane.marks[2];
    const p = planePoint(plane, c.x, c.y);
    cue.forEach((v, i) => expect(p[i]).toBeCloseTo(v, 5));
  });

  it('says what is wrong with a plane that does not exist', () => {
    const mem = normals(4, 3, 10);
    expect(() => makePlane({ kind: 'memories', a: 0, b: 0, c: 1 }, mem)).toThrow(/same point/);
    const line: Patterns = { count: 3, dim: 2, data: Float64Array.of(0, 0, 1, 1, 2, 2) };
    expect(() => makePlane({ kind: 'memories', a: 0, b: 1, c: 2 }, line)).toThrow(/one line/);
    expect(() => makePlane({ kind: 'memories', a: 0, b: 1, c: 5 }, mem)).toThrow(/c = 5/);
    expect(() => makePlane({ kind: 'memories-cue', a: 0, b: 1 }, mem)).toThrow(/needs a cue/);
    expect(() => makePlane({ kind: 'pca' }, { count: 1, dim: 10, data: row(mem, 0) })).toThrow(
      /at least two different memories/,
    );
    expect(() =>
      makePlane({ kind: 'pca' }, { count: 2, dim: 10, data: mem.data.slice(0, 20) }),
    ).toThrow(/only 1 principal component/);
  });

  it('PCA: mean and the top two components, deterministic and orthonormal', () => {
    // Variance 3 along axis 0, 4/3 along axis 1, 1/3 along axis 2.
    const pts: Patterns = {
      count: 6,
      dim: 3,
      data: Float64Array.of(3, 0, 0, -3, 0, 0, 0, 2, 0, 0, -2, 0, 0, 0, 1, 0, 0, -1),
    };
    const pca = principalComponents(pts, 2);
    expect(Math.abs(pca.components[0][0])).toBeCloseTo(1, 8);
    expect(Math.abs(pca.components[1][1])).toBeCloseTo(1, 8);
    expect(pca.variances[0]).toBeCloseTo(3, 8);
    expect(pca.variances[1]).toBeCloseTo(4 / 3, 8);
    const mem = normals(5, 10, 40);
    const a = makePlane({ kind: 'pca' }, mem);
    const b = makePlane({ kind: 'pca' }, mem);
    expect(a).toEqual(b);
    expect(dot(a.u, a.v)).toBeCloseTo(0, 10);
    expect(a.marks).toHaveLength(10);
  });
});
