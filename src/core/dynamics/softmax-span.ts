/**
 * The softmax iteration of softmax-iteration.ts (Ramsauer et al. 2020, models.md §4) in the span
 * of the memories, for the basin probes (platform.md, "Softmax dynamics live in the span of the
 * memories"):
 *
 *   update:  after one update x = Ξᵀc (c = softmax weights, Σc = 1), so Ξx = Gc with the K×K
 *            Gram matrix G = ΞΞᵀ, and c ← softmax(β G c) costs O(K²) instead of O(KN);
 *   energy:  E = −lse(β, Gc) + ½ cᵀGc + β⁻¹ log K + ½ M² (the same energy, in coefficients);
 *   settled: the same test as the N-dimensional path, softmaxSettled(‖Δx‖₂², tolAbs) with
 *            tolAbs = softmaxTolerance(memories, tol), where
 *              first update (from x₀ off the span): ‖x₁ − x₀‖² = ‖x₀‖² + cᵀGc − 2cᵀΞx₀,
 *              later updates:                      ‖Δx‖² = ΔcᵀGΔc.
 *
 * Both forms evaluate the same ‖Δx‖₂² up to rounding; where rounding could flip the decision
 * (the value lies within its error bound of tolAbs²) the span form recomputes it the accurate
 * way: ΔcᵀGΔc with a second K×K product, and for the first update ‖Ξᵀc − x₀‖² in N dimensions
 * when the caller can supply x₀ (its cancellation formula is only good to ~(N + K)·2⁻⁵³·‖x₀‖²).
 */
import { softmax } from './softmax';
import { SOFTMAX_TOL, softmaxTolerance } from './softmax-iteration';
import type { Patterns } from './types';

const EPS = 2 ** -52;

/** The Gram matrix G = ΞΞᵀ (K×K, float64). */
export function gramMatrix(memories: Patterns): Float64Array {
  const { count: K, dim: N, data } = memories;
  const g = new Float64Array(K * K);
  for (let a = 0; a < K; a++) {
    for (let b = a; b < K; b++) {
      let s = 0;
      for (let i = 0; i < N; i++) s += data[a * N + i] * data[b * N + i];
      g[a * K + b] = s;
      g[b * K + a] = s;
    }
  }
  return g;
}

export interface SoftmaxSpan {
  readonly count: number;
  readonly gram: Float64Array;
  /** The absolute tolerance of softmaxSettled (softmaxTolerance of the memories). */
  readonly tolAbs: number;
  /** Coefficients c of the current state x = Ξᵀc (valid after enter). */
  readonly c: Float64Array;
  /** Its similarities Ξx = Gc. */
  readonly s: Float64Array;
  /**
   * The first update, from a state x₀ given by s₀ = Ξx₀ and ‖x₀‖²: c = softmax(βs₀). Returns
   * ‖x₁ − x₀‖²; `x0`, when given, is asked for only if rounding could decide the test.
   */
  enter(s0: ArrayLike<number>, xx0: number, x0?: () => ArrayLike<number>): number;
  /** One more update inside the span; returns ‖Δx‖² = ΔcᵀGΔc. */
  step(): number;
}

/** G·coef into out. */
function gramTimes(G: Float64Array, K: number, coef: ArrayLike<number>, out: Float64Array): void {
  for (let a = 0; a < K; a++) {
    let acc = 0;
    const row = a * K;
    for (let b = 0; b < K; b++) acc += G[row + b] * coef[b];
    out[a] = acc;
  }
}

export function createSoftmaxSpan(
  memories: Patterns,
  beta: number,
  tol: number = SOFTMAX_TOL,
  gram: Float64Array = gramMatrix(memories),
): SoftmaxSpan {
  const { count: K, dim: N, data } = memories;
  const G = gram;
  const tolAbs = softmaxTolerance(memories, tol);
  const tol2 = tolAbs * tolAbs;
  let gMax = 0; // max |G_ab| = max G_aa (Cauchy–Schwarz)
  for (let a = 0; a < K; a++) gMax = Math.max(gMax, G[a * K + a]);
  // Rounding of one K-term product with G, and of the first update's cancellation formula
  // (whose inputs s₀ and ‖x₀‖² already carry N-term rounding), relative to their magnitudes.
  const productSlack = 4 * (K + 4) * EPS;
  const enterSlack = 8 * (N + K + 8) * EPS;
  const c = new Float64Array(K);
  const s = new Float64Array(K);
  const next = new Float64Array(K);
  const dc = new Float64Array(K);
  const gd = new Float64Array(K);
  const nearBoundary = (value: number, bound: number) => Math.abs(value - tol2) <= bound;

  /** ‖Ξᵀc − x₀‖², summed as softmaxStep sums it. */
  const exactFirst = (x0: ArrayLike<number>): number => {
    const x1 = new Float64Array(N);
    for (let mu = 0; mu < K; mu++) {
      const w = c[mu];
      if (w === 0) continue;
      const row = mu * N;
      for (let i = 0; i < N; i++) x1[i] += w * data[row + i];
    }
    let sq = 0;
    for (let i = 0; i < N; i++) {
      const d = x1[i] - x0[i];
      sq += d * d;
    }
    return sq;
  };

  return {
    count: K,
    gram: G,
    tolAbs,
    c,
    s,
    enter(s0, xx0, x0) {
      softmax(beta, s0, c);
      gramTimes(G, K, c, s);
      let cs = 0;
      let cs0 = 0;
      let scale = Math.abs(xx0);
      for (let a = 0; a < K; a++) {
        cs += c[a] * s[a];
        cs0 += c[a] * s0[a];
        scale += c[a] * (Math.abs(s[a]) + 2 * Math.abs(s0[a]));
      }
      const moved2 = xx0 + cs - 2 * cs0;
      if (x0 && nearBoundary(moved2, enterSlack * scale)) return exactFirst(x0());
      return Math.max(0, moved2);
    },
    step() {
      softmax(beta, s, next);
      let l1 = 0;
      for (let a = 0; a < K; a++) {
        dc[a] = next[a] - c[a];
        l1 += Math.abs(dc[a]);
      }
      c.set(next);
      gramTimes(G, K, c, next); // next := Gc, the new similarities
      let d2 = 0;
      let mag = 0;
      for (let a = 0; a < K; a++) {
        const t = dc[a] * (next[a] - s[a]);
        d2 += t;
        mag += Math.abs(t);
      }
      s.set(next);
      // Gc_new − Gc_old carries ~K·2⁻⁵³·gMax of rounding per entry; near the tolerance, take
      // ΔcᵀGΔc from its own product instead.
      if (nearBoundary(d2, productSlack * (gMax * l1 + mag))) {
        gramTimes(G, K, dc, gd);
        d2 = 0;
        for (let a = 0; a < K; a++) d2 += dc[a] * gd[a];
      }
      return Math.max(0, d2);
    },
  };
}
