/**
 * Asynchronous single-unit sign dynamics to a fixed point: each sweep visits the units in a fresh
 * seeded random order and flips a unit only when that lowers the energy strictly (σ_i h_i < 0,
 * decided exactly; a tie keeps the state). A sweep without a flip ends it; the energy never rises.
 */
import type { Rng } from '../util/random';
import { fieldSign, flipUnit, loadField } from './field';
import type { Network } from './network';

export const MAX_SWEEPS = 200;

/** Reusable buffers of one network's relaxations. */
export interface RelaxScratch {
  acc: Int32Array;
  order: Int32Array;
}

export function relaxScratch(net: Network): RelaxScratch {
  return {
    acc: new Int32Array(net.kind === 'hebbian' ? net.N : net.K),
    order: new Int32Array(net.N),
  };
}

/** Fisher–Yates into `order` with the seeded generator. */
function shuffle(order: Int32Array, rng: Rng): void {
  const n = order.length;
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * Relaxes `state` in place. sweeps: sweeps run, the last (flip-free) one included.
 * converged: false when MAX_SWEEPS sweeps all flipped some unit.
 */
export function relax(
  net: Network,
  state: Int8Array,
  rng: Rng,
  scratch: RelaxScratch = relaxScratch(net),
): { sweeps: number; converged: boolean } {
  const { acc, order } = scratch;
  loadField(net, state, acc);
  for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
    shuffle(order, rng);
    let flips = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (state[i] * fieldSign(net, state, acc, i) < 0) {
        flipUnit(net, state, acc, i);
        flips++;
      }
    }
    if (flips === 0) return { sweeps: sweep, converged: true };
  }
  return { sweeps: MAX_SWEEPS, converged: false };
}
