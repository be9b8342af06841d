/**
 * The independent oracle (reference-dam.ts) for the engine's parity table, row by row: one
 * synchronous step (binaryStep), one softmax update (softmaxStep) or a synchronous run to
 * convergence (retrieve, binary energies: the oracle settles softmax runs at 1e-9, not at the
 * float32 tolerance, so softmax retrieval has no oracle). Node only: the engine may not import it.
 */
import type { ParityCase, ParityInputs } from '../engine/parity/cases';
import type { OracleOutput } from '../engine/parity/run-case';
import { referenceRun } from './reference-dam';

const cache = new Map<string, OracleOutput | null>();

function rowsOf(p: { count: number; dim: number; data: ArrayLike<number> }): number[][] {
  return Array.from({ length: p.count }, (_, b) =>
    Array.from({ length: p.dim }, (_, i) => p.data[b * p.dim + i]),
  );
}

/** What the oracle says for `c` (memoised by case name: every backend compares with it). */
export function parityOracle(c: ParityCase, x: ParityInputs): OracleOutput | null {
  if (cache.has(c.name)) return cache.get(c.name)!;
  let out: OracleOutput | null = null;
  const retrieving = c.fn === 'retrieve';
  if (c.fn !== 'energy' && !(retrieving && c.spec.energy === 'softmax')) {
    const memories = rowsOf(x.memories);
    const runs = rowsOf(x.states).map((state) =>
      referenceRun({
        ...c.spec,
        memories,
        state: c.spec.energy === 'softmax' ? state : state.map((v) => (v > 0 ? 1 : -1)),
        mode: 'sync',
        maxSteps: retrieving ? (c.maxSteps ?? 30) : 1,
      }),
    );
    out = { finals: runs.map((r) => r.final) };
    if (retrieving) {
      out.steps = runs.map((r) => r.steps);
      out.converged = runs.map((r) => r.converged);
    }
  }
  cache.set(c.name, out);
  return out;
}
