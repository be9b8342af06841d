/**
 * The hidden-neuron view's set-up: the memories and the cue (with its noise and its masked part),
 * and the network (model, F, n, β, the time constants, the Euler step). Every edit goes to the
 * store; the runtime re-runs a shown run from there. The student view hides the fine print.
 */
import { LogSlider } from '../../../../components/controls/LogSlider';
import { SeedInput } from '../../../../components/controls/SeedInput';
import { Segmented } from '../../../../components/controls/Segmented';
import { Select } from '../../../../components/controls/Select';
import { Slider } from '../../../../components/controls/Slider';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';
import { HIDDEN_LIMITS as L } from '../../app/hidden-limits';
import type { HiddenSetup } from '../../worker/api';

const set = (patch: Partial<HiddenSetup>) => useDamStore.getState().setBodiesHidden(patch);
const DIGITS = Array.from({ length: 10 }, (_, d) => ({ value: String(d), label: String(d) }));

export function CuePanel() {
  const s = useDamStore((st) => st.bodiesHidden);
  const student = useDamStore((st) => st.ui.student);
  return (
    <section className="panel bodies-cue" aria-labelledby="bodies-cue-heading">
      <h2 id="bodies-cue-heading">Memories and cue</h2>
      <Slider
        label="Memories K"
        term="memory"
        min={L.K.min}
        max={L.K.max}
        step={1}
        value={s.K}
        onChange={(K) => set({ K })}
      />
      <p className="note">
        MNIST digits, one per class 0–9 in turn, each scaled to unit norm <Term id="unit-norm" />;
        one hidden neuron per memory.
      </p>
      <Segmented
        label="Cue from"
        options={[
          { value: 'test', label: 'A digit not stored' },
          { value: 'memory', label: 'A memory' },
        ]}
        value={s.cue}
        onChange={(cue) => set({ cue })}
      />
      {s.cue === 'test' ? (
        <Select
          label="Digit"
          term="test-digit"
          options={DIGITS}
          value={String(s.digit)}
          onChange={(d) => set({ digit: Number(d) })}
        />
      ) : (
        <Slider
          label="Memory μ"
          min={0}
          max={s.K - 1}
          step={1}
          value={Math.min(s.memory, s.K - 1)}
          onChange={(memory) => set({ memory })}
        />
      )}
      {!student && s.cue === 'test' && (
        <Slider
          label="Example"
          min={0}
          max={L.sample.max}
          step={1}
          value={s.sample}
          onChange={(sample) => set({ sample })}
        />
      )}
      <Slider
        label="Noise"
        term="cue-noise"
        min={0}
        max={1}
        step={0.05}
        value={s.noise}
        display={(p) => `${Math.round(100 * p)}% of pixels`}
        onChange={(noise) => set({ noise })}
      />
      <Select
        label="Mask"
        term="inpainting"
        options={[
          { value: 'none', label: 'none' },
          { value: 'top', label: 'top half hidden' },
          { value: 'bottom', label: 'bottom half hidden' },
          { value: 'left', label: 'left half hidden' },
          { value: 'right', label: 'right half hidden' },
        ]}
        value={s.mask}
        onChange={(mask) => set({ mask })}
      />
      <Select
        label="Known pixels"
        term="clamp"
        options={[
          { value: 'clamp', label: 'clamped (held fixed)' },
          { value: 'input', label: 'as the input I' },
          { value: 'free', label: 'free (start only)' },
        ]}
        value={s.inpaint}
        onChange={(inpaint) => set({ inpaint })}
      />
      {s.inpaint === 'clamp' && s.mask === 'none' && (
        <p className="note">With no mask nothing is clamped: every pixel is free to move.</p>
      )}
      {!student && s.inpaint === 'input' && (
        <Slider
          label="Input strength"
          term="input-current"
          min={L.gain.min}
          max={L.gain.max}
          step={0.1}
          value={s.gain}
          onChange={(gain) => set({ gain })}
        />
      )}
      {!student && (
        <SeedInput label="Noise seed" value={s.seed} onChange={(seed) => set({ seed })} />
      )}
    </section>
  );
}

export function NetworkPanel() {
  const s = useDamStore((st) => st.bodiesHidden);
  const student = useDamStore((st) => st.ui.student);
  const usesF = s.model !== 'B';
  const usesN = usesF && s.F !== 'exp';
  const usesBeta = !usesF || s.F === 'exp';
  return (
    <section className="panel bodies-network" aria-labelledby="bodies-network-heading">
      <h2 id="bodies-network-heading">Network</h2>
      <Segmented
        label="Model"
        options={[
          { value: 'A', label: 'A: ½‖v‖², ΣF' },
          { value: 'B', label: 'B: ½‖v‖², lse' },
          { value: 'C', label: 'C: ‖v‖, ΣF' },
        ]}
        value={s.model}
        onChange={(model) => set({ model })}
      />
      <p className="note">
        Which Lagrangians <Term id="lagrangian" /> the two layers have <Term id="hidden-model" />.
      </p>
      {s.model === 'A' && !student && (
        <p className="note" data-model-note="A">
          On these unit-norm digits model A is fragile: its energy has no floor for F steeper than
          h². With power F and n ≥ 4 the state fades to 0; n = 2–3 and exponential F run away.
        </p>
      )}
      {usesF && (
        <Select
          label="F"
          term="hidden-f"
          options={[
            { value: 'power', label: 'power hⁿ/n' },
            { value: 'rectified', label: 'rectified power max(h,0)ⁿ/n' },
            { value: 'exp', label: 'exponential e^{βh}/β' },
          ]}
          value={s.F}
          onChange={(F) => set({ F })}
        />
      )}
      {usesN && (
        <Slider
          label="n"
          term="n"
          min={L.n.min}
          max={L.n.max}
          step={1}
          value={s.n}
          onChange={(n) => set({ n })}
        />
      )}
      {usesBeta && (
        <LogSlider
          label="β"
          term="beta"
          min={L.beta.min}
          max={L.beta.max}
          value={s.beta}
          onChange={(beta) => set({ beta })}
        />
      )}
      <LogSlider
        label="τ_h (hidden)"
        term="tau-h"
        min={L.tauH.min}
        max={L.tauH.max}
        value={s.tauH}
        onChange={(tauH) => set({ tauH })}
      />
      <LogSlider
        label="dt (Euler step)"
        term="euler-step"
        min={L.dt.min}
        max={L.dt.max}
        value={s.dt}
        onChange={(dt) => set({ dt })}
      />
      <Slider
        label="Steps"
        term="hidden-steps"
        min={10}
        max={L.steps.max}
        step={10}
        value={s.steps}
        display={(k) => `${k} (t to ${Number((k * s.dt).toPrecision(3))})`}
        onChange={(steps) => set({ steps })}
      />
      {!student && (
        <>
          <LogSlider
            label="τ_f (visible)"
            term="tau-f"
            min={L.tauF.min}
            max={L.tauF.max}
            value={s.tauF}
            onChange={(tauF) => set({ tauF })}
          />
          <Segmented
            label="Hidden layer starts"
            options={[
              { value: 'zero', label: 'at rest, h = 0' },
              { value: 'fixed', label: 'at h = Ξg' },
            ]}
            value={s.h0}
            onChange={(h0) => set({ h0 })}
          />
        </>
      )}
    </section>
  );
}
