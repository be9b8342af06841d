/**
 * Hand-made point lines, for the chart goldens and the unit tests: a point whose K_max and
 * curve follow a given median (a logistic in log K), with plain statistics. Formulas only: no
 * clock, no randomness, so every render of them is the same picture.
 */
import { DEFAULT_POINT } from '../../../core/capacity/presets';
import type { CurvePoint, PointLine } from '../../../core/capacity/types';

export interface SampleOptions {
  index: number;
  series: string;
  N: number;
  n?: number;
  rho?: number;
  dH?: number;
  median: number;
  trials?: number;
  criterion?: PointLine['spec']['criterion']['kind'];
  censored?: number;
}

/** P(success) at K for a curve whose crossing of ½ is `k50` (width 0.25 in ln K). */
const logistic = (K: number, k50: number) =>
  1 / (1 + Math.exp((Math.log(K) - Math.log(k50)) / 0.25));

export function sampleLine(o: SampleOptions): PointLine {
  const trials = o.trials ?? 20;
  const data = {
    ...DEFAULT_POINT.data,
    N: o.N,
    rho: o.rho ?? 0,
    dH: o.dH ?? 0,
    ...(o.dH !== undefined ? { kind: 'separated' as const, base: 'correlated' as const } : {}),
  };
  const spec = {
    ...DEFAULT_POINT,
    data,
    model: { energy: 'polynomial' as const, n: o.n ?? 3, beta: 1 },
    criterion: { ...DEFAULT_POINT.criterion, kind: o.criterion ?? 'fixed' },
    trials,
  };
  const spread = [0.8, 0.9, 1, 1.1, 1.25];
  const kMaxTrials = Array.from({ length: trials }, (_, t) =>
    Math.max(1, Math.round(o.median * spread[t % spread.length])),
  );
  const curve: CurvePoint[] = [];
  for (let K = 1; K <= o.median * 3; K = Math.max(K + 1, Math.round(K * 1.3))) {
    const p = logistic(K, o.median * 1.05);
    const s = Math.round(p * trials);
    const half = 1.96 * Math.sqrt((p * (1 - p) + 0.25 / trials) / trials);
    curve.push({
      K,
      pSuccess: s / trials,
      lo: Math.max(0, s / trials - half),
      hi: Math.min(1, s / trials + half),
      trials,
    });
  }
  const hist = Array.from({ length: 16 }, (_, i) =>
    Math.round(400 * Math.exp(-(((i - 8) / 2.2) ** 2))),
  );
  return {
    index: o.index,
    series: o.series,
    spec,
    kMaxTrials,
    kMax: { median: o.median, q1: o.median * 0.9, q3: o.median * 1.1 },
    censored: o.censored ?? 0,
    k50: o.median * 1.05,
    curve,
    pool: {
      reached: Array.from({ length: trials }, () => Math.round(o.median * 3)),
      gaveUp: false,
    },
    stats: {
      count: 64,
      meanAbsCorr: 0.02 + (o.rho ?? 0) * 0.3,
      minHamming: Math.max(o.dH ?? 0, Math.round(o.N * 0.3)),
      meanHamming: o.N / 2,
      hist,
      binWidth: Math.max(1, Math.ceil(o.N / 16)),
    },
    search: 'scan',
  };
}

/** The scaling figure's shape: K_max ≈ N^(n−1)/(2(2n−3)!! ln N) with a few per cent off. */
export function scalingSample(): PointLine[] {
  const out: PointLine[] = [];
  const df = [1, 1, 3, 15];
  for (const n of [2, 3, 4]) {
    for (const N of n === 4 ? [32, 45, 64] : [32, 45, 64, 91, 128]) {
      const median = Math.round((0.6 * N ** (n - 1)) / (2 * df[n - 1] * Math.log(N)) + 2);
      out.push(sampleLine({ index: out.length, series: `n = ${n}`, N, n, median }));
    }
  }
  return out;
}

/** The separation figure's shape: ln K_max linear in d_H, lower for ρ = 0.5. */
export function separationSample(): PointLine[] {
  const out: PointLine[] = [];
  for (const n of [3, 4]) {
    for (const rho of [0, 0.5]) {
      for (const dH of [0, 8, 12, 16, 20]) {
        const median = Math.round(Math.exp(3 + (n - 3) * 1.5 + 0.06 * dH - rho * 0.9));
        out.push(
          sampleLine({
            index: out.length,
            series: `n = ${n}`,
            N: 64,
            n,
            rho,
            dH,
            median,
            trials: 10,
          }),
        );
      }
    }
  }
  return out;
}
