/** The live parameters a, h, β and η: a change applies from the next step of a playing run. */
import { LogSlider } from '../../../components/controls/LogSlider';
import { Slider } from '../../../components/controls/Slider';
import { useDamStore } from '../../../store';
import { CDAM_RANGES as L } from '../app/setup';
import { useCdam } from './context';

export function ParamsPanel() {
  const rt = useCdam();
  const p = useDamStore((x) => x.cdam.params);
  const set = (patch: Partial<typeof p>) => rt.edit({ params: { ...p, ...patch } });
  return (
    <section className="panel cdam-params" aria-labelledby="cdam-params-heading">
      <h2 id="cdam-params-heading">Auto and hetero</h2>
      <Slider
        label="a (auto)"
        term="cdam-auto"
        min={L.a[0]}
        max={L.a[1]}
        step={0.05}
        value={p.a}
        onChange={(a) => set({ a })}
      />
      <Slider
        label="h (hetero)"
        term="cdam-hetero"
        min={L.h[0]}
        max={L.h[1]}
        step={0.05}
        value={p.h}
        onChange={(h) => set({ h })}
      />
      <LogSlider
        label="β"
        term="beta"
        min={L.beta[0]}
        max={L.beta[1]}
        value={p.beta}
        onChange={(beta) => set({ beta })}
      />
      <Slider
        label="η (step size)"
        term="cdam-eta"
        min={L.eta[0]}
        max={L.eta[1]}
        step={0.01}
        value={p.eta}
        onChange={(eta) => set({ eta })}
      />
      <p className="note">
        a = 1, h = 0 is the plain softmax update. Below zero, a is anti-Hebbian: the active memory
        pushes the state on to its neighbours.
      </p>
    </section>
  );
}
