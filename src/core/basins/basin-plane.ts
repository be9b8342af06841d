/**
 * The 2-D slices of state space that basin maps are drawn on (basin-types.ts PlaneSpec):
 *  - 'memories': origin at memory a, u ∥ b − a, v ∥ the part of c − a orthogonal to u
 *    (Gram–Schmidt), so a = (0, 0), b = (‖b − a‖, 0) and c sits above the x axis;
 *  - 'memories-cue': the same with the cue in the role of c;
 *  - 'pca': origin at the mean of the bank, u and v its top two principal components (seeded
 *    power iteration with deflation).
 * u and v are orthonormal, so plane coordinates are Euclidean distances in state space and any
 * state projects with two dot products (projectOnPlane).
 *
 * The grid: a map of R cells per side samples cell (i, j) at its centre
 *   x = x0 + (i + ½)·(x1 − x0)/R,  y = y0 + (j + ½)·(y1 − y0)/R.
 */
import type { Plane, PlaneSpec } from './basin-types';
import { createRng } from '../util/random';
import type { Patterns } from '../dynamics/types';

/** Marks of memories beyond this many are left out (the extent still covers every memory). */
export const MAX_MEMORY_MARKS = 64;
/** Margin around the marks, as a share of the larger side of their bounding box. */
const MARGIN = 0.25;
const EPS = 1e-9;

const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

function rowOf(memories: Patterns, k: number): Float64Array {
  const N = memories.dim;
  return Float64Array.from(memories.data.subarray(k * N, (k + 1) * N));
}

function checkIndex(memories: Patterns, k: number, name: string): void {
  if (!Number.isInteger(k) || k < 0 || k >= memories.count) {
    throw new Error(`memory ${name} = ${k} is not one of the ${memories.count} stored memories`);
  }
}

/** Plane coordinates of a state: ((s − origin)·u, (s − origin)·v). */
export function projectOnPlane(plane: Plane, state: ArrayLike<number>): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const { origin, u, v } = plane;
  for (let i = 0; i < origin.length; i++) {
    const d = state[i] - origin[i];
    x += d * u[i];
    y += d * v[i];
  }
  return { x, y };
}

/** The state at plane coordinates (x, y), float64. */
export function planePoint(plane: Plane, x: number, y: number, out?: Float64Array): Float64Array {
  const { origin, u, v } = plane;
  const p = out ?? new Float64Array(origin.length);
  for (let i = 0; i < origin.length; i++) p[i] = origin[i] + x * u[i] + y * v[i];
  return p;
}

/** Plane coordinates of the centre of cell (i, j) of an R×R map. */
export function gridPoint(plane: Plane, R: number, i: number, j: number): { x: number; y: number } {
  const { x0, x1, y0, y1 } = plane.extent;
  return { x: x0 + ((i + 0.5) * (x1 - x0)) / R, y: y0 + ((j + 0.5) * (y1 - y0)) / R };
}

/** Unit vector of w minus its projections on `basis` (orthonormal); null when nothing is left. */
function orthonormal(w: Float64Array, basis: Float64Array[], scale: number): Float64Array | null {
  const r = Float64Array.from(w);
  for (let pass = 0; pass < 2; pass++) {
    for (const b of basis) {
      const c = dot(r, b);
      for (let i = 0; i < r.length; i++) r[i] -= c * b[i];
    }
  }
  const n = Math.sqrt(dot(r, r));
  if (!(n > EPS * Math.max(1, scale))) return null;
  for (let i = 0; i < r.length; i++) r[i] /= n;
  return r;
}

/** A square extent around the points, with a margin. */
function extentAround(points: { x: number; y: number }[]): Plane['extent'] {
  let xa = Infinity;
  let xb = -Infinity;
  let ya = Infinity;
  let yb = -Infinity;
  for (const p of points) {
    xa = Math.min(xa, p.x);
    xb = Math.max(xb, p.x);
    ya = Math.min(ya, p.y);
    yb = Math.max(yb, p.y);
  }
  const side = Math.max(xb - xa, yb - ya, EPS) * (1 + 2 * MARGIN);
  const cx = (xa + xb) / 2;
  const cy = (ya + yb) / 2;
  return { x0: cx - side / 2, x1: cx + side / 2, y0: cy - side / 2, y1: cy + side / 2 };
}

/** Mark labels: "m<k>" for memory k, "cue" for the cue. */
export const memoryLabel = (k: number) => `m${k}`;

function throughPoints(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  labels: [string, string, string],
  what: string,
): Plane {
  const scale = Math.sqrt(Math.max(dot(a, a), dot(b, b), dot(c, c)));
  const ba = b.map((x, i) => x - a[i]);
  const ca = c.map((x, i) => x - a[i]);
  const u = orthonormal(ba, [], scale);
  if (!u) throw new Error(`${what}: ${labels[0]} and ${labels[1]} are the same point`);
  const v = orthonormal(ca, [u], scale);
  if (!v) throw new Error(`${what}: ${labels[0]}, ${labels[1]} and ${labels[2]} lie on one line`);
  const plane: Plane = {
    origin: Float64Array.from(a),
    u,
    v,
    extent: { x0: 0, x1: 1, y0: 0, y1: 1 },
    marks: [],
  };
  plane.marks = [
    { label: labels[0], x: 0, y: 0 },
    { label: labels[1], x: dot(ba, u), y: 0 },
    { label: labels[2], x: dot(ca, u), y: dot(ca, v) },
  ];
  plane.extent = extentAround(plane.marks);
  return plane;
}

export interface PcaResult {
  mean: Float64Array;
  components: Float64Array[];
  /** Variance along each component (eigenvalues of the covariance, divided by K). */
  variances: number[];
}

