/**
 * The training's set-up: where the memories come from (Gaussian in R^D, unit memories on a
 * circle, MNIST digits), how many, their seed; and U-Hop+'s feature dimension D_Φ, loss
 * temperature τ, learning rate, optimiser, iterations, bias and seed. Every edit leaves the
 * preset (the set-up is the user's own).
 */
import { LogSlider } from '../../../components/controls/LogSlider';
import { NumberInput } from '../../../components/controls/NumberInput';
import { SeedInput } from '../../../components/controls/SeedInput';
import { Select } from '../../../components/controls/Select';
import { Slider } from '../../../components/controls/Slider';
import { Term } from '../../../shell/ui/Term';
import { useDamStore } from '../../../store';
import { KERNEL_LIMITS as L } from '../app/setup';
import type { KernelSetup } from '../app/slice';
import { useKernel } from './context';

const SOURCES = [
  { value: 'gaussian', label: 'Gaussian N(0, I) in R^D' },
  { value: 'circle', label: 'unit memories on a circle (2-D)' },
  { value: 'mnist', label: 'MNIST training digits' },
] as const;

export function SetupPanel() {
  const rt = useKernel();
  const s = useDamStore((st) => st.kernel);
  const mem = (patch: Partial<KernelSetup['memories']>) =>
    rt.edit({ memories: { ...s.memories, ...patch } });
  const uhop = (patch: Partial<KernelSetup['uhop']>) => rt.edit({ uhop: { ...s.uhop, ...patch } });
  const [mLo, mHi] = L.M[s.memories.source];
  return (
    <section className="panel kernel-setup" aria-labelledby="kernel-setup-heading">
      <h2 id="kernel-setup-heading">Memories and U-Hop+</h2>
      <div className="kernel-grid">
        <Select
          label="Memories"
          value={s.memories.source}
          options={SOURCES}
          onChange={(source) => {
            const [lo, hi] = L.M[source];
            mem({ source, M: Math.min(hi, Math.max(lo, s.memories.M)) });
          }}
        />
        <NumberInput
          label="M memories"
          value={s.memories.M}
          min={mLo}
          max={mHi}
          onChange={(M) => mem({ M })}
        />
        {s.memories.source === 'gaussian' && (
          <NumberInput
            label="D (memory dimension)"
            value={s.memories.D}
            min={L.D[0]}
            max={L.D[1]}
            onChange={(D) => mem({ D })}
          />
        )}
        <label className="control kernel-check">
          <input
            type="checkbox"
            checked={s.memories.sphere}
            onChange={(e) => mem({ sphere: e.currentTarget.checked })}
          />
          <span>memories scaled to unit length</span>
        </label>
        <SeedInput label="Memory seed" value={s.memories.seed} onChange={(seed) => mem({ seed })} />
      </div>
      <h3>
        <Term id="kernel-uhop">U-Hop+</Term> training of the{' '}
        <Term id="kernel-feature-map">feature map Φ</Term>
      </h3>
      <div className="kernel-grid">
        <NumberInput
          label={
            <>
              <Term id="kernel-dphi">D_Φ</Term> (feature dimension)
            </>
          }
          value={s.uhop.dPhi}
          min={L.dPhi[0]}
          max={L.dPhi[1]}
          onChange={(dPhi) => uhop({ dPhi })}
        />
        <LogSlider
          label="τ (loss temperature)"
          term="kernel-tau"
          min={L.tau[0]}
          max={L.tau[1]}
          value={s.uhop.tau}
          onChange={(tau) => uhop({ tau })}
        />
        <LogSlider
          label="Learning rate"
          min={0.001}
          max={1}
          value={s.uhop.lr}
          onChange={(lr) => uhop({ lr })}
        />
        <Select
          label="Optimiser"
          value={s.uhop.optimiser}
          options={[
            { value: 'adam', label: 'Adam' },
            { value: 'sgd', label: 'SGD, momentum 0.9' },
          ]}
          onChange={(optimiser) => uhop({ optimiser })}
        />
        <Slider
          label="Iterations"
          min={L.iterations[0]}
          max={L.iterations[1]}
          step={1}
          value={s.uhop.iterations}
          onChange={(iterations) => uhop({ iterations })}
        />
        <label className="control kernel-check">
          <input
            type="checkbox"
            checked={s.uhop.bias}
            onChange={(e) => uhop({ bias: e.currentTarget.checked })}
          />
          <span>learn the bias b</span>
        </label>
        <SeedInput label="Map seed (W₀)" value={s.uhop.seed} onChange={(seed) => uhop({ seed })} />
      </div>
    </section>
  );
}
