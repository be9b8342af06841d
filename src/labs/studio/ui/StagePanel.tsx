/**
 * The stage: cue → live state, the verdict, the energy descent, overlaps with the top memories
 * (bars and lines over time) and, for softmax, the weights over memories. Charts redraw per frame
 * through transient subscriptions; React only re-renders on status or verdict changes.
 */
import { useDamStore } from '../../../store';
import type { EnergyAxis } from '../../../store/params-slice';
import { describeModel } from '../../../shell/model/model';
import { Select } from '../../../components/controls/Select';
import { LiveEnergy } from './live/LiveEnergy';
import { OverlapBars, OverlapLinesChart, WeightBars } from './live/LiveOverlaps';
import { LiveState } from './live/LiveState';
import { StepReadout } from './live/StepReadout';
import { VerdictText } from './VerdictText';
import { useCacheSelect } from '../../../shell/use-cache';
import { useStudio } from './context';
import { Term } from '../../../shell/ui/Term';

const AXES: { value: EnergyAxis; label: string }[] = [
  { value: 'normalised', label: 'normalised (E / Nⁿ, E / N)' },
  { value: 'log', label: 'signed log₁₀ |E|' },
  { value: 'raw', label: 'raw E' },
];

const IMAGE = 168;

export function StagePanel() {
  const run = useDamStore((s) => s.run);
  const energy = useDamStore((s) => s.params.energy);
  const n = useDamStore((s) => s.params.n);
  const beta = useDamStore((s) => s.params.beta);
  const axis = useDamStore((s) => s.params.energyAxis);
  const setParams = useDamStore((s) => s.setParams);
  const lane0 = useCacheSelect(useStudio().run.live, (v) => v.lanes[0]);
  const labels = lane0?.labels ?? [];

  return (
    <section className="panel stage" aria-labelledby="stage-heading">
      <h2 id="stage-heading">
        Retrieval <span className="muted">· {describeModel({ energy, n, beta })}</span>
      </h2>
      <div className="stage-row">
        <figure>
          <LiveState lane={0} size={IMAGE} label="Cue" at="start" />
          <figcaption>Cue</figcaption>
        </figure>
        <span className="arrow" aria-hidden="true">
          →
        </span>
        <figure>
          <LiveState lane={0} size={IMAGE} label="State" />
          <figcaption>State</figcaption>
        </figure>
        <div className="outcome" aria-live="polite">
          {run.status === 'error' && (
            <p role="alert" className="error">
              {run.error}
            </p>
          )}
          <VerdictText
            summary={run.lanes[0]}
            labels={labels}
            cueMemory={lane0?.cueMemory ?? null}
            running={run.status === 'running'}
          />
          <StepReadout lane={0} />
          <OverlapBars lane={0} width={270} rows={5} />
        </div>
      </div>
      <div className="stage-row lower">
        <div className="chart-cell">
          <div className="chart-head">
            <h3>
              <Term id="energy">Energy</Term>
            </h3>
            <Select
              label="Energy axis"
              value={axis}
              options={AXES}
              onChange={(energyAxis) => setParams({ energyAxis })}
            />
            <Term id="energy-axis" />
          </div>
          <LiveEnergy lane={0} width={400} height={180} title="Energy" />
        </div>
        <div className="chart-cell">
          {energy === 'softmax' ? (
            <>
              <h3>
                <Term id="softmax">Softmax weights over memories</Term>
              </h3>
              <WeightBars lane={0} width={360} rows={8} />
            </>
          ) : (
            <>
              <h3>
                <Term id="overlap">Overlap with the top memories over time</Term>
              </h3>
              <OverlapLinesChart lane={0} width={400} height={180} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
