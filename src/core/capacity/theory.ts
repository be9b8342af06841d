/**
 * Theory lines for K_max against N (models.md §1, §2.3, §3, §11), each with its source. They are
 * asymptotic statements with O(1) constants that depend on the criterion, so the lab draws them
 * beside the measurement, never fitted to it.
 */
import type { ModelSpec } from '../dynamics/types';
import type { CriterionSpec } from './types';

export interface TheoryLine {
  id: string;
  label: string;
  source: string;
  value(N: number): number;
}

/** (2n − 3)!! = 1·3·5···(2n − 3), exact in float64 far beyond n = 60 (≈ 1e96). */
export function doubleFactorialOdd(n: number): number {
  let p = 1;
  for (let k = 2 * n - 3; k > 1; k -= 2) p *= k;
  return p;
}

const classicalNoError: TheoryLine = {
  id: 'classical-each',
  label: 'N / (2 ln N)',
  source: 'each pattern stable, classical (McEliece et al. 1987)',
  value: (N) => N / (2 * Math.log(N)),
};
const classicalAll: TheoryLine = {
  id: 'classical-all',
  label: 'N / (4 ln N)',
  source: 'all patterns stable at once, classical (McEliece et al. 1987)',
  value: (N) => N / (4 * Math.log(N)),
};
const ags: TheoryLine = {
  id: 'ags',
  label: '0.138 N',
  source: 'retrieval with a few errors, classical (Amit, Gutfreund & Sompolinsky 1985)',
  value: (N) => 0.138 * N,
};

function krotovHopfield(n: number): TheoryLine {
  const df = doubleFactorialOdd(n);
  return {
    id: `kh-eq6-n${n}`,
    label: `N^${n - 1} / (2·${df}·ln N)`,
    source: `no-error capacity, power n = ${n} (Krotov & Hopfield 2016, eq. 6)`,
    value: (N) => N ** (n - 1) / (2 * df * Math.log(N)),
  };
}

const exponentialBound: TheoryLine = {
  id: 'exp-bound',
  label: '2^(N/2)',
  source: 'exponential energy, upper scale (Demircigil et al. 2017)',
  value: (N) => 2 ** (N / 2),
};

/** The lines that speak about this model under this criterion. */
export function theoryFor(model: ModelSpec, criterion: CriterionSpec): TheoryLine[] {
  if (model.energy === 'softmax') return [];
  if (model.energy === 'exponential') return [exponentialBound];
  const lines: TheoryLine[] = [];
  if (model.n === 2) {
    if (criterion.kind === 'retrieve' || criterion.kind === 'bits') lines.push(ags);
    lines.push(classicalNoError);
    if (criterion.kind === 'fixed') lines.push(classicalAll);
    return lines;
  }
  return [krotovHopfield(model.n)];
}
