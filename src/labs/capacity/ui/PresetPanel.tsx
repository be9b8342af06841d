/**
 * One click per figure: each preset loads its grid (from the core's presets, the same the CLI
 * runs) and starts measuring it.
 */
import { CAPACITY_PRESETS } from '../../../core/capacity/presets';
import { useDamStore } from '../../../store';
import { useCapacity } from './context';

export function PresetPanel() {
  const rt = useCapacity();
  const preset = useDamStore((s) => s.capacity.preset);
  const grid = useDamStore((s) => s.capacity.grid);
  const chosen = CAPACITY_PRESETS.find((p) => p.id === preset);
  const edited = chosen !== undefined && chosen.grid !== grid;
  return (
    <section className="panel capacity-presets" aria-labelledby="capacity-presets-heading">
      <h2 id="capacity-presets-heading">Presets</h2>
      <p className="note">Each reproduces a figure: it loads the set-up and runs it.</p>
      <ul className="preset-list">
        {CAPACITY_PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={p.id === preset ? 'preset on' : 'preset'}
              aria-pressed={p.id === preset}
              data-preset={p.id}
              onClick={() => void rt.runPreset(p.id, p.grid, p.view)}
            >
              {p.title}
            </button>
            <span className="muted preset-text">{p.description}</span>
          </li>
        ))}
      </ul>
      {edited && <p className="note">The set-up below has been changed from this preset.</p>}
    </section>
  );
}
