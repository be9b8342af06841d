/**
 * The set-up every series shares: the dataset (generator and its parameters), the energy, the
 * criterion (the softmax energy with its own criterion only), trials, seed and the largest K.
 */
import { Select } from '../../../components/controls/Select';
import { SeedInput } from '../../../components/controls/SeedInput';
import type { CriterionKind, DataKind, GridSpec } from '../../../core/capacity/types';
import { useDamStore } from '../../../store';
import { Term } from '../../../shell/ui/Term';
import {
  CAPACITY_LIMITS,
  criteriaFor,
  familyOf,
  FAMILIES,
  setBase,
  setData,
  setFamily,
  usesPower,
  type Family,
} from '../app/setup';
import { NumberInput } from '../../../components/controls/NumberInput';

const DATA: { value: DataKind; label: string }[] = [
  { value: 'uniform', label: 'Uniform random ±1' },
  { value: 'correlated', label: 'Correlated features (ρ)' },
  { value: 'separated', label: 'Separated (minimum d_H)' },
  { value: 'mnist', label: 'MNIST digits (binarised)' },
];

const CRITERIA: Record<CriterionKind, string> = {
  fixed: '(a) every pattern a fixed point',
  bits: '(b) unstable bits ≤ ε',
  retrieve: '(c) retrieval from noise',
  softmax: 'softmax: one update within ε',
};

export function SetupPanel() {
  const grid = useDamStore((s) => s.capacity.grid);
  const setCapacity = useDamStore((s) => s.setCapacity);
  const set = (next: GridSpec) => setCapacity({ grid: next });
  const { data, model, criterion } = grid.base;
  const family = familyOf(grid);
  const correlated =
    data.kind === 'correlated' || (data.kind === 'separated' && data.base === 'correlated');
  const sweeps = (key: 'N' | 'rho' | 'dH') =>
    grid.series.some((s) => (s.sweep[key]?.length ?? 0) > 0);
  const crit = (patch: Partial<typeof criterion>) =>
    set(setBase(grid, { criterion: { ...criterion, ...patch } }));

  return (
    <section className="panel capacity-setup" aria-labelledby="capacity-setup-heading">
      <h2 id="capacity-setup-heading">Set-up</h2>
      <Select
        label="Dataset"
        value={data.kind}
        options={DATA}
        onChange={(kind) => set(setData(grid, { kind }))}
      />
      <div className="capacity-grid2">
        {data.kind !== 'mnist' && !sweeps('N') && (
          <NumberInput
            label="Pattern length N"
            value={data.N}
            min={CAPACITY_LIMITS.NMin}
            max={CAPACITY_LIMITS.NMax}
            onChange={(N) => set(setData(grid, { N }))}
          />
        )}
        {data.kind === 'separated' && (
          <Select
            label="Candidates from"
            value={data.base}
            options={[
              { value: 'uniform', label: 'uniform' },
              { value: 'correlated', label: 'correlated' },
            ]}
            onChange={(base) => set(setData(grid, { base }))}
          />
        )}
        {data.kind === 'separated' && !sweeps('dH') && (
          <NumberInput
            label={<Term id="min-hamming">Minimum d_H</Term>}
            value={data.dH}
            min={0}
            max={data.N}
            onChange={(dH) => set(setData(grid, { dH }))}
          />
        )}
        {correlated && !sweeps('rho') && (
          <NumberInput
            label={<Term id="feature-correlation">Feature correlation ρ</Term>}
            value={data.rho}
            min={0}
            max={CAPACITY_LIMITS.rhoMax}
            step={0.05}
            integer={false}
            onChange={(rho) => set(setData(grid, { rho }))}
          />
        )}
        {correlated && (
          <NumberInput
            label="Features per block"
            value={data.block}
            min={2}
            max={CAPACITY_LIMITS.NMax}
            onChange={(block) => set(setData(grid, { block }))}
          />
        )}
      </div>
      {data.kind === 'mnist' && (
        <fieldset className="mnist-classes">
          <legend>Digit classes (N = 784)</legend>
          {Array.from({ length: 10 }, (_, d) => (
            <label key={d}>
              <input
                type="checkbox"
                checked={data.classes.includes(d)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const classes = on
                    ? [...data.classes, d].sort((a, b) => a - b)
                    : data.classes.filter((c) => c !== d);
                  if (classes.length) set(setData(grid, { classes }));
                }}
              />
              {d}
            </label>
          ))}
        </fieldset>
      )}
      <Select<Family>
        label="Energy"
        term="energy"
        value={family}
        options={FAMILIES}
        onChange={(f) => set(setFamily(grid, f))}
      />
      {usesPower(model.energy) &&
        family !== 'classical' &&
        grid.series.every((s) => s.set?.model?.n === undefined) && (
          <NumberInput
            label={<Term id="n">Interaction power n</Term>}
            value={model.n}
            min={2}
            max={60}
            onChange={(n) => set(setBase(grid, { model: { ...model, n } }))}
          />
        )}
      {!usesPower(model.energy) && grid.series.every((s) => s.set?.model?.beta === undefined) && (
        <NumberInput
          label={<Term id="beta">Inverse temperature β</Term>}
          value={model.beta}
          min={0.001}
          max={1000}
          step={0.1}
          integer={false}
          onChange={(beta) => set(setBase(grid, { model: { ...model, beta } }))}
        />
      )}
      <Select<CriterionKind>
        label="Criterion"
        term="capacity-criterion"
        value={criterion.kind}
        options={criteriaFor(model.energy).map((k) => ({ value: k, label: CRITERIA[k] }))}
        onChange={(kind) => crit({ kind })}
      />
      <div className="capacity-grid2">
        {(criterion.kind === 'bits' || criterion.kind === 'softmax') && (
          <NumberInput
            label={
              criterion.kind === 'bits' ? (
                <Term id="unstable-bits">Unstable bits ε</Term>
              ) : (
                'Distance ε (RMS)'
              )
            }
            value={criterion.eps}
            min={0}
            max={1}
            step={0.005}
            integer={false}
            onChange={(eps) => crit({ eps })}
          />
        )}
        {(criterion.kind === 'retrieve' || criterion.kind === 'softmax') && (
          <>
            <NumberInput
              label="Flipped fraction p"
              value={criterion.flip}
              min={0}
              max={0.5}
              step={0.01}
              integer={false}
              onChange={(flip) => crit({ flip })}
            />
            {criterion.kind === 'retrieve' && (
              <NumberInput
                label="End within h bits"
                value={criterion.hamming}
                min={0}
                max={CAPACITY_LIMITS.NMax}
                onChange={(hamming) => crit({ hamming })}
              />
            )}
            <NumberInput
              label="For a fraction q"
              value={criterion.q}
              min={0.01}
              max={1}
              step={0.05}
              integer={false}
              onChange={(q) => crit({ q })}
            />
          </>
        )}
        <NumberInput
          label="Trials"
          value={grid.base.trials}
          min={1}
          max={CAPACITY_LIMITS.trialsMax}
          onChange={(trials) => set(setBase(grid, { trials }))}
        />
        <NumberInput
          label="Largest K (kCap)"
          value={grid.base.kCap}
          min={1}
          max={CAPACITY_LIMITS.kCapMax}
          onChange={(kCap) => set(setBase(grid, { kCap }))}
        />
      </div>
      <SeedInput value={grid.base.seed} onChange={(seed) => set(setBase(grid, { seed }))} />
    </section>
  );
}
