/**
 * The memories' normalised features Φ̂(ξ_μ) on the unit circle (D_Φ = 2) or the unit sphere
 * (D_Φ = 3, an orthographic projection turned by yaw and pitch, with the equator and two
 * meridians for depth; the far half dashed and points behind the sphere faded). For D_Φ > 3 the
 * first three coordinates are drawn, inside the ball, and the chart says so. The closest pair
 * is joined by a line and its angle given (computed here from the points drawn, only when they
 * are the whole feature). Framework-free scene.
 */
import { num } from '../../../../charts/frame';
import { SERIES } from '../../../../charts/palette';
import { designWidth, emptyScene, MUTED, RULE, rootAttrs } from '../../../../charts/scene-frame';
import { h, paintScene, type Scene, type SceneNode } from '../../../../charts/svg-scene';

export interface SphereData {
  /** M × dims row-major. */
  points: ArrayLike<number>;
  M: number;
  /** min(D_Φ, 3). */
  dims: number;
  dPhi: number;
  /** The iteration shown. */
  iteration: number;
  /** A class per memory (MNIST), coloured by class; else coloured by memory. */
  labels?: readonly number[] | null;
}

export interface SphereOptions {
  width: number;
  height?: number;
  /** Turn about the vertical axis and tilt toward the viewer, radians. */
  yaw: number;
  pitch: number;
}

const NAME = 'kernel-sphere';

/** A point of R³ turned by yaw then pitch: [x, y, depth] (depth > 0 faces the viewer). */
export function turn(p: readonly number[], yaw: number, pitch: number): [number, number, number] {
  const [x, y, z] = [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0];
  const x1 = Math.cos(yaw) * x + Math.sin(yaw) * z;
  const z1 = -Math.sin(yaw) * x + Math.cos(yaw) * z;
  const y2 = Math.cos(pitch) * y - Math.sin(pitch) * z1;
  const z2 = Math.sin(pitch) * y + Math.cos(pitch) * z1;
  return [x1, y2, z2];
}

