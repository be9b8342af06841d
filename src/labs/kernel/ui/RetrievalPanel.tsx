/**
 * The kernelized retrieval the basin maps, contours and metastable table use: β, the normaliser
 * (softmax, 1.5-entmax, sparsemax), the retrieval iterations, and what "before" is (Φ = identity
 * or the seeded initial map).
 */
import { LogSlider } from '../../../components/controls/LogSlider';
import { Select } from '../../../components/controls/Select';
import { Slider } from '../../../components/controls/Slider';
import { Term } from '../../../shell/ui/Term';
import { useDamStore } from '../../../store';
import { KERNEL_LIMITS as L } from '../app/setup';
import type { KernelSetup } from '../app/slice';
import { useKernel } from './context';

export const NORMALISER_OPTIONS = [
  { value: 'softmax', label: 'softmax' },
  { value: 'entmax15', label: '1.5-entmax' },
  { value: 'sparsemax', label: 'sparsemax' },
] as const;

export function RetrievalPanel() {
  const rt = useKernel();
  const s = useDamStore((st) => st.kernel);
  const khm = (patch: Partial<KernelSetup['khm']>) => rt.edit({ khm: { ...s.khm, ...patch } });
  return (
    <section className="panel kernel-retrieval" aria-labelledby="kernel-retrieval-heading">
      <h2 id="kernel-retrieval-heading">
        <Term id="kernel-khm">Kernelized retrieval</Term>
      </h2>
      <div className="kernel-grid">
        <LogSlider
          label="β"
          term="beta"
          min={L.beta[0]}
          max={L.beta[1]}
          value={s.khm.beta}
          onChange={(beta) => khm({ beta })}
        />
        <Select
          label="Normaliser"
          value={s.khm.normaliser}
          options={NORMALISER_OPTIONS}
          onChange={(normaliser) => khm({ normaliser })}
        />
        <Slider
          label="Retrieval iterations"
          min={L.khmIterations[0]}
          max={L.khmIterations[1]}
          step={1}
          value={s.khm.iterations}
          onChange={(iterations) => khm({ iterations })}
        />
        <Select
          label="Before is"
          term="kernel-raw"
          value={s.raw}
          options={[
            { value: 'identity', label: 'Φ = identity (plain model)' },
            { value: 'initial', label: 'the initial map W₀' },
          ]}
          onChange={(raw) => rt.edit({ raw })}
        />
      </div>
      <p className="note">
        <Term id="softmax">Softmax</Term> gives every memory some weight;{' '}
        <Term id="kernel-entmax">1.5-entmax</Term> and <Term id="kernel-sparsemax">sparsemax</Term>{' '}
        give exact zeros.
      </p>
    </section>
  );
}
