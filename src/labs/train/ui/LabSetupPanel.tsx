/**
 * The lab's set-up and training controls: the power n (and optionally T) of each of 2–4 runs, the
 * shared K, seed, epochs, minibatch and training digits; "Train live" (fresh runs from epoch 0),
 * "Continue shipped runs", pause / resume and cancel. In the student view the set-up is read-only
 * (a shared link fixes it) and only the training buttons remain.
 */
import { Term } from '../../../shell/ui/Term';
import { lessonEvent } from '../../../shell/lessons/events';
import { useMemo } from 'react';
import { setupProblem } from '../app/training';
import { useTrain } from './context';
import { defaultTemperature, KH_LIMITS } from '../../../core/classifier/kh-model';
import { useDamStore } from '../../../store';
import { LAB_RUNS_MAX, LAB_RUNS_MIN, LAB_SUBSET_MAX, type LabSetup } from '../app/slice';
import { selectStudent } from '../../../store/ui-slice';
import { runColour } from './charts/kh-colors';
import { SeedInput } from '../../../components/controls/SeedInput';
import { NumberField } from './NumberField';
import { useShownStats } from './useShownStats';

const SUBSETS = [500, 1000, 2000, 4000];

const subsetText = (n: number) =>
  n === 0 ? `all ${LAB_SUBSET_MAX.toLocaleString('en')}` : n.toLocaleString('en');

function describeSetup(s: LabSetup): string {
  return (
    `n = ${s.ns.join(', ')} · K = ${s.K} · seed ${s.seed} · ${s.epochs} epochs · ` +
    `minibatch ${s.batchSize} · ${subsetText(s.subset)} training digits`
  );
}

