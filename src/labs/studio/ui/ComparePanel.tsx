/**
 * Compare mode: the same cue through 2–4 models side by side, advanced in lockstep, each with its
 * own state, energy curve and verdict. Each model is chosen here (family, n, β); the update mode,
 * order, temperature and seed come from the Model and Dynamics panels.
 */
import { LIMITS } from '../../../core/dynamics/model-spec';
import { SERIES } from '../../../charts/palette';
import { useDamStore } from '../../../store';
import { describeModel, FAMILIES, usesN, type ModelChoice } from '../../../shell/model/model';
import { LogSlider } from '../../../components/controls/LogSlider';
import { Select } from '../../../components/controls/Select';
import { Slider } from '../../../components/controls/Slider';
import { LiveEnergy } from './live/LiveEnergy';
import { LiveState } from './live/LiveState';
import { StepReadout } from './live/StepReadout';
import { VerdictText } from './VerdictText';
import { useCacheSelect } from '../../../shell/use-cache';
import { nextCompareModel } from '../app/next-model';
import { useStudio } from './context';

export function ComparePanel() {
  const models = useDamStore((s) => s.compare.models);
  const setCompare = useDamStore((s) => s.setCompare);
  const run = useDamStore((s) => s.run);
  const lanes = useCacheSelect(useStudio().run.live, (v) => v.lanes);
  const wide = models.length <= 2;

  const update = (i: number, patch: Partial<ModelChoice>) =>
    setCompare({ models: models.map((m, k) => (k === i ? { ...m, ...patch } : m)) });

  return (
    <section className="panel stage compare" aria-labelledby="compare-heading">
      <div className="chart-head">
        <h2 id="compare-heading">
          Compare <span className="muted">· one cue, {models.length} models in lockstep</span>
        </h2>
        <div className="compare-actions">
          <button
            type="button"
            disabled={models.length >= 4}
            onClick={() => setCompare({ models: [...models, nextCompareModel(models)] })}
          >
            + Add model
          </button>
          <button
            type="button"
            disabled={models.length <= 2}
            onClick={() => setCompare({ models: models.slice(0, -1) })}
          >
            − Remove last
          </button>
        </div>
      </div>
      <ol className={`compare-grid lanes-${models.length}`}>
        {models.map((m, i) => (
          <li key={i} className="compare-lane" style={{ borderTopColor: SERIES[i] }} data-lane={i}>
            <h3>
              Model {i + 1} <span className="muted">· {describeModel(m)}</span>
            </h3>
            <Select
              label={`Energy family of model ${i + 1}`}
              value={m.energy}
              options={FAMILIES}
              onChange={(energy) => update(i, { energy })}
            />
            {m.energy === 'classical' ? null : usesN(m.energy) ? (
              <Slider
                label={`n of model ${i + 1}`}
                min={LIMITS.nMin}
                max={LIMITS.nMax}
                step={1}
                value={m.n}
                onChange={(n) => update(i, { n })}
              />
            ) : (
              <LogSlider
                label={`β of model ${i + 1}`}
                min={LIMITS.betaMin}
                max={LIMITS.betaMax}
                value={m.beta}
                onChange={(beta) => update(i, { beta })}
              />
            )}
            <div className="compare-body">
              <LiveState lane={i} size={wide ? 120 : 96} label={`State of model ${i + 1}`} />
              <LiveEnergy
                lane={i}
                width={wide ? 300 : models.length === 3 ? 200 : 150}
                height={120}
                title={`Energy of model ${i + 1}`}
                colour={SERIES[i]}
              />
            </div>
            <StepReadout lane={i} />
            <VerdictText
              summary={run.lanes[i]}
              labels={lanes[i]?.labels ?? []}
              cueMemory={lanes[i]?.cueMemory ?? null}
              running={run.status === 'running'}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
