/**
 * The census's exports: JSON (the set-up, the same summary `dam census` prints, every state with
 * its class, basin and energy, and the classifiers and phase map when computed) and CSV (one row
 * per stable state; the classifiers' table; the phase map's cells).
 */
import { STATE_CLASSES, type StateDetail } from '../../../core/census/types';
import { classifierJson } from '../../../core/census/classify-census';
import { detailAt } from '../../../core/census/packed-details';
import { censusSummary } from '../../../core/census/summary';
import type { ShownCensus } from '../worker/api';
import type { CensusResults } from './results';

/** What the state matches, in words ("prototype of group 3", "+P1 −P4 +P7"). */
export const detailText = (d: StateDetail): string => {
  switch (d.cls) {
    case 'learned':
      return `example ${d.example + 1}`;
    case 'prototype':
      return `prototype of group ${d.group + 1}`;
    case 'inverted':
      return `inverse of ${d.of.kind} ${d.of.index + 1} (overlap ${d.overlap.toFixed(2)})`;
    case 'mixture':
      return d.components.map((c) => `${c.sign < 0 ? '−' : '+'}P${c.group + 1}`).join(' ');
    case 'spurious':
      return `nearest ${d.nearest.kind} ${d.nearest.index + 1} (overlap ${d.overlap.toFixed(2)})`;
  }
};

const overlapOf = (d: StateDetail): number => (d.cls === 'mixture' ? d.score : d.overlap);

export function statesOf(r: ShownCensus) {
  const total = r.probes.total - r.probes.unconverged - r.probes.uncatalogued;
  return Array.from({ length: r.states }, (_, s) => ({
    index: s,
    cls: STATE_CLASSES[r.cls[s]],
    hits: r.hits[s],
    share: total > 0 ? r.hits[s] / total : 0,
    fromRandom: r.hitsBySource[3 * s],
    fromExamples: r.hitsBySource[3 * s + 1],
    fromPrototypes: r.hitsBySource[3 * s + 2],
    energy: r.energy[s],
    sr: r.sr[s],
    matches: detailText(detailAt(r.packed, s)),
    overlap: overlapOf(detailAt(r.packed, s)),
  }));
}

export function censusJson(results: CensusResults): string | null {
  const r = results.census;
  if (!r) return null;
  const c = results.classify;
  return JSON.stringify(
    {
      kind: 'dam-census',
      version: 1,
      spec: r.spec,
      summary: censusSummary(r),
      states: statesOf(r),
      ...(c && c.train === r.spec
        ? {
            classifiers: { ...classifierJson(c.result, c.opts), testSpec: c.test },
          }
        : {}),
      ...(results.phase ? { phase: results.phase } : {}),
    },
    null,
    1,
  );
}

const cell = (v: string | number) =>
  typeof v === 'number'
    ? Number.isInteger(v)
      ? String(v)
      : v.toPrecision(6)
    : `"${v.replace(/"/g, '""')}"`;

export function statesCsv(r: ShownCensus): string {
  const rows = statesOf(r);
  const head =
    'index,class,hits,share,from_random,from_examples,from_prototypes,energy,sr,matches,overlap';
  const body = rows.map((s) =>
    [
      s.index + 1,
      s.cls,
      s.hits,
      s.share,
      s.fromRandom,
      s.fromExamples,
      s.fromPrototypes,
      s.energy,
      s.sr,
      s.matches,
      s.overlap,
    ]
      .map(cell)
      .join(','),
  );
  return [head, ...body].join('\n') + '\n';
}

export function classifiersCsv(results: CensusResults): string | null {
  const c = results.classify?.result;
  if (!c) return null;
  const head =
    'model,train_accuracy,train_balanced,test_accuracy,test_balanced,test_auc,tp,fp,tn,fn';
  const body = c.rows.map((m) =>
    [
      m.kind,
      m.train.accuracy,
      m.train.balancedAccuracy,
      m.test.accuracy,
      m.test.balancedAccuracy,
      m.auc ?? 'n/a',
      m.test.tp,
      m.test.fp,
      m.test.tn,
      m.test.fn,
    ]
      .map(cell)
      .join(','),
  );
  return [head, ...body].join('\n') + '\n';
}

export function phaseCsv(results: CensusResults): string | null {
  const p = results.phase;
  if (!p) return null;
  const head = 'E,p,stable,total,fraction,theory';
  const body = p.cells.map((c) =>
    [c.E, c.p, c.stable, c.total, c.total ? c.stable / c.total : 0, c.theory ?? 'n/a']
      .map(cell)
      .join(','),
  );
  return [head, ...body].join('\n') + '\n';
}