export function LabSetupPanel() {
  const rt = useTrain();
  const setup = useDamStore((s) => s.lab.setup);
  const training = useDamStore((s) => s.lab.training);
  const trainingError = useDamStore((s) => s.lab.trainingError);
  const worker = useDamStore((s) => s.lab.worker);
  const backend = useDamStore((s) => s.backend.info?.name);
  const hasShipped = useDamStore((s) => s.lab.runs.some((r) => r.source === 'shipped' && r.config));
  const student = useDamStore(selectStudent);
  const { setLabSetup, setLabN, setLabTemp, addLabN, removeLabN } = useDamStore.getState();
  const { verdict, pending } = useShownStats();
  const problem = useMemo(() => setupProblem(setup), [setup]);
  const busy = training === 'running' || training === 'paused' || training === 'starting';
  const subsets =
    SUBSETS.includes(setup.subset) || setup.subset === 0
      ? SUBSETS
      : [...SUBSETS, setup.subset].sort((a, b) => a - b);

  const status =
    training === 'starting'
      ? 'Starting the training worker…'
      : training === 'running'
        ? 'Training…'
        : training === 'paused'
          ? 'Paused.'
          : training === 'finished'
            ? 'Training finished.'
            : training === 'cancelled'
              ? 'Training cancelled.'
              : null;

  return (
    <section className="panel lab-setup" aria-labelledby="lab-setup-heading">
      <h2 id="lab-setup-heading">
        <Term id="classifier">Training lab</Term>
      </h2>
      <p className="note lab-headline" data-effect={verdict?.effect ?? ''}>
        {verdict
          ? `Measured on the runs shown: ${verdict.numbers} — ${verdict.meaning}.`
          : pending
            ? 'Measuring how many memories decide a digit in each run shown…'
            : 'Too few runs measured to compare small and large n.'}{' '}
        <span className="muted">
          Krotov &amp; Hopfield (2016) describe small n as features that vote together and large n
          as prototypes where a few decide.
        </span>
      </p>
      {student ? (
        <p className="note lab-setup-summary">Set-up: {describeSetup(setup)}.</p>
      ) : (
        <>
          <fieldset className="lab-runs-set">
            <legend>
              Runs (same seed and data) <Term id="n" /> <Term id="train-temperature" />
            </legend>
            {setup.ns.map((n, i) => (
              <div className="lab-run-row" key={i}>
                <span className="swatch" style={{ background: runColour(i) }} aria-hidden="true" />
                <NumberField
                  label="Power n"
                  ariaLabel={`Run ${i + 1}: power n`}
                  value={n}
                  min={KH_LIMITS.n[0]}
                  max={KH_LIMITS.n[1]}
                  disabled={busy}
                  onChange={(v) => v !== null && setLabN(i, v)}
                />
                <NumberField
                  label="Temperature T"
                  ariaLabel={`Run ${i + 1}: temperature T`}
                  value={setup.temps[i]}
                  min={KH_LIMITS.T[0]}
                  max={KH_LIMITS.T[1]}
                  optional
                  integer={false}
                  placeholder={`default ${Math.round(defaultTemperature(n))}`}
                  hint="Empty: the default temperature for this n"
                  disabled={busy}
                  onChange={(v) => setLabTemp(i, v)}
                />
                <button
                  type="button"
                  className="icon"
                  aria-label={`Remove run ${i + 1} (n = ${n})`}
                  disabled={busy || setup.ns.length <= LAB_RUNS_MIN}
                  onClick={() => removeLabN(i)}
                >
                  ×
                </button>
              </div>
            ))}
            <button
              type="button"
              disabled={busy || setup.ns.length >= LAB_RUNS_MAX}
              onClick={addLabN}
            >
              Add a run
            </button>
          </fieldset>
          <div className="lab-shared-grid">
            <NumberField
              label="Memories K"
              value={setup.K}
              min={KH_LIMITS.K[0]}
              max={KH_LIMITS.K[1]}
              disabled={busy}
              onChange={(v) => v !== null && setLabSetup({ K: v })}
            />
            <NumberField
              label="Epochs"
              value={setup.epochs}
              min={KH_LIMITS.epochs[0]}
              max={KH_LIMITS.epochs[1]}
              disabled={busy}
              onChange={(v) => v !== null && setLabSetup({ epochs: v })}
            />
            <NumberField
              label="Minibatch"
              value={setup.batchSize}
              min={KH_LIMITS.batchSize[0]}
              max={KH_LIMITS.batchSize[1]}
              disabled={busy}
              onChange={(v) => v !== null && setLabSetup({ batchSize: v })}
            />
            <label className="control">
              <span className="control-label">Training digits</span>
              <select
                aria-label="Training digits"
                value={setup.subset}
                disabled={busy}
                onChange={(e) => setLabSetup({ subset: Number(e.currentTarget.value) })}
              >
                {subsets.map((n) => (
                  <option key={n} value={n}>
                    {subsetText(n)}
                  </option>
                ))}
                <option value={0}>{subsetText(0)}</option>
              </select>
            </label>
          </div>
          <SeedInput value={setup.seed} onChange={(seed) => setLabSetup({ seed })} />
        </>
      )}
      {problem && !student && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="lab-train-buttons">
        <button
          type="button"
          className="run"
          disabled={!!problem || training === 'starting'}
          onClick={() => {
            lessonEvent('train:live');
            void rt.trainLive(false);
          }}
        >
          {busy ? 'Restart live training' : 'Train live'}
        </button>
        {!student && (
          <button
            type="button"
            disabled={!hasShipped || training === 'starting'}
            onClick={() => void rt.trainLive(true)}
            title="Train the shipped runs shown further by the epochs above"
          >
            Continue shipped runs
          </button>
        )}
        <div className="lab-transport">
          {training === 'paused' ? (
            <button type="button" onClick={() => void rt.resume()}>
              Resume
            </button>
          ) : (
            <button type="button" disabled={training !== 'running'} onClick={() => void rt.pause()}>
              Pause
            </button>
          )}
          <button type="button" disabled={!busy} onClick={() => rt.cancel()}>
            Cancel
          </button>
        </div>
      </div>
      <p className="note lab-status" role="status" data-lab-training={training}>
        {status}
        {worker.status === 'starting' && !status ? 'Starting the training worker…' : null}
        {worker.status === 'ready' && backend ? (
          <span className="muted"> Worker backend: {backend}.</span>
        ) : null}
      </p>
      {training === 'error' && trainingError && (
        <p className="error" role="alert">
          {trainingError}
        </p>
      )}
      {worker.status === 'error' && worker.error && (
        <p className="error" role="alert">
          {worker.error}
        </p>
      )}
    </section>
  );
}
