/**
 * Edits of the capacity set-up (a grid: a base point and its series), as pure functions the
 * controls call. They keep the set-up coherent: the softmax energy goes with the softmax
 * criterion and only with it; "classical" is the polynomial energy at n = 2 everywhere; a
 * series' own model keeps only the fields that differ from the base.
 */
import type {
  CriterionKind,
  DataSpec,
  GridSpec,
  PointPatch,
  PointSpec,
  SeriesSpec,
  SweepKey,
} from '../../../core/capacity/types';
import type { EnergyKind, ModelSpec } from '../../../core/dynamics/types';
import { errorMessage } from '../../../core/util/error-message';
import { CAPACITY_LIMITS, parseGrid } from '../../../schema/capacity';

export { CAPACITY_LIMITS };

/** Why the schema refuses the set-up (one sentence naming the field), or null. */
export function setupProblem(grid: GridSpec): string | null {
  try {
    parseGrid(grid);
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}

/** What the energy control shows: the model families, classical apart. */
export type Family = 'classical' | EnergyKind;

export const FAMILIES: readonly { value: Family; label: string }[] = [
  { value: 'classical', label: 'Classical (polynomial n = 2)' },
  { value: 'polynomial', label: 'Polynomial xⁿ' },
  { value: 'rectified', label: 'Rectified polynomial max(x, 0)ⁿ' },
  { value: 'exponential', label: 'Exponential exp(βx)' },
  { value: 'softmax', label: 'Softmax (continuous)' },
];

/** The model of series `i` (its patch over the base). */
export const seriesModel = (grid: GridSpec, i: number): ModelSpec => ({
  ...grid.base.model,
  ...grid.series[i]?.set?.model,
});

export const usesPower = (energy: EnergyKind) => energy === 'polynomial' || energy === 'rectified';

/** Classical when the energy is polynomial and every point has n = 2. */
export function familyOf(grid: GridSpec): Family {
  const { energy } = grid.base.model;
  if (energy !== 'polynomial') return energy;
  const all = grid.series.every(
    (s, i) => seriesModel(grid, i).n === 2 && (s.sweep.n ?? [2]).every((n) => n === 2),
  );
  return all && grid.series.length > 0 ? 'classical' : 'polynomial';
}

/** Sets a series' fields, dropping patch parts that are left empty. */
function withSeries(grid: GridSpec, i: number, series: SeriesSpec): GridSpec {
  return { ...grid, series: grid.series.map((s, j) => (j === i ? series : s)) };
}

function withoutModelKeys(s: SeriesSpec, keys: readonly (keyof ModelSpec)[]): SeriesSpec {
  const model: Partial<ModelSpec> = { ...s.set?.model };
  for (const k of keys) delete model[k];
  const rest: PointPatch = { ...s.set };
  delete rest.model;
  const set: PointPatch = Object.keys(model).length ? { ...rest, model } : rest;
  return Object.keys(set).length ? { ...s, set } : { label: s.label, sweep: s.sweep };
}

function withoutSweep(s: SeriesSpec, key: SweepKey): SeriesSpec {
  const sweep = { ...s.sweep };
  delete sweep[key];
  return { ...s, sweep };
}

/** Chooses the energy family for every series; the criterion follows (softmax ⇔ softmax). */
export function setFamily(grid: GridSpec, family: Family): GridSpec {
  const was = familyOf(grid);
  const energy: EnergyKind = family === 'classical' ? 'polynomial' : family;
  let n = grid.base.model.n;
  if (family === 'classical') n = 2;
  else if (usesPower(energy) && (was === 'classical' || n < 2)) n = 3;
  let series = grid.series.map((s) => withoutModelKeys(s, ['energy']));
  if (family === 'classical') {
    series = series.map((s) => withoutSweep(withoutModelKeys(s, ['n']), 'n'));
  }
  if (!usesPower(energy)) series = series.map((s) => withoutSweep(s, 'n'));
  if (energy === 'polynomial' || energy === 'rectified') {
    series = series.map((s) => withoutSweep(s, 'beta'));
  }
  const criterion = { ...grid.base.criterion };
  if (energy === 'softmax') criterion.kind = 'softmax';
  else if (criterion.kind === 'softmax') criterion.kind = 'fixed';
  return { base: { ...grid.base, model: { ...grid.base.model, energy, n }, criterion }, series };
}

/** The criteria an energy family may use. */
export const criteriaFor = (energy: EnergyKind): CriterionKind[] =>
  energy === 'softmax' ? ['softmax'] : ['fixed', 'bits', 'retrieve'];

export function setBase(grid: GridSpec, patch: Partial<Omit<PointSpec, 'data'>>): GridSpec {
  return { ...grid, base: { ...grid.base, ...patch } };
}

export function setData(grid: GridSpec, patch: Partial<DataSpec>): GridSpec {
  let series = grid.series;
  const kind = patch.kind ?? grid.base.data.kind;
  // Sweeps the new dataset cannot use go: ρ needs correlated features, d_H separation, and
  // MNIST has its own length.
  const correlated =
    kind === 'correlated' ||
    (kind === 'separated' && (patch.base ?? grid.base.data.base) === 'correlated');
  if (!correlated) series = series.map((s) => withoutSweep(s, 'rho'));
  if (kind !== 'separated') series = series.map((s) => withoutSweep(s, 'dH'));
  if (kind === 'mnist') series = series.map((s) => withoutSweep(s, 'N'));
  return { base: { ...grid.base, data: { ...grid.base.data, ...patch } }, series };
}

/** One series' power n (or β) as its own model field. */
export function setSeriesModel(grid: GridSpec, i: number, patch: Partial<ModelSpec>): GridSpec {
  const s = grid.series[i];
  return withSeries(grid, i, { ...s, set: { ...s.set, model: { ...s.set?.model, ...patch } } });
}

/** One series' swept values (empty: the field is not swept). */
export function setSweep(grid: GridSpec, i: number, key: SweepKey, values: number[]): GridSpec {
  const s = grid.series[i];
  const next = values.length
    ? { ...s, sweep: { ...s.sweep, [key]: values } }
    : withoutSweep(s, key);
  return withSeries(grid, i, next);
}

export const setLabel = (grid: GridSpec, i: number, label: string): GridSpec =>
  withSeries(grid, i, { ...grid.series[i], label });

/** A new series: a copy of the last one, at the next power n (or twice its β). */
export function addSeries(grid: GridSpec): GridSpec {
  const last = grid.series[grid.series.length - 1];
  if (!last) return { ...grid, series: [{ label: 'series 1', sweep: { N: [grid.base.data.N] } }] };
  const model = seriesModel(grid, grid.series.length - 1);
  const energy = grid.base.model.energy;
  let copy: SeriesSpec = { ...last, sweep: { ...last.sweep } };
  if (usesPower(energy) && familyOf(grid) !== 'classical') {
    const n = Math.min(60, model.n + 1);
    copy = { ...copy, label: `n = ${n}`, set: { ...last.set, model: { ...last.set?.model, n } } };
  } else if (!usesPower(energy)) {
    const beta = Math.min(1000, model.beta * 2);
    copy = {
      ...copy,
      label: `β = ${beta}`,
      set: { ...last.set, model: { ...last.set?.model, beta } },
    };
  } else {
    copy = { ...copy, label: `series ${grid.series.length + 1}` };
  }
  return { ...grid, series: [...grid.series, copy] };
}

export const removeSeries = (grid: GridSpec, i: number): GridSpec => ({
  ...grid,
  series: grid.series.filter((_, j) => j !== i),
});
