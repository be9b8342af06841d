/** The hidden-neuron view: the two-layer network of Krotov & Hopfield 2020 on MNIST digits. */
import { useDamStore } from '../../../../store';
import { useBodies } from '../context';

export function HiddenControls() {
  const rt = useBodies();
  const status = useDamStore((s) => s.bodiesHiddenJob.status);
  return (
    <section className="panel" aria-labelledby="bodies-hidden-run-heading">
      <h2 id="bodies-hidden-run-heading">Run</h2>
      <button type="button" onClick={() => void rt.hidden.run()} disabled={status === 'running'}>
        Run
      </button>
    </section>
  );
}

export function HiddenContent() {
  const job = useDamStore((s) => s.bodiesHiddenJob);
  return (
    <p className="note" data-bodies-hidden-status={job.status}>
      {job.error ?? job.status}
    </p>
  );
}
