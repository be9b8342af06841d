/**
 * The census's set-up: the prototype task (random prototypes or MNIST digits), the network
 * trained on it, and the probes. Every field is bounded by the schema's limits; a set-up the
 * schema refuses is named under the Run button and nothing starts.
 */
import { NumberInput } from '../../../components/controls/NumberInput';
import { Segmented } from '../../../components/controls/Segmented';
import { SeedInput } from '../../../components/controls/SeedInput';
import type { CensusSpec, NetworkKind } from '../../../core/census/types';
import { CENSUS_LIMITS as LIM } from '../app/setup';
import { Term } from '../../../shell/ui/Term';
import { useDamStore } from '../../../store';
import { probeTotal, switchTaskKind, withTask } from '../app/edit';

const NETWORKS: { value: NetworkKind; label: string }[] = [
  { value: 'hebbian', label: 'Hebbian' },
  { value: 'polynomial', label: 'Polynomial' },
  { value: 'rectified', label: 'Rectified' },
];

export function TaskPanel() {
  const spec = useDamStore((s) => s.census.spec);
  const set = (next: CensusSpec) => useDamStore.getState().setCensus({ spec: next, preset: null });
  const { task, network, probes } = spec;
  const probe = (patch: Partial<CensusSpec['probes']>) =>
    set({ ...spec, probes: { ...probes, ...patch } });
  return (
    <section className="panel census-task" aria-labelledby="census-task-heading">
      <h2 id="census-task-heading">
        <Term id="prototype-task">Prototype task</Term>
      </h2>
      <Segmented
        label="Examples from"
        options={[
          { value: 'random', label: 'Random prototypes' },
          { value: 'mnist', label: 'MNIST digits' },
        ]}
        value={task.kind}
        onChange={(k) => set(switchTaskKind(spec, k))}
      />
      {task.kind === 'random' ? (
        <div className="census-grid">
          <NumberInput
            label={`Side (N = ${task.side * task.side})`}
            value={task.side}
            min={LIM.sideMin}
            max={LIM.sideMax}
            integer
            onChange={(side) => set(withTask(spec, { side }))}
          />
          <NumberInput
            label="Prototypes P"
            value={task.P}
            min={1}
            max={LIM.PMax}
            integer
            onChange={(P) => set(withTask(spec, { P }))}
          />
          <NumberInput
            label="Examples each E"
            value={task.E}
            min={1}
            max={LIM.EMax}
            integer
            onChange={(E) => set(withTask(spec, { E }))}
          />
          <NumberInput
            label="Flip probability p"
            value={task.p}
            min={0}
            max={0.5}
            step={0.01}
            onChange={(p) => set(withTask(spec, { p }))}
          />
          <NumberInput
            label="Non-examples"
            value={task.nonExamples}
            min={0}
            max={LIM.nonExamplesMax}
            integer
            onChange={(nonExamples) => set({ ...spec, task: { ...task, nonExamples } })}
          />
        </div>
      ) : (
        <div className="census-grid">
          <p className="note">
            Digits 0–9 at {task.side} × {task.side}; each class’s prototype is the sign of its mean
            over the asset’s digits.
          </p>
          <NumberInput
            label="Digits per class E"
            value={task.E}
            min={1}
            max={LIM.EMax}
            integer
            onChange={(E) => set(withTask(spec, { E }))}
          />
        </div>
      )}
      <SeedInput
        label="Task seed"
        value={task.seed}
        onChange={(seed) => set({ ...spec, task: { ...task, seed } })}
      />
      <h3>
        <Term id="hebbian">Network</Term>
      </h3>
      <Segmented
        label="Network"
        options={NETWORKS}
        value={network.kind}
        onChange={(kind) => set({ ...spec, network: { ...network, kind } })}
      />
      {network.kind !== 'hebbian' && (
        <NumberInput
          label="Power n"
          value={network.n}
          min={LIM.nMin}
          max={LIM.nMax}
          integer
          onChange={(n) => set({ ...spec, network: { ...network, n } })}
        />
      )}
      <h3>
        <Term id="probe">Probes</Term> ({probeTotal(spec).toLocaleString('en')} in all, at most{' '}
        {LIM.probesMax.toLocaleString('en')})
      </h3>
      <div className="census-grid">
        <NumberInput
          label="Random states"
          value={probes.random}
          min={0}
          max={LIM.probesMax}
          integer
          onChange={(random) => probe({ random })}
        />
        <NumberInput
          label="From examples"
          value={probes.examples}
          min={0}
          max={LIM.probesMax}
          integer
          onChange={(examples) => probe({ examples })}
        />
        <NumberInput
          label="From prototypes"
          value={probes.prototypes}
          min={0}
          max={LIM.probesMax}
          integer
          onChange={(prototypes) => probe({ prototypes })}
        />
        <NumberInput
          label="Noise on those"
          value={probes.noise}
          min={0}
          max={0.5}
          step={0.01}
          onChange={(noise) => probe({ noise })}
        />
      </div>
      <SeedInput label="Probe seed" value={probes.seed} onChange={(seed) => probe({ seed })} />
    </section>
  );
}
