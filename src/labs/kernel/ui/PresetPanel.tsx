/**
 * The paper's figures as one-press set-ups (app/presets.ts): each button loads its set-up (a
 * phone gets a coarser basin grid); the chosen preset's sentence and what it cuts against the
 * paper are shown under the buttons.
 */
import { useDamStore } from '../../../store';
import { KERNEL_PRESETS } from '../app/presets';
import { useKernel } from './context';

const isPhone = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 600px)').matches === true;

export function PresetPanel() {
  const rt = useKernel();
  const preset = useDamStore((s) => s.kernel.preset);
  const shown = KERNEL_PRESETS.find((p) => p.id === preset) ?? null;
  return (
    <section className="panel kernel-presets" aria-labelledby="kernel-presets-heading">
      <h2 id="kernel-presets-heading">The paper’s figures</h2>
      <div className="kernel-preset-buttons">
        {KERNEL_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            data-preset={p.id}
            aria-pressed={p.id === preset}
            onClick={() => rt.applyPreset(p.id, isPhone())}
          >
            {p.label}
          </button>
        ))}
      </div>
      {shown ? (
        <>
          <p className="note">{shown.about}</p>
          {shown.cut && <p className="note kernel-cut">Cut against the paper: {shown.cut}</p>}
        </>
      ) : (
        <p className="note">Your own set-up (edited, or from a link).</p>
      )}
    </section>
  );
}
