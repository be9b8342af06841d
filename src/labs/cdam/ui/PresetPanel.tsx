/** The lab's set-ups as one-press presets (app/presets.ts), with the chosen one's sentence. */
import { useDamStore } from '../../../store';
import { CDAM_PRESETS } from '../app/presets';
import { useCdam } from './context';

export function PresetPanel() {
  const rt = useCdam();
  const preset = useDamStore((s) => s.cdam.preset);
  const shown = CDAM_PRESETS.find((p) => p.id === preset) ?? null;
  return (
    <section className="panel cdam-presets" aria-labelledby="cdam-presets-heading">
      <h2 id="cdam-presets-heading">Presets</h2>
      <div className="cdam-preset-buttons">
        {CDAM_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            data-preset={p.id}
            aria-pressed={p.id === preset}
            onClick={() => rt.applyPreset(p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <p className="note">{shown ? shown.note : 'Your own set-up (edited, or from a link).'}</p>
    </section>
  );
}
