/**
 * "What the paper reports / what we measured": the paper's claims as fixed sentences, ours from
 * the numbers computed (app/findings.ts), and what the MNIST preset cuts against the paper.
 */
import { useMemo } from 'react';
import { useCacheSelect } from '../../../shell/use-cache';
import { findings, PAPER } from '../app/findings';
import { KERNEL_PRESETS } from '../app/presets';
import { useKernel } from './context';

export function NotePanel() {
  const rt = useKernel();
  const results = useCacheSelect(rt.results, (r) => r);
  const f = useMemo(() => findings(results), [results]);
  const cut = KERNEL_PRESETS.find((p) => p.id === 'mnist-metastable')?.cut;
  return (
    <section className="panel kernel-note" aria-labelledby="kernel-note-heading">
      <h2 id="kernel-note-heading">What the paper reports, what we measured</h2>
      <dl>
        <dt>Spreading the features</dt>
        <dd>{PAPER.training}</dd>
        <dd className="kernel-measured">{f.training ?? 'Not measured yet: train.'}</dd>
        <dt>Basins</dt>
        <dd>{PAPER.basins}</dd>
        <dd className="kernel-measured">
          {f.basins ?? 'Not measured yet: compute the basin maps.'}
        </dd>
        <dt>Metastable states</dt>
        <dd>{PAPER.metastable}</dd>
        {f.metastable.length ? (
          f.metastable.map((t) => (
            <dd key={t} className="kernel-measured">
              {t}
            </dd>
          ))
        ) : (
          <dd className="kernel-measured">Not measured yet: compute the MNIST table.</dd>
        )}
        <dt>Where we depart</dt>
        <dd>
          U-Hop+ runs full batch here. {cut} The loss is the paper’s form without the constant its
          code adds, so loss values differ by a shift.
        </dd>
      </dl>
    </section>
  );
}
