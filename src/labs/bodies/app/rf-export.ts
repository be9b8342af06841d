/**
 * The random-features view as files: the error-against-Y table and the toy's trajectories as
 * CSV, and everything with the set-up as JSON (typed arrays written as plain lists).
 */
import type { FeaturesPoint } from '../../../core/features/experiment-types';
import type { RfResults } from './rf-controller';
import type { FeaturesSetup } from './rf-setup';

const cell = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : String(v));

export function curveCsv(points: readonly FeaturesPoint[]): string {
  const head = 'beta,Y,query,energy_mae,energy_sem,grad_mae,retrieval_hamming,retrieval_agree';
  const rows = points.map((p) =>
    [
      p.beta,
      p.Y,
      p.query,
      p.energyMAE,
      p.energySEM,
      p.gradMAE,
      p.retrievalHamming,
      p.retrievalAgree,
    ]
      .map((v) => (typeof v === 'string' ? v : cell(v)))
      .join(','),
  );
  return [head, ...rows].join('\n') + '\n';
}

/** One row per recorded frame: step, both energies, the distance, both states (D = 2). */
export function trajectoriesCsv(r: RfResults): string | null {
  const t = r.toy;
  if (!t) return null;
  const head =
    'step,energy_exact,energy_distributed,distance,x_exact,y_exact,x_distributed,y_distributed';
  const n = Math.min(t.exact.energy.length, t.distributed.energy.length);
  const rows = Array.from({ length: n }, (_, k) =>
    [
      Math.min(k * t.every, Number.MAX_SAFE_INTEGER),
      t.exact.energy[k],
      t.distributed.energy[k],
      t.distance[k],
      t.exact.states[2 * k],
      t.exact.states[2 * k + 1],
      t.distributed.states[2 * k],
      t.distributed.states[2 * k + 1],
    ]
      .map(cell)
      .join(','),
  );
  return [head, ...rows].join('\n') + '\n';
}

const plain = (_k: string, v: unknown) =>
  v instanceof Float64Array || v instanceof Float32Array || v instanceof Uint8Array
    ? Array.from(v)
    : v;

export function featuresJson(setup: FeaturesSetup, r: RfResults): string {
  return JSON.stringify(
    {
      kind: 'dam-bodies-features',
      version: 1,
      setup,
      toy: r.toy,
      curve: r.curve?.result ?? null,
      mnist: r.mnist,
    },
    plain,
    1,
  );
}
