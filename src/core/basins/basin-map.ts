/**
 * A progressive basin map (basin-types.ts): passes of 32² (or the smallest size reached by
 * halving) → 64² → … → the requested resolution R. The final pass samples every cell at its
 * centre (basin-plane.ts gridPoint). A coarse pass of r = R/s cells per side samples its cell
 * (i, j) at the centre of final cell (s·i, s·j), a point inside the coarse cell (a quarter cell
 * off its centre at s = 2), so that each pass reuses every cell of the one before it (cells with
 * even i and j) and the whole sequence computes each of the R² final cells exactly once.
 *
 * Grid point → starting state: softmax uses origin + x·u + y·v as is; binary families use its
 * sign, with exact zeros broken to +1 (as the stepper does when it enters a binary family).
 * Each probe's random update order (async 'random') comes from mixSeed(seed, i, j) with (i, j)
 * its cell in the final grid, so a cell's result does not depend on the pass that computed it.
 *
 * The job is synchronous and pure; the caller slices it into chunks (take / put, or run).
 */
import { isBinaryEnergy, validateMaxSteps, validateModel } from '../dynamics/model-spec';
import { gridPoint, makePlane, planePoint } from './basin-plane';
import {
  createBinaryProber,
  createSoftmaxProber,
  mixSeed,
  type BinaryProber,
  type ProbeResult,
  type SoftmaxProber,
} from './basin-probe';
import type { BasinPass, BasinRequest, Plane } from './basin-types';
import { createAttractorRegistry, NO_ATTRACTOR } from './attractors';
import { signPatterns } from '../dynamics/stepper';
import type { BinaryEnergy, ModelSpec, Patterns } from '../dynamics/types';

export const MIN_RESOLUTION = 2;
export const MAX_RESOLUTION = 512;
/** Passes start at the first size ≤ this reached by halving the requested resolution. */
export const COARSEST_PASS = 32;
const MAX_STEPS_RECORDED = 65535;

/** The resolutions of the passes, coarse to fine, ending at R. */
export function passResolutions(R: number): number[] {
  const out = [R];
  while (out[0] % 2 === 0 && out[0] > COARSEST_PASS) out.unshift(out[0] / 2);
  return out;
}

/** Throws an Error with one sentence when the request cannot run on these memories. */
export function validateBasinRequest(req: BasinRequest, memories: Patterns): void {
  const bad = validateModel(req.spec);
  if (bad) throw new Error(bad);
  const badSteps = validateMaxSteps(req.maxSteps);
  if (badSteps) throw new Error(badSteps);
  const R = req.resolution;
  if (!Number.isInteger(R) || R < MIN_RESOLUTION || R > MAX_RESOLUTION) {
    throw new Error(
      `resolution must be an integer from ${MIN_RESOLUTION} to ${MAX_RESOLUTION}, got ${R}`,
    );
  }
  if (req.mode !== 'async' && req.mode !== 'sync')
    throw new Error('mode must be "async" or "sync"');
  if (req.order !== 'sequential' && req.order !== 'random')
    throw new Error('order must be "sequential" or "random"');
  if (memories.count < 1) throw new Error('at least one memory is needed');
}

/** The starting states of a model on a plane, and how to run them. */
export type BasinSolver =
  | { kind: 'binary'; prober: BinaryProber }
  | {
      kind: 'softmax';
      prober: SoftmaxProber;
      beta: number;
      maxSteps: number;
      /** s₀ = Ξx₀ (into `s0`) and ‖x₀‖² of the point (x, y): O(K). */
      start(x: number, y: number, s0: Float64Array): number;
    };

/** The memories as the model sees them: signs for binary families, values for softmax. */
export function memoriesSeenBy(spec: ModelSpec, memories: Patterns): Patterns {
  return isBinaryEnergy(spec.energy) ? signPatterns(memories) : memories;
}

