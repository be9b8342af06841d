/**
 * Energy family, n or β, update mode, order and temperature. Every change reaches the running
 * trajectory from its next update on (run-controller watches params). The regime line says what
 * the current n or β does with the current memory bank.
 */
import { LIMITS } from '../../core/dynamics/model-spec';
import type { UpdateMode, UpdateOrder } from '../../core/dynamics/types';
import { useDamStore } from '../../store';
import { FAMILIES, isBinaryFamily, usesN } from '../../shell/model/model';
import { LogSlider } from '../controls/LogSlider';
import { Select } from '../controls/Select';
import { Slider } from '../controls/Slider';
import { RegimeText } from './RegimeText';

const MODES: { value: UpdateMode; label: string }[] = [
  { value: 'async', label: 'Asynchronous: one neuron at a time' },
  { value: 'sync', label: 'Synchronous: all neurons at once' },
];
const ORDERS: { value: UpdateOrder; label: string }[] = [
  { value: 'sequential', label: 'Sequential' },
  { value: 'random', label: 'Random (seeded)' },
];

/** @param compare the compared models are picked elsewhere (the studio's compare mode). */
export function ModelPanel({ compare = false }: { compare?: boolean }) {
  const params = useDamStore((s) => s.params);
  const setParams = useDamStore((s) => s.setParams);
  const models = useDamStore((s) => s.compare.models);
  const binary = compare
    ? models.some((m) => isBinaryFamily(m.energy))
    : isBinaryFamily(params.energy);

  return (
    <section className="panel" aria-labelledby="model-heading">
      <h2 id="model-heading">Model</h2>
      {compare ? (
        <p className="note">
          Comparing {models.length} models: pick each on the stage. Updates, order and temperature
          below apply to all of them.
        </p>
      ) : (
        <>
          <Select
            label="Energy family"
            value={params.energy}
            options={FAMILIES}
            onChange={(energy) => setParams({ energy })}
            term="regime"
          />
          {params.energy === 'classical' ? null : usesN(params.energy) ? (
            <Slider
              label="Interaction power n"
              min={LIMITS.nMin}
              max={LIMITS.nMax}
              step={1}
              value={params.n}
              onChange={(n) => setParams({ n })}
              term="n"
              hint="Higher n: sharper memories, more capacity (Krotov & Hopfield 2016)"
            />
          ) : (
            <LogSlider
              label="Inverse temperature β"
              min={LIMITS.betaMin}
              max={LIMITS.betaMax}
              value={params.beta}
              onChange={(beta) => setParams({ beta })}
              term="beta"
              hint="Higher β: sharper softmax over memories"
            />
          )}
          <RegimeText />
        </>
      )}
      <Select
        label="Updates"
        value={binary ? params.mode : 'sync'}
        options={MODES}
        disabled={!binary}
        onChange={(mode) => setParams({ mode })}
        term="update-mode"
      />
      <Select
        label="Neuron order"
        value={params.order}
        options={ORDERS}
        disabled={!binary || params.mode === 'sync'}
        onChange={(order) => setParams({ order })}
      />
      <Slider
        label="Temperature T"
        min={0}
        max={1}
        step={0.01}
        value={params.temperature}
        disabled={!binary}
        display={(t) => (t === 0 ? '0 (exact)' : t.toFixed(2))}
        onChange={(temperature) => setParams({ temperature })}
        term="temperature"
        hint="Stochastic (Glauber) updates; 0 is the deterministic rule"
      />
    </section>
  );
}