/**
 * The mean and the top `count` principal components of the rows, by power iteration on the
 * covariance C = XcᵀXc / K (applied as Xcᵀ(Xc w), O(KN)) with deflation: each component is
 * iterated orthogonal to the ones already found. Start vectors come from `seed`. Throws when a
 * component vanishes (fewer distinct directions than asked for).
 */
export function principalComponents(memories: Patterns, count = 2, seed = 1): PcaResult {
  const { count: K, dim: N, data } = memories;
  const mean = new Float64Array(N);
  for (let k = 0; k < K; k++) for (let i = 0; i < N; i++) mean[i] += data[k * N + i] / K;
  const centred = new Float64Array(K * N);
  let total = 0;
  for (let j = 0; j < K * N; j++) {
    centred[j] = data[j] - mean[j % N];
    total += centred[j] * centred[j];
  }
  const apply = (w: Float64Array, basis: Float64Array[], lambdas: number[]): Float64Array => {
    const out = new Float64Array(N);
    for (let k = 0; k < K; k++) {
      let s = 0;
      const row = k * N;
      for (let i = 0; i < N; i++) s += centred[row + i] * w[i];
      for (let i = 0; i < N; i++) out[i] += (s * centred[row + i]) / K;
    }
    // Deflation: C − Σ λ_b b bᵀ.
    basis.forEach((b, t) => {
      const c = lambdas[t] * dot(b, w);
      for (let i = 0; i < N; i++) out[i] -= c * b[i];
    });
    return out;
  };
  const rng = createRng(seed);
  const components: Float64Array[] = [];
  const variances: number[] = [];
  const floor = 1e-12 * Math.max(total / K, 1e-300);
  for (let c = 0; c < count; c++) {
    const start = new Float64Array(N);
    for (let i = 0; i < N; i++) start[i] = rng.normal();
    let w = orthonormal(start, components, 1);
    if (!w) throw new Error(`principal component ${c + 1} could not be started`);
    let lambda = 0;
    for (let it = 0; it < 1000; it++) {
      const next = orthonormal(apply(w, components, variances), components, 1);
      if (!next) {
        lambda = 0;
        break;
      }
      const cw = apply(next, components, variances);
      const l = dot(next, cw);
      const change = 1 - Math.abs(dot(next, w));
      w = next;
      lambda = l;
      if (change < 1e-13) break;
    }
    if (!(lambda > floor)) {
      throw new Error(
        c === 0
          ? `PCA needs at least two different memories (the bank has ${K} and no spread)`
          : `PCA found only ${c} principal component${c === 1 ? '' : 's'}: the ${K} memories ` +
              `span fewer than ${count + 1} points in general position; use the plane through memories instead`,
      );
    }
    // Deterministic orientation: the largest entry is positive.
    let big = 0;
    for (let i = 1; i < N; i++) if (Math.abs(w[i]) > Math.abs(w[big]) + 1e-12) big = i;
    if (w[big] < 0) for (let i = 0; i < N; i++) w[i] = -w[i];
    components.push(w);
    variances.push(lambda);
  }
  return { mean, components, variances };
}

/**
 * Builds the plane a PlaneSpec names. `memories` are the values the model sees (binary families:
 * their signs). The cue, when given, is marked on every kind of plane (and is required by
 * 'memories-cue'). Throws an Error with one sentence when the plane does not exist.
 */
export function makePlane(spec: PlaneSpec, memories: Patterns, cue?: ArrayLike<number>): Plane {
  const { count: K, dim: N } = memories;
  if (K < 1) throw new Error('a plane needs at least one stored memory');
  if (cue && cue.length !== N)
    throw new Error(`the cue has length ${cue.length}, memories have length ${N}`);
  let plane: Plane;
  if (spec.kind === 'memories') {
    checkIndex(memories, spec.a, 'a');
    checkIndex(memories, spec.b, 'b');
    checkIndex(memories, spec.c, 'c');
    plane = throughPoints(
      rowOf(memories, spec.a),
      rowOf(memories, spec.b),
      rowOf(memories, spec.c),
      [memoryLabel(spec.a), memoryLabel(spec.b), memoryLabel(spec.c)],
      'plane through three memories',
    );
  } else if (spec.kind === 'memories-cue') {
    checkIndex(memories, spec.a, 'a');
    checkIndex(memories, spec.b, 'b');
    if (!cue) throw new Error('the plane through two memories and the cue needs a cue');
    return throughPoints(
      rowOf(memories, spec.a),
      rowOf(memories, spec.b),
      Float64Array.from(cue),
      [memoryLabel(spec.a), memoryLabel(spec.b), 'cue'],
      'plane through two memories and the cue',
    );
  } else if (spec.kind === 'pca') {
    const { mean, components } = principalComponents(memories, 2);
    const points: { label: string; x: number; y: number }[] = [];
    for (let k = 0; k < K; k++) {
      let x = 0;
      let y = 0;
      const row = k * N;
      for (let i = 0; i < N; i++) {
        const d = memories.data[row + i] - mean[i];
        x += d * components[0][i];
        y += d * components[1][i];
      }
      points.push({ label: memoryLabel(k), x, y });
    }
    plane = {
      origin: mean,
      u: components[0],
      v: components[1],
      extent: extentAround(points),
      marks: points.slice(0, MAX_MEMORY_MARKS),
    };
  } else {
    throw new Error(`unknown plane kind "${String((spec as { kind: unknown }).kind)}"`);
  }
  if (cue) plane.marks.push({ label: 'cue', ...projectOnPlane(plane, cue) });
  return plane;
}