export function createSolver(req: BasinRequest, seen: Patterns, plane: Plane): BasinSolver {
  const { count: K, dim: N, data } = seen;
  if (isBinaryEnergy(req.spec.energy)) {
    const spec = req.spec as ModelSpec & { energy: BinaryEnergy };
    return { kind: 'binary', prober: createBinaryProber(spec, seen, req) };
  }
  const so = new Float64Array(K);
  const su = new Float64Array(K);
  const sv = new Float64Array(K);
  for (let mu = 0; mu < K; mu++) {
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < N; i++) {
      const x = data[mu * N + i];
      a += x * plane.origin[i];
      b += x * plane.u[i];
      c += x * plane.v[i];
    }
    so[mu] = a;
    su[mu] = b;
    sv[mu] = c;
  }
  let oo = 0;
  let uu = 0;
  let vv = 0;
  let ou = 0;
  let ov = 0;
  let uv = 0;
  for (let i = 0; i < N; i++) {
    const o = plane.origin[i];
    const u = plane.u[i];
    const v = plane.v[i];
    oo += o * o;
    uu += u * u;
    vv += v * v;
    ou += o * u;
    ov += o * v;
    uv += u * v;
  }
  return {
    kind: 'softmax',
    prober: createSoftmaxProber(req.spec.beta, seen, req.maxSteps),
    beta: req.spec.beta,
    maxSteps: req.maxSteps,
    start(x, y, s0) {
      for (let mu = 0; mu < K; mu++) s0[mu] = so[mu] + x * su[mu] + y * sv[mu];
      return oo + x * x * uu + y * y * vv + 2 * x * ou + 2 * y * ov + 2 * x * y * uv;
    },
  };
}

/** A chunk of cells of one pass, to compute and hand back through put(). */
export interface BasinCells {
  pass: number;
  resolution: number;
  /** Cell indices in this pass's grid (row-major, row 0 at y0). */
  index: Int32Array;
  x: Float64Array;
  y: Float64Array;
  /** Per-probe seeds (random update order). */
  seed: Uint32Array;
}

export interface BasinJob {
  readonly plane: Plane;
  readonly solver: BasinSolver;
  readonly resolutions: readonly number[];
  /** Cells computed so far, of R² in all. */
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
  /** The next up to `max` cells of the current pass; null when finished. */
  take(max: number): BasinCells | null;
  /** Stores their results; returns the pass when this completed it (arrays are fresh copies). */
  put(cells: BasinCells, results: ProbeResult[]): BasinPass | null;
  /** take + compute with the core + put, up to `max` cells; the passes completed on the way. */
  run(max: number): BasinPass[];
}

export interface BasinJobOptions {
  /** Clock for BasinPass.elapsedMs. */
  now?: () => number;
}

/** Computes one cell with the core. `scratch` holds reusable buffers. */
function solveCell(
  solver: BasinSolver,
  plane: Plane,
  x: number,
  y: number,
  seed: number,
  scratch: { sigma: Int8Array; s0: Float64Array },
): ProbeResult {
  if (solver.kind === 'softmax') {
    const xx0 = solver.start(x, y, scratch.s0);
    // The start itself, for the rare first step the Gram form cannot decide exactly.
    return solver.prober.run(scratch.s0, xx0, () => planePoint(plane, x, y));
  }
  const { origin, u, v } = plane;
  const sigma = scratch.sigma;
  // sign(origin + x·u + y·v), exact 0 → +1 (signState).
  for (let i = 0; i < sigma.length; i++) sigma[i] = origin[i] + x * u[i] + y * v[i] >= 0 ? 1 : -1;
  return solver.prober.run(sigma, seed);
}

