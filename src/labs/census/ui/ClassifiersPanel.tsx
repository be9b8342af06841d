/**
 * Classifiers on the energy profile: trained in the worker on the census shown, tested on a
 * held-out part of it or on another task; the accuracy table against the SR threshold, the
 * linear models' weights over the sorted profile, and the test ROC of every model.
 */
import { useMemo } from 'react';
import { NumberInput } from '../../../components/controls/NumberInput';
import { Select } from '../../../components/controls/Select';
import { CLASSIFIER_LIMITS as LIM } from '../../../core/census/models/options';
import type { ModelKind } from '../../../core/census/types';
import { Term } from '../../../shell/ui/Term';
import { useCacheSelect } from '../../../shell/use-cache';
import { useDamStore } from '../../../store';
import { TEST_CHOICES, TEST_LABELS } from '../app/edit';
import { classifierProblem } from '../app/setup';
import { renderRocChart } from './charts/roc-chart';
import { renderWeightsPlot } from './charts/weights-plot';
import { useCensus } from './context';
import { useShownCensus } from './use-census';
import { JobBar } from './JobBar';
import { SvgChart } from '../../../components/charts/SvgChart';

export const MODEL_LABELS: Record<ModelKind, string> = {
  sr: 'SR threshold',
  logistic: 'Logistic regression',
  svm: 'Linear SVM',
  mlp: 'Dense network',
};

const f3 = (x: number) => x.toFixed(3);

export function ClassifiersPanel() {
  const rt = useCensus();
  const setup = useDamStore((s) => s.census);
  const census = useShownCensus();
  const shown = useCacheSelect(rt.results, (r) => r.classify);
  const problem = useMemo(
    () => (census ? classifierProblem(setup) : 'run a census first.'),
    [census, setup],
  );
  const opts = setup.classifier;
  const setOpts = (patch: Partial<typeof opts>) =>
    useDamStore.getState().setCensus({ classifier: { ...opts, ...patch } });
  const c = shown?.result;
  const weights = useMemo(
    () =>
      c
        ? {
            models: c.models.flatMap((m) =>
              m.kind === 'logistic' || m.kind === 'svm'
                ? [{ label: MODEL_LABELS[m.kind], w: m.w }]
                : [],
            ),
          }
        : null,
    [c],
  );
  const curves = useMemo(
    () =>
      c
        ? {
            curves: c.rows.flatMap((row, i) => {
              const r = c.rocs[i];
              return r ? [{ label: MODEL_LABELS[row.kind], ...r }] : [];
            }),
          }
        : null,
    [c],
  );
  if (!census) return null;
  const stale = shown !== null && shown.train !== census.spec;
  return (
    <section className="panel census-models" aria-labelledby="census-models-heading">
      <h2 id="census-models-heading">
        <Term id="census-models">Classifiers</Term> on the energy profile
      </h2>
      <p className="note">
        Each learns to tell spurious states from the rest, from the sorted profile alone.
      </p>
      <div className="census-grid">
        <div className="wide">
          <Select
            label="Test on"
            value={setup.test}
            options={TEST_CHOICES.map((t) => ({ value: t, label: TEST_LABELS[t] }))}
            onChange={(test) => useDamStore.getState().setCensus({ test })}
            term="cross-task"
          />
        </div>
        <label className="row-checks">
          <input
            type="checkbox"
            checked={opts.normalise}
            onChange={(e) => setOpts({ normalise: e.currentTarget.checked })}
          />
          Normalise each profile by its largest |e<sub>i</sub>|
        </label>
        <label className="row-checks">
          <input
            type="checkbox"
            checked={opts.mixtures === 'spurious'}
            onChange={(e) => setOpts({ mixtures: e.currentTarget.checked ? 'spurious' : 'other' })}
          />
          Count mixtures as spurious (the paper’s three classes: learned, prototype, spurious)
        </label>
        <NumberInput
          label="Quantiles L"
          value={opts.L}
          min={LIM.L.min}
          max={LIM.L.max}
          integer
          onChange={(L) => setOpts({ L })}
        />
        <NumberInput
          label="Hidden units"
          value={opts.hidden}
          min={LIM.hidden.min}
          max={LIM.hidden.max}
          integer
          onChange={(hidden) => setOpts({ hidden })}
        />
        <NumberInput
          label="Weight decay λ"
          value={opts.l2}
          min={LIM.l2.min}
          max={LIM.l2.max}
          step={0.001}
          onChange={(l2) => setOpts({ l2 })}
        />
        <NumberInput
          label="Epochs"
          value={opts.epochs}
          min={LIM.epochs.min}
          max={LIM.epochs.max}
          integer
          onChange={(epochs) => setOpts({ epochs })}
        />
      </div>
      <JobBar
        job="classify"
        label="Train classifiers"
        unit="steps"
        start={() => void rt.classify()}
        problem={problem}
        doneLine={
          c
            ? `Trained on ${c.train.rows} states (${c.train.spurious} spurious), tested on ${c.test.rows} (${c.test.spurious} spurious) in ${(c.ms / 1000).toFixed(2)} s; the dense network on tfjs ${c.mlpBackend}`
            : 'Done.'
        }
      />
      {stale && <p className="note">These classifiers were trained on an earlier census.</p>}
      {c && (
        <>
          <div className="table-scroll">
            <table className="census-table" data-table="models">
              <caption>
                Telling spurious states apart: <Term id="balanced-accuracy">balanced accuracy</Term>{' '}
                and test AUC
              </caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Train</th>
                  <th scope="col">Test</th>
                  <th scope="col">Test accuracy</th>
                  <th scope="col">Test AUC</th>
                </tr>
              </thead>
              <tbody>
                {c.rows.map((m) => (
                  <tr key={m.kind} data-model={m.kind}>
                    <th scope="row">
                      {m.kind === 'sr' ? (
                        <Term id="sr-threshold">{MODEL_LABELS.sr}</Term>
                      ) : (
                        MODEL_LABELS[m.kind]
                      )}
                    </th>
                    <td>{f3(m.train.balancedAccuracy)}</td>
                    <td data-test-balanced>{f3(m.test.balancedAccuracy)}</td>
                    <td>{f3(m.test.accuracy)}</td>
                    <td>{m.auc === null ? '—' : f3(m.auc)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {weights && weights.models.length > 0 && (
            <>
              <h3>The linear models’ weights over the sorted profile</h3>
              <SvgChart
                className="census-chart"
                render={renderWeightsPlot}
                data={weights}
                aspect={0.45}
              />
            </>
          )}
          {curves && curves.curves.length > 0 && (
            <>
              <h3>Test ROC per model</h3>
              <SvgChart
                render={renderRocChart}
                data={curves}
                aspect={0.8}
                className="census-chart square"
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
