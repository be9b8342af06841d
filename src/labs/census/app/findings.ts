/**
 * Where our measurement agrees with McAlister, Robins & Szymanski (models.md §8.1) and where it
 * departs, in sentences built from the numbers shown — never from the paper's claims alone.
 */
import type { ShownCensus } from '../worker/api';
import type { CensusResults } from './results';

export interface Finding {
  claim: string;
  measured: string;
  verdict: 'agrees' | 'departs' | 'open';
}

const f3 = (x: number) => x.toFixed(3);

function srFindings(r: ShownCensus): Finding[] {
  const spur = r.byClass.spurious.sr;
  const ref = [r.byClass.learned.sr, r.byClass.prototype.sr].filter((s) => s !== null);
  const out: Finding[] = [];
  const claim =
    'The stability ratio is markedly smaller for spurious states than for learned ones (here: learned and prototype states).';
  if (!spur || ref.length === 0) {
    out.push({
      claim,
      measured: `This census has ${r.byClass.spurious.states} spurious, ${r.byClass.learned.states} learned and ${r.byClass.prototype.states} prototype states: nothing to compare.`,
      verdict: 'open',
    });
  } else {
    const lo = Math.min(...ref.map((s) => s!.mean));
    out.push({
      claim,
      measured: `Mean SR: spurious ${f3(spur.mean)} (±${f3(spur.std)}), ${r.byClass.learned.sr ? `learned ${f3(r.byClass.learned.sr.mean)}` : 'no learned state'}, ${r.byClass.prototype.sr ? `prototype ${f3(r.byClass.prototype.sr.mean)}` : 'no prototype state'}.`,
      verdict: spur.mean < lo ? 'agrees' : 'departs',
    });
  }
  if (r.srAucRest !== null)
    out.push({
      claim: 'SR alone does not separate every spurious state from the rest.',
      measured: `ROC AUC of SR, spurious against every other class: ${f3(r.srAucRest)}${r.srAuc !== null ? `; against prototypes only: ${f3(r.srAuc)}` : ''}.`,
      verdict: r.srAucRest < 0.999 ? 'agrees' : 'departs',
    });
  const mixed = r.srRocs.mixtures?.auc ?? null;
  if (mixed !== null && r.byClass.mixture.states > 0)
    out.push({
      claim:
        'With the paper’s three classes (mixtures count as spurious), SR still leaves spurious states unseparated.',
      measured:
        `ROC AUC of SR, spurious and mixture states against the rest: ${f3(mixed)}.` +
        (r.srAucRest !== null && mixed > r.srAucRest + 0.05
          ? ' Most of what SR misses above are the mixtures: their SR is as low as the spurious states’.'
          : ''),
      verdict: mixed < 0.95 ? 'agrees' : 'departs',
    });
  return out;
}

function modelFindings(results: CensusResults): Finding[] {
  const c = results.classify;
  if (!c || c.train !== results.census?.spec) return [];
  const rows = c.result.rows;
  const sr = rows.find((m) => m.kind === 'sr');
  const best = rows
    .filter((m) => m.kind !== 'sr')
    .reduce((a, b) => (b.test.balancedAccuracy > a.test.balancedAccuracy ? b : a), rows[1]);
  if (!sr || !best) return [];
  const onWhat = c.result.split === 'split' ? 'a held-out part of the same census' : 'another task';
  return [
    {
      claim:
        c.result.split === 'split'
          ? 'Simple models on the energy profile beat the stability ratio.'
          : 'The models generalise across networks with other P, p or E.',
      measured: `Balanced test accuracy on ${onWhat} (${c.result.test.rows} states, ${c.result.test.spurious} spurious): SR threshold ${f3(sr.test.balancedAccuracy)}, best model (${best.kind}) ${f3(best.test.balancedAccuracy)}.`,
      verdict: best.test.balancedAccuracy > sr.test.balancedAccuracy ? 'agrees' : 'departs',
    },
  ];
}

export function findings(results: CensusResults): Finding[] {
  const r = results.census;
  if (!r) return [];
  return [...srFindings(r), ...modelFindings(results)];
}