export function createBasinJob(
  req: BasinRequest,
  memories: Patterns,
  opts: BasinJobOptions = {},
): BasinJob {
  validateBasinRequest(req, memories);
  const now = opts.now ?? (() => Date.now());
  const t0 = now();
  const seen = memoriesSeenBy(req.spec, memories);
  const plane = makePlane(req.plane, seen, req.cue);
  const solver = createSolver(req, seen, plane);
  const R = req.resolution;
  const resolutions = passResolutions(R);
  const total = R * R;
  let done = 0;
  let p = 0;
  let cursor = 0;
  let filled = 0;
  let outcome = new Int32Array(0);
  let steps = new Uint16Array(0);
  let energy = new Float64Array(0);
  let attractor = new Int32Array(0);
  // One registry for the whole job: a mixture or spurious state keeps its id in every pass.
  const registry = createAttractorRegistry();
  const N = memories.dim;
  const scratch = {
    sigma: new Int8Array(N),
    s0: new Float64Array(memories.count),
  };

  const reused = (r: number, idx: number) =>
    p > 0 && (idx % r) % 2 === 0 && Math.floor(idx / r) % 2 === 0;
  const newCells = (pass: number) => {
    const r = resolutions[pass];
    return pass === 0 ? r * r : r * r - (r / 2) * (r / 2);
  };

  const beginPass = () => {
    const r = resolutions[p];
    const o = new Int32Array(r * r);
    const s = new Uint16Array(r * r);
    const e = new Float64Array(r * r);
    const a = new Int32Array(r * r).fill(NO_ATTRACTOR);
    if (p > 0) {
      const h = r / 2;
      for (let j = 0; j < h; j++) {
        for (let i = 0; i < h; i++) {
          const src = j * h + i;
          const dst = 2 * j * r + 2 * i;
          o[dst] = outcome[src];
          s[dst] = steps[src];
          e[dst] = energy[src];
          a[dst] = attractor[src];
        }
      }
    }
    outcome = o;
    steps = s;
    energy = e;
    attractor = a;
    cursor = 0;
    filled = 0;
  };
  beginPass();

  const job: BasinJob = {
    plane,
    solver,
    resolutions,
    get done() {
      return done;
    },
    total,
    get finished() {
      return p >= resolutions.length;
    },
    take(max) {
      if (p >= resolutions.length) return null;
      const r = resolutions[p];
      const scale = R / r;
      const idx: number[] = [];
      while (cursor < r * r && idx.length < max) {
        if (!reused(r, cursor)) idx.push(cursor);
        cursor++;
      }
      if (idx.length === 0) return null;
      const cells: BasinCells = {
        pass: p,
        resolution: r,
        index: Int32Array.from(idx),
        x: new Float64Array(idx.length),
        y: new Float64Array(idx.length),
        seed: new Uint32Array(idx.length),
      };
      idx.forEach((c, t) => {
        const i = c % r;
        const j = Math.floor(c / r);
        const pt = gridPoint(plane, R, i * scale, j * scale);
        cells.x[t] = pt.x;
        cells.y[t] = pt.y;
        cells.seed[t] = mixSeed(req.seed, i * scale, j * scale);
      });
      return cells;
    },
    put(cells, results) {
      if (cells.pass !== p) throw new Error(`cells of pass ${cells.pass} put during pass ${p}`);
      for (let t = 0; t < results.length; t++) {
        const c = cells.index[t];
        outcome[c] = results[t].outcome;
        steps[c] = Math.min(results[t].steps, MAX_STEPS_RECORDED);
        energy[c] = results[t].energy;
        const end = results[t].end;
        attractor[c] = end ? registry.idOf(end) : NO_ATTRACTOR;
      }
      filled += results.length;
      done += results.length;
      if (filled < newCells(p)) return null;
      const pass: BasinPass = {
        resolution: resolutions[p],
        outcome: outcome.slice(),
        steps: steps.slice(),
        energy: energy.slice(),
        attractor: attractor.slice(),
        attractors: registry.list(),
        progress: done / total,
        plane: clonePlane(plane),
        elapsedMs: now() - t0,
      };
      p++;
      if (p < resolutions.length) beginPass();
      return pass;
    },
    run(max) {
      const passes: BasinPass[] = [];
      let left = max;
      while (left > 0 && !job.finished) {
        const cells = job.take(left);
        if (!cells) break;
        const results: ProbeResult[] = [];
        for (let t = 0; t < cells.index.length; t++) {
          results.push(solveCell(solver, plane, cells.x[t], cells.y[t], cells.seed[t], scratch));
        }
        left -= cells.index.length;
        const pass = job.put(cells, results);
        if (pass) passes.push(pass);
      }
      return passes;
    },
  };
  return job;
}

export function clonePlane(plane: Plane): Plane {
  return {
    origin: plane.origin.slice(),
    u: plane.u.slice(),
    v: plane.v.slice(),
    extent: { ...plane.extent },
    marks: plane.marks.map((m) => ({ ...m })),
  };
}

/** The whole map at once (tests, CLI): every pass in order. */
export function computeBasinMap(req: BasinRequest, memories: Patterns): BasinPass[] {
  const job = createBasinJob(req, memories);
  return job.run(Infinity);
}
