/**
 * Play / pause, step, step back, reset, what a model change does to the run, step size, speed and
 * step limit (the seed is in Cue).
 */
import { Segmented } from '../../../components/controls/Segmented';
import { LIMITS } from '../../../core/dynamics/model-spec';
import { useDamStore } from '../../../store';
import { workerUp } from '../../../store/backend-slice';
import type { StepUnit } from '../../../store/params-slice';
import { isBinaryFamily } from '../../../shell/model/model';
import { describeSpeed, SPEED_MAX } from '../../../shell/model/speed';
import { Select } from '../../../components/controls/Select';
import { Slider } from '../../../components/controls/Slider';
import { useCacheSelect } from '../../../shell/use-cache';
import type { OnModelChange } from '../app/slice';
import { useStudio } from './context';

const UNITS: { value: StepUnit; label: string }[] = [
  { value: 'neuron', label: 'one neuron' },
  { value: 'sweep', label: 'one sweep (N neurons)' },
];

const ON_CHANGE: { value: OnModelChange; label: string }[] = [
  { value: 'continue', label: 'Continue from the current state' },
  { value: 'restart', label: 'Restart from the cue' },
];

function ModelChangeChoice() {
  const value = useDamStore((s) => s.studio.onModelChange);
  const setStudio = useDamStore((s) => s.setStudio);
  return (
    <div className="control">
      <span className="control-label" id="on-model-change-label">
        When n, β or the model changes
      </span>
      <Segmented
        labelledBy="on-model-change-label"
        options={ON_CHANGE}
        value={value}
        onChange={(onModelChange) => setStudio({ onModelChange })}
      />
    </div>
  );
}

export function DynamicsPanel() {
  const params = useDamStore((s) => s.params);
  const setParams = useDamStore((s) => s.setParams);
  const status = useDamStore((s) => s.run.status);
  const { run } = useStudio();
  const hasLanes = useCacheSelect(run.live, (v) => v.lanes.length > 0);
  const ready = useDamStore((s) => workerUp(s.backend.status)) && hasLanes;
  const compare = useDamStore((s) => s.studio.compare);
  const models = useDamStore((s) => s.compare.models);
  const perNeuron =
    params.mode === 'async' &&
    (compare ? models.some((m) => isBinaryFamily(m.energy)) : isBinaryFamily(params.energy));
  const running = status === 'running';

  return (
    <section className="panel" aria-labelledby="dynamics-heading">
      <h2 id="dynamics-heading">Dynamics</h2>
      <div className="transport" role="group" aria-label="Playback">
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="Space"
          disabled={!ready && !running}
          onClick={() => (running ? run.pause() : void run.play())}
        >
          {running ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button
          type="button"
          aria-label="Step back"
          aria-keyshortcuts="ArrowLeft"
          title="Step back (←)"
          disabled={!ready}
          onClick={run.stepBack}
        >
          ◀ Back
        </button>
        <button
          type="button"
          aria-label="Step"
          aria-keyshortcuts="ArrowRight"
          title="Step (→)"
          disabled={!ready}
          onClick={() => void run.stepForward()}
        >
          Step ▶
        </button>
        <button
          type="button"
          aria-label="Reset to the cue"
          aria-keyshortcuts="R"
          title="Reset (r)"
          onClick={() => void run.reset()}
        >
          ↺ Reset
        </button>
      </div>
      <ModelChangeChoice />
      {perNeuron ? (
        <Select
          label="Step by"
          value={params.stepUnit}
          options={UNITS}
          onChange={(stepUnit) => setParams({ stepUnit })}
          term="sweep"
        />
      ) : (
        <p className="note muted">Step: one update of all neurons.</p>
      )}
      <Slider
        label="Speed"
        min={0}
        max={SPEED_MAX}
        step={1}
        value={params.speed}
        display={(v) => describeSpeed(v, perNeuron)}
        onChange={(speed) => setParams({ speed })}
      />
      <Slider
        label="Step limit (sweeps)"
        min={1}
        max={Math.min(500, LIMITS.maxStepsMax)}
        step={1}
        value={params.maxSteps}
        onChange={(maxSteps) => setParams({ maxSteps })}
      />
    </section>
  );
}
