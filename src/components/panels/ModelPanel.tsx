/** Energy family, its parameter (n or β) and how neurons are updated. */
import { LIMITS } from '../../core/model-spec';
import type { EnergyKind, UpdateMode, UpdateOrder } from '../../core/types';
import { useDamStore } from '../../store';
import { LogSlider } from '../controls/LogSlider';
import { Select } from '../controls/Select';
import { Slider } from '../controls/Slider';

const ENERGIES: { value: EnergyKind; label: string }[] = [
  { value: 'polynomial', label: 'Polynomial  F(x) = xⁿ' },
  { value: 'rectified', label: 'Rectified  F(x) = max(x, 0)ⁿ' },
  { value: 'exponential', label: 'Exponential  F(x) = e^(βx)' },
  { value: 'softmax', label: 'Softmax (continuous, Ramsauer)' },
];
const MODES: { value: UpdateMode; label: string }[] = [
  { value: 'async', label: 'Async: one neuron at a time' },
  { value: 'sync', label: 'Sync: all neurons at once' },
];
const ORDERS: { value: UpdateOrder; label: string }[] = [
  { value: 'sequential', label: 'Sequential' },
  { value: 'random', label: 'Random (seeded)' },
];

export function ModelPanel() {
  const params = useDamStore((s) => s.params);
  const setParam = useDamStore((s) => s.setParam);
  const usesN = params.energy === 'polynomial' || params.energy === 'rectified';
  const binary = params.energy !== 'softmax';

  return (
    <section className="panel" aria-labelledby="model-heading">
      <h2 id="model-heading">Model</h2>
      <Select
        label="Energy"
        value={params.energy}
        options={ENERGIES}
        onChange={(v) => setParam('energy', v)}
      />
      {usesN ? (
        <Slider
          label="Interaction power n"
          min={LIMITS.nMin}
          max={LIMITS.nMax}
          step={1}
          value={params.n}
          onChange={(v) => setParam('n', v)}
          hint="Higher n: sharper memories, more capacity (Krotov & Hopfield 2016)"
        />
      ) : (
        <LogSlider
          label="Inverse temperature β"
          min={LIMITS.betaMin}
          max={LIMITS.betaMax}
          value={params.beta}
          onChange={(v) => setParam('beta', v)}
        />
      )}
      <Select
        label="Updates"
        value={params.mode}
        options={MODES}
        disabled={!binary}
        onChange={(v) => setParam('mode', v)}
      />
      <Select
        label="Neuron order"
        value={params.order}
        options={ORDERS}
        disabled={!binary || params.mode === 'sync'}
        onChange={(v) => setParam('order', v)}
      />
    </section>
  );
}
