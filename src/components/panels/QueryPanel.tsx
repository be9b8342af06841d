/** How the cue is corrupted, the seed, and the Run button. */
import { startRun } from '../../app/run-controller';
import { useDamStore } from '../../store';
import { selectIsBusy } from '../../store/selectors';
import { SeedInput } from '../controls/SeedInput';
import { Slider } from '../controls/Slider';

export function QueryPanel() {
  const params = useDamStore((s) => s.params);
  const setParam = useDamStore((s) => s.setParam);
  const cueClass = useDamStore((s) => s.cueClass);
  const busy = useDamStore(selectIsBusy);

  return (
    <section className="panel" aria-labelledby="query-heading">
      <h2 id="query-heading">Cue</h2>
      <p className="note">
        Stored digit <strong>{cueClass}</strong>, corrupted (pick another with the ◉ buttons above).
      </p>
      <Slider
        label="Flip noise p"
        min={0}
        max={0.5}
        step={0.01}
        value={params.flipP}
        onChange={(v) => setParam('flipP', v)}
        display={(v) => v.toFixed(2)}
        hint="Each pixel of the cue is flipped with probability p"
      />
      <label className="control checkbox">
        <input
          type="checkbox"
          checked={params.mask}
          onChange={(e) => setParam('mask', e.currentTarget.checked)}
        />
        <span>Blank the lower third</span>
      </label>
      <SeedInput value={params.seed} onChange={(v) => setParam('seed', v)} />
      <button type="button" className="run" disabled={busy} onClick={() => void startRun()}>
        Run retrieval
      </button>
    </section>
  );
}
