/**
 * The random-features view's controls: presets, then the map (kind, projection, Y, β, seed)
 * and the descent (step α, steps). Y is a power of two from 2^8 up to what the toy's slider
 * allows; the student view keeps the presets, Y and β and hides the fine print.
 */
import { LogSlider } from '../../../../components/controls/LogSlider';
import { NumberInput } from '../../../../components/controls/NumberInput';
import { Select } from '../../../../components/controls/Select';
import { Slider } from '../../../../components/controls/Slider';
import { useDamStore } from '../../../../store';
import { maxYFor } from '../../../../core/features/feature-maps';
import { FEATURES_PRESETS } from '../../app/rf-presets';
import {
  MAP_KINDS,
  MAP_LABELS,
  MIN_LOG_Y,
  PROJECTIONS,
  TOY_MAX_LOG_Y,
  distributedParams,
} from '../../app/rf-setup';
import { useRf } from './use-rf';

const PROJECTION_LABELS = { gaussian: 'Gaussian (dense S)', hadamard: 'Hadamard (structured)' };

export function RfPresets() {
  const rt = useRf();
  const preset = useDamStore((s) => s.features.preset);
  return (
    <section className="panel rf-presets" aria-labelledby="rf-presets-heading">
      <h2 id="rf-presets-heading">Random-feature presets</h2>
      <ul className="preset-list">
        {FEATURES_PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={p.id === preset ? 'preset on' : 'preset'}
              aria-pressed={p.id === preset}
              data-rf-preset={p.id}
              onClick={() => {
                const s = useDamStore.getState();
                s.setFeatures(p.apply(s.features));
                void (p.runs === 'toy' ? rt.runToy() : rt.runCurve());
              }}
            >
              {p.label}
            </button>
            <span className="muted preset-text">{p.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RfMapPanel() {
  const rt = useRf();
  const f = useDamStore((s) => s.features);
  const student = useDamStore((s) => s.ui.student);
  const Y = 2 ** f.logY;
  return (
    <section className="panel rf-map" aria-labelledby="rf-map-heading">
      <h2 id="rf-map-heading">Distributed memory</h2>
      <Slider
        label="Features Y"
        term="rf-features-y"
        min={MIN_LOG_Y}
        max={TOY_MAX_LOG_Y}
        step={1}
        value={f.logY}
        display={(v) => `2^${v} = ${(2 ** v).toLocaleString('en')}`}
        onChange={(logY) => void rt.editToy({ logY })}
      />
      <LogSlider
        label="β"
        term="beta"
        min={-1}
        max={1.7}
        value={f.beta}
        onChange={(beta) => void rt.editToy({ beta })}
      />
      <p className="note rf-weights">
        {distributedParams(f.map, Y).toLocaleString('en')} weights in T, whatever the number of
        memories.
      </p>
      {!student && (
        <>
          <Select
            label="Feature map"
            term="rf-feature-map"
            value={f.map}
            options={MAP_KINDS.map((k) => ({ value: k, label: MAP_LABELS[k] }))}
            onChange={(map) => void rt.editToy({ map })}
          />
          <Select
            label="Projection S"
            term="rf-projection"
            value={f.projection}
            options={PROJECTIONS.map((k) => ({ value: k, label: PROJECTION_LABELS[k] }))}
            onChange={(projection) => void rt.editToy({ projection })}
          />
          <NumberInput
            label="Seed of S"
            min={0}
            max={0xffffffff}
            step={1}
            value={f.seed}
            onChange={(seed) => void rt.editToy({ seed })}
          />
          <Slider
            label="Step α"
            term="rf-alpha"
            min={0.001}
            max={0.2}
            step={0.001}
            value={f.alpha}
            onChange={(alpha) => void rt.editToy({ alpha })}
          />
          <Slider
            label="Steps"
            min={0}
            max={3000}
            step={50}
            value={f.steps}
            onChange={(steps) => void rt.editToy({ steps })}
          />
          <p className="note">
            The largest Y that fits: {maxYFor(f.projection, 2).toLocaleString('en')} at D = 2,{' '}
            {maxYFor(f.projection, 100).toLocaleString('en')} at D = 100,{' '}
            {maxYFor(f.projection, 784).toLocaleString('en')} at D = 784 (S is held as Y·D numbers
            for the Gaussian projection).
          </p>
        </>
      )}
    </section>
  );
}
