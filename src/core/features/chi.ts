/**
 * Seeded draws from the chi distribution with k degrees of freedom (the norm of a standard normal
 * vector in R^k) in O(1) per draw: χ_k = √(2G), G ~ Gamma(k/2, 1), G drawn by Marsaglia and
 * Tsang's squeeze method (2000) for shape a ≥ 1; for k = 1, χ_1 = |N(0, 1)|.
 */
import type { Rng } from '../util/random';

function gamma(rng: Rng, a: number): number {
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    let u = rng.next();
    while (u === 0) u = rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** One draw of χ_k, k an integer ≥ 1. */
export function sampleChi(rng: Rng, k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new Error(`chi: k must be an integer ≥ 1, got ${k}`);
  if (k === 1) return Math.abs(rng.normal());
  return Math.sqrt(2 * gamma(rng, k / 2));
}
