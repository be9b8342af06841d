/**
 * Hand-written data for the chart goldens (e2e/chart-goldens.spec.ts): formulas and fixed
 * numbers only, no clock and no unseeded randomness, so every render is the same picture.
 */
import type { AttractorInfo } from '../core/basins/attractors';
import type { BasinPass } from '../core/basins/basin-types';
import type { KhEpochRecord } from '../core/classifier/kh-snapshot';

/** A ring with a bar through it, side × side, values in [−1, 1]. */
export function ringPattern(side: number): Float32Array {
  const out = new Float32Array(side * side);
  const c = (side - 1) / 2;
  for (let r = 0; r < side; r++) {
    for (let k = 0; k < side; k++) {
      const d = Math.hypot(r - c, k - c);
      const ring = Math.abs(d - side * 0.32) < side * 0.09;
      const bar = Math.abs(r - k) < 1.2 && d < side * 0.32;
      out[r * side + k] = ring || bar ? 1 : -1;
    }
  }
  return out;
}

/** A smooth grey ramp with a dark disc: bytes 0 … 255. */
export function greyPixels(side: number): Uint8Array {
  const out = new Uint8Array(side * side);
  for (let r = 0; r < side; r++) {
    for (let k = 0; k < side; k++) {
      const disc = Math.hypot(r - side * 0.6, k - side * 0.4) < side * 0.25;
      out[r * side + k] = disc ? 255 : Math.round((k / (side - 1)) * 120);
    }
  }
  return out;
}

/** The left third of the grid clamped (1) and the rest free (0). */
export function leftClamp(side: number): Uint8Array {
  return Uint8Array.from({ length: side * side }, (_, i) => (i % side < side / 3 ? 1 : 0));
}

/** K memories of D pixels and C label weights: stripes at K angles, label μ mod C favoured. */
export function memoryRows(K: number, D: number, C: number): Float32Array {
  const side = Math.round(Math.sqrt(D));
  const out = new Float32Array(K * (D + C));
  for (let mu = 0; mu < K; mu++) {
    const a = (Math.PI * mu) / K;
    const base = mu * (D + C);
    for (let i = 0; i < D; i++) {
      const x = (i % side) - side / 2;
      const y = Math.floor(i / side) - side / 2;
      out[base + i] = Math.sin((x * Math.cos(a) + y * Math.sin(a)) * 0.9);
    }
    for (let c = 0; c < C; c++) out[base + D + c] = c === mu % C ? 0.9 : -0.4;
  }
  return out;
}

const ATTRACTORS: AttractorInfo[] = [
  {
    kind: 'mixture',
    parts: [
      { memory: 0, sign: 1 },
      { memory: 1, sign: 1 },
      { memory: 2, sign: -1 },
    ],
    nearest: { memory: 0, overlap: 0.5 },
  },
  { kind: 'spurious', parts: [], nearest: { memory: 2, overlap: 0.3 } },
];

/**
 * A basin pass on [−1.5, 1.5]² with three memories: each cell goes to its nearest memory, or
 * inverted beyond the rim, a mixture near the centre, spurious in one corner, unconverged in
 * another; energy is a sum of three wells.
 */
export function basinPass(res: number): BasinPass {
  const mem = [
    { x: -0.8, y: -0.6 },
    { x: 0.9, y: -0.4 },
    { x: 0, y: 0.9 },
  ];
  const n = res * res;
  const pass: BasinPass = {
    resolution: res,
    outcome: new Int32Array(n),
    steps: new Uint16Array(n),
    energy: new Float64Array(n),
    attractor: new Int32Array(n).fill(-1),
    attractors: ATTRACTORS,
    progress: 1,
    elapsedMs: 0,
    plane: {
      origin: new Float64Array(3),
      u: Float64Array.of(1, 0, 0),
      v: Float64Array.of(0, 1, 0),
      extent: { x0: -1.5, x1: 1.5, y0: -1.5, y1: 1.5 },
      marks: [
        ...mem.map((m, k) => ({ label: `ξ${k + 1}`, ...m })),
        { label: 'cue', x: 0.3, y: 0.2 },
      ],
    },
  };
  for (let j = 0; j < res; j++) {
    for (let i = 0; i < res; i++) {
      const cell = j * res + i;
      const x = -1.5 + ((i + 0.5) * 3) / res;
      const y = -1.5 + ((j + 0.5) * 3) / res;
      const d = mem.map((m) => Math.hypot(x - m.x, y - m.y));
      const k = d.indexOf(Math.min(...d));
      let o = Math.hypot(x, y) > 1.7 ? 3 + k : k;
      if (Math.hypot(x, y) < 0.25) {
        o = 6;
        pass.attractor[cell] = 0;
      } else if (x > 1.1 && y > 1.1) {
        o = 7;
        pass.attractor[cell] = 1;
      } else if (x < -1.2 && y > 1.2) o = 8;
      pass.outcome[cell] = o;
      pass.steps[cell] = Math.min(20, Math.round(d[k] * 8));
      pass.energy[cell] = -d.reduce((s, v) => s + 40 * Math.exp(-3 * v * v), 0) + 5 * x * y;
    }
  }
  return pass;
}

/** A probe path from the cue spiralling into memory 2. */
export const PROBE_PATH = [
  { x: 0.3, y: 0.2 },
  { x: 0.1, y: 0.45 },
  { x: 0.05, y: 0.7 },
  { x: 0, y: 0.9 },
];

/** Basin-size curves: logistic drops at three radii. */
export function curve(memory: number, radius: number, flips: number[]) {
  const p = flips.map((f) => 1 / (1 + Math.exp((f - radius) * 30)));
  return {
    memory,
    p,
    lo: p.map((v) => Math.max(0, v - 0.06)),
    hi: p.map((v) => Math.min(1, v + 0.06)),
    radius,
  };
}

/** Training history: errors decaying from 60% towards a floor, test above train. */
export function history(epochs: number, rate: number, floor: number): KhEpochRecord[] {
  return Array.from({ length: epochs }, (_, e) => {
    const train = floor + 0.6 * Math.exp(-rate * (e + 1));
    return {
      epoch: e + 1,
      trainLoss: train * 2,
      trainError: train,
      testError: train * 1.15 + 0.01,
      ms: 10,
      T: 1,
    };
  });
}
