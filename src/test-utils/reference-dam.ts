/**
 * An independent, deliberately naive implementation of the DAM dynamics, for tests only.
 * It shares no code with src/core: every neuron update recomputes both candidate energies from
 * scratch, exactly (BigInt) for the polynomial families and by comparing log-sum-exps for the
 * exponential. Slow (O(N·K) per neuron) and obviously right.
 */

export interface RefCase {
  energy: 'polynomial' | 'rectified' | 'exponential' | 'softmax';
  n: number;
  beta: number;
  memories: number[][];
  state: number[];
  mode: 'async' | 'sync';
  maxSteps: number;
}

function bigF(rectified: boolean, n: number, x: number): bigint {
  if (rectified && x <= 0) return 0n;
  return BigInt(x) ** BigInt(n);
}

function logSumExp(values: number[]): number {
  const m = Math.max(...values);
  return m + Math.log(values.reduce((acc, v) => acc + Math.exp(v - m), 0));
}

/** +1, −1 or 0: which value of σ_i gives the lower energy (0 = equal). */
function preferred(c: RefCase, sigma: number[], i: number): number {
  const withValue = (v: number) =>
    c.memories.map((xi) => xi.reduce((acc, x, j) => acc + x * (j === i ? v : sigma[j]), 0));
  const plus = withValue(1);
  const minus = withValue(-1);
  if (c.energy === 'exponential') {
    const a = logSumExp(plus.map((s) => c.beta * s));
    const b = logSumExp(minus.map((s) => c.beta * s));
    return a > b ? 1 : a < b ? -1 : 0;
  }
  const rect = c.energy === 'rectified';
  const ePlus = plus.reduce((acc, s) => acc - bigF(rect, c.n, s), 0n);
  const eMinus = minus.reduce((acc, s) => acc - bigF(rect, c.n, s), 0n);
  return ePlus < eMinus ? 1 : ePlus > eMinus ? -1 : 0;
}

/**
 * Ramsauer's update x ← Ξᵀ softmax(βΞx), written out plainly; settled at the first step with
 * ‖x' − x‖₂ ≤ 1e-9·max(1, max|ξ|) (Euclidean norm of the step, as the app's one softmax test).
 */
function softmaxRun(c: RefCase): { final: number[]; steps: number; converged: boolean } {
  let x = [...c.state];
  let steps = 0;
  const tol = 1e-9 * Math.max(1, ...c.memories.flat().map(Math.abs));
  for (let t = 0; t < c.maxSteps; t++) {
    const s = c.memories.map((xi) => xi.reduce((acc, v, j) => acc + v * x[j], 0));
    const m = Math.max(...s);
    const w = s.map((v) => Math.exp(c.beta * (v - m)));
    const z = w.reduce((a, b) => a + b, 0);
    const next = x.map((_, j) => c.memories.reduce((acc, xi, mu) => acc + (w[mu] / z) * xi[j], 0));
    const moved = Math.hypot(...next.map((v, j) => v - x[j]));
    x = next;
    steps++;
    if (moved <= tol) return { final: x, steps, converged: true };
  }
  return { final: x, steps, converged: false };
}

/** Sequential-order asynchronous sweeps, or synchronous steps; tie keeps the value. */
export function referenceRun(c: RefCase): { final: number[]; steps: number; converged: boolean } {
  if (c.energy === 'softmax') return softmaxRun(c);
  const sigma = [...c.state];
  for (let step = 1; step <= c.maxSteps; step++) {
    let changed = 0;
    if (c.mode === 'async') {
      for (let i = 0; i < sigma.length; i++) {
        const p = preferred(c, sigma, i);
        if (p !== 0 && p !== sigma[i]) {
          sigma[i] = p;
          changed++;
        }
      }
    } else {
      const next = sigma.map((v, i) => {
        const p = preferred(c, sigma, i);
        return p === 0 ? v : p;
      });
      changed = next.filter((v, i) => v !== sigma[i]).length;
      sigma.splice(0, sigma.length, ...next);
    }
    if (changed === 0) return { final: sigma, steps: step, converged: true };
  }
  return { final: sigma, steps: c.maxSteps, converged: false };
}
