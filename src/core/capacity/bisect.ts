/**
 * The 'bisect' search for the dynamical criteria (retrieve, softmax), whose check at one K costs a
 * run of the dynamics from every stored pattern: K = 1, 2, 4, … until the criterion fails, then
 * bisection between the last K that held and the first that failed. Every check is cached, and
 * the curve's grid points up to 2·K_max + 2 are measured directly afterwards.
 */
import type { TrialCurve } from './curve';

export interface BisectResult {
  kMax: number;
  censored: boolean;
  curve: TrialCurve;
}

/**
 * @param holds whether the criterion holds at K
 * @param reach grows the pool towards K; returns min(K, the patterns there are)
 * @param kCap the largest K to try
 */
export async function bisectSearch(
  holds: (K: number) => Promise<boolean>,
  reach: (K: number) => Promise<number>,
  kCap: number,
  grid: readonly number[],
): Promise<BisectResult> {
  const seen = new Map<number, boolean>();
  const check = async (K: number) => {
    let v = seen.get(K);
    if (v === undefined) {
      v = await holds(K);
      seen.set(K, v);
    }
    return v;
  };
  let lastOk = 0;
  let firstFail = 0;
  let censored = false;
  let K = 1;
  for (;;) {
    const avail = await reach(K);
    if (avail < K) {
      // The pool ran out below K: try what there is once, then the result is a lower bound.
      if (avail > lastOk) {
        K = avail;
        continue;
      }
      censored = true;
      break;
    }
    if (!(await check(K))) {
      firstFail = K;
      break;
    }
    lastOk = K;
    if (K >= kCap) {
      censored = true;
      break;
    }
    K = Math.min(2 * K, kCap);
  }
  if (firstFail > 0) {
    let lo = lastOk;
    let hi = firstFail;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await check(mid)) lo = mid;
      else hi = mid;
    }
    lastOk = lo;
  }
  const end = await reach(Math.min(kCap, 2 * lastOk + 2));
  for (const g of grid) if (g <= end) await check(g);
  return { kMax: lastOk, censored, curve: { holds: (k) => seen.get(k), end } };
}