/** The closest pair of the points (largest cosine) and its angle in degrees, or null. */
export function closestPair(
  pts: ArrayLike<number>,
  M: number,
  k: number,
): { a: number; b: number; deg: number } | null {
  let best: { a: number; b: number; deg: number } | null = null;
  let bestCos = -Infinity;
  for (let a = 0; a < M; a++)
    for (let b = a + 1; b < M; b++) {
      let ab = 0;
      let aa = 0;
      let bb = 0;
      for (let i = 0; i < k; i++) {
        ab += pts[a * k + i] * pts[b * k + i];
        aa += pts[a * k + i] ** 2;
        bb += pts[b * k + i] ** 2;
      }
      const c = ab / Math.sqrt(aa * bb || 1);
      if (c > bestCos) {
        bestCos = c;
        best = { a, b, deg: (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI };
      }
    }
  return best;
}

/** A great circle (the circle of unit vectors u cos t + v sin t) as front and back paths. */
function greatCircle(
  u: number[],
  v: number[],
  o: SphereOptions,
  at: (q: [number, number, number]) => [number, number],
): SceneNode[] {
  const front: string[] = [];
  const back: string[] = [];
  let prev: boolean | null = null;
  for (let s = 0; s <= 72; s++) {
    const t = (s / 72) * 2 * Math.PI;
    const p = [0, 1, 2].map((i) => u[i] * Math.cos(t) + v[i] * Math.sin(t));
    const q = turn(p, o.yaw, o.pitch);
    const [x, y] = at(q);
    const isFront = q[2] >= 0;
    const list = isFront ? front : back;
    list.push(`${prev === isFront ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`);
    prev = isFront;
  }
  return [
    h('path', {
      class: 'great-back',
      d: back.join(''),
      fill: 'none',
      ...RULE,
      'stroke-dasharray': '3 3',
    }),
    h('path', { class: 'great-front', d: front.join(''), fill: 'none', ...RULE }),
  ];
}

export function sphereScene(d: SphereData, o: SphereOptions): Scene {
  const width = designWidth(o.width);
  const side = Math.min(width, o.height ?? Math.min(width, 360));
  if (d.M === 0 || d.points.length < d.M * d.dims)
    return emptyScene(NAME, width, 120, 'The memories’ features: press Train U-Hop+ to see them.');
  const height = side + 34;
  const cx = width / 2;
  const cy = side / 2 + 4;
  const r = side / 2 - 18;
  const at = (q: readonly number[]): [number, number] => [cx + r * q[0], cy - r * q[1]];
  const sphere = d.dims === 3;
  const frame: SceneNode[] = [
    h('circle', { class: 'outline', cx, cy, r, fill: 'none', ...RULE }),
    ...(sphere
      ? [
          ...greatCircle([1, 0, 0], [0, 0, 1], o, at),
          ...greatCircle([0, 1, 0], [0, 0, 1], o, at),
          ...greatCircle([1, 0, 0], [0, 1, 0], o, at),
        ]
      : []),
  ];
  const k = d.dims;
  const placed = Array.from({ length: d.M }, (_, m) => {
    const p = Array.from({ length: k }, (_, i) => d.points[m * k + i]);
    const q = sphere ? turn(p, o.yaw, o.pitch) : ([p[0], p[1], 1] as [number, number, number]);
    const [x, y] = at(q);
    return { m, x, y, front: q[2] >= 0, depth: q[2] };
  });
  const full = d.dPhi === d.dims;
  const pair = full && d.M <= 400 ? closestPair(d.points, d.M, k) : null;
  const marks: SceneNode[] = [];
  if (pair) {
    const a = placed[pair.a];
    const b = placed[pair.b];
    marks.push(
      h('line', {
        class: 'closest-pair',
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        stroke: 'currentColor',
        'stroke-width': 1.5,
        'stroke-dasharray': '5 3',
      }),
    );
  }
  const dot = d.M > 100 ? 2.5 : 6;
  for (const p of [...placed].sort((a, b) => a.depth - b.depth)) {
    const colour = SERIES[(d.labels ? d.labels[p.m] : p.m) % SERIES.length];
    marks.push(
      h('circle', {
        class: p.front ? 'memory front' : 'memory back',
        cx: p.x,
        cy: p.y,
        r: dot,
        fill: colour,
        'fill-opacity': p.front ? 1 : 0.35,
        stroke: '#ffffff',
        'stroke-width': d.M > 100 ? 0 : 1,
      }),
    );
    if (d.M <= 12)
      marks.push(
        h('text', { class: 'memory-label', x: p.x + 8, y: p.y - 6, ...MUTED }, String(p.m + 1)),
      );
  }
  const where = sphere ? 'on the sphere S²' : k === 2 ? 'on the circle S¹' : '';
  const cut = full ? '' : ` (the first three of D_Φ = ${d.dPhi} coordinates, inside the ball)`;
  const caption = pair
    ? `iteration ${d.iteration}: closest pair ${pair.a + 1}–${pair.b + 1}, ${num(pair.deg)}° apart`
    : `iteration ${d.iteration}${cut}`;
  const label = `${d.M} memories’ normalised features ${where}${cut}, at iteration ${d.iteration}${
    pair
      ? `; the closest pair, memories ${pair.a + 1} and ${pair.b + 1}, is ${num(pair.deg)}° apart`
      : ''
  }.`;
  return {
    attrs: rootAttrs(NAME, width, height, label),
    children: [
      h('g', { class: 'frame' }, frame),
      h('g', { class: 'marks' }, marks),
      h(
        'text',
        { class: 'caption', x: cx, y: side + 26, 'text-anchor': 'middle', ...MUTED },
        caption,
      ),
    ],
  };
}

export function renderSphere(svg: SVGSVGElement, d: SphereData, o: SphereOptions): void {
  paintScene(svg, sphereScene(d, o));
}
