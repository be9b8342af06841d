/**
 * One click per task: each preset loads a census set-up (the core's presets, the same the CLI
 * runs) and runs it.
 */
import { CENSUS_PRESETS } from '../../../core/census/presets';
import { useDamStore } from '../../../store';
import { useCensus } from './context';

export function PresetPanel() {
  const rt = useCensus();
  const preset = useDamStore((s) => s.census.preset);
  const spec = useDamStore((s) => s.census.spec);
  const chosen = CENSUS_PRESETS.find((p) => p.id === preset);
  const edited = chosen !== undefined && chosen.spec !== spec;
  return (
    <section className="panel census-presets" aria-labelledby="census-presets-heading">
      <h2 id="census-presets-heading">Tasks</h2>
      <p className="note">
        Each builds a prototype task, trains the network on it and takes its census.
      </p>
      <ul className="preset-list">
        {CENSUS_PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={p.id === preset ? 'preset on' : 'preset'}
              aria-pressed={p.id === preset}
              data-preset={p.id}
              onClick={() => {
                useDamStore.getState().setCensus({ spec: p.spec, preset: p.id });
                void rt.run();
              }}
            >
              {p.label}
            </button>
            <span className="muted preset-text">{p.description}</span>
          </li>
        ))}
      </ul>
      {edited && <p className="note">The set-up below has been changed from this preset.</p>}
    </section>
  );
}
