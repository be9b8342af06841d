/**
 * The hidden-neuron view's exports: CSV per step (the two energies and the distance), CSV per
 * frame (the hidden outputs f_μ), and JSON (the set-up, which reproduces the run, and the run:
 * both energies, the distance, the rises, the frames' hidden outputs, the final state).
 */
import type { HiddenShown } from '../worker/api';

const cell = (x: number) => (Number.isFinite(x) ? String(x) : '');

export function stepsCsv(s: HiddenShown): string {
  const { energy, effective, distance } = s.run;
  const rows = ['step,t,energy,effective_energy,distance'];
  for (let k = 0; k < energy.length; k++)
    rows.push(
      [k, k * s.setup.dt, energy[k], effective[k], distance[k]].map((x) => cell(x)).join(','),
    );
  return rows.join('\n') + '\n';
}

export function framesCsv(s: HiddenShown): string {
  const head = ['step', 't', ...s.labels.map((d, m) => `f_${m}_digit${d}`)];
  const rows = [head.join(',')];
  for (const fr of s.run.frames) rows.push([fr.step, fr.t, ...fr.f].map((x) => cell(x)).join(','));
  return rows.join('\n') + '\n';
}

export function hiddenJson(s: HiddenShown): string {
  const r = s.run;
  return JSON.stringify(
    {
      kind: 'dam-bodies-hidden',
      setup: s.setup,
      memories: { K: s.K, rows: s.rows, cols: s.cols, labels: s.labels, norm: 'unit' },
      run: {
        spec: r.spec,
        energy: Array.from(r.energy),
        effective: Array.from(r.effective),
        distance: Array.from(r.distance),
        rises: r.rises,
        suggestedDt: r.suggestedDt ?? null,
        frames: r.frames.map((fr) => ({ step: fr.step, t: fr.t, f: Array.from(fr.f) })),
        final: { v: Array.from(r.final.v), h: Array.from(r.final.h) },
      },
      ms: s.ms,
      note: 'The frames carry the hidden outputs f; the set-up (seeded) reproduces every visible state.',
    },
    null,
    1,
  );
}
