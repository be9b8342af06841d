/**
 * The model "+ Add model" adds in compare mode: the next useful regime of the last lane's family
 * (n = 3 → 20 → 30 …, β = 0.05 → 1 → 8 …), else another family; never a copy of a lane there.
 */
import { DEFAULT_COMPARE } from '../../../store/compare-slice';
import { toSpec, usesN, type ModelChoice } from '../../../shell/model/model';

const N_LADDER = [3, 20, 30, 10, 40, 60, 5];
const BETA_LADDER = [0.05, 1, 8, 0.5, 100, 0.01];

/** Whether two choices define the same energy (classical is polynomial n = 2). */
export function sameModel(a: ModelChoice, b: ModelChoice): boolean {
  const x = toSpec(a);
  const y = toSpec(b);
  if (x.energy !== y.energy) return false;
  return x.energy === 'polynomial' || x.energy === 'rectified' ? x.n === y.n : x.beta === y.beta;
}

export function nextCompareModel(models: readonly ModelChoice[]): ModelChoice {
  const last = models[models.length - 1] ?? DEFAULT_COMPARE[0];
  const candidates: ModelChoice[] = [];
  if (last.energy === 'classical')
    for (const n of N_LADDER) candidates.push({ energy: 'polynomial', n, beta: last.beta });
  else if (usesN(last.energy)) for (const n of N_LADDER) candidates.push({ ...last, n });
  else for (const beta of BETA_LADDER) candidates.push({ ...last, beta });
  candidates.push(
    ...DEFAULT_COMPARE,
    { energy: 'rectified', n: 20, beta: 1 },
    { energy: 'exponential', n: 2, beta: 1 },
  );
  const fresh = candidates.find((c) => !models.some((m) => sameModel(m, c)));
  if (fresh) return fresh;
  // Every candidate is taken (only possible with many lanes): the first n nobody uses.
  let n = 2;
  while (models.some((m) => sameModel(m, { energy: 'polynomial', n, beta: 1 }))) n++;
  return { energy: 'polynomial', n, beta: 1 };
}
