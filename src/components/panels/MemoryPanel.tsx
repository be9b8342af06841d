/** The memories: one MNIST example per digit class, each can be stored or left out. */
import { useDamStore } from '../../store';
import { MemoryCard } from './MemoryCard';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export function MemoryPanel() {
  const dataset = useDamStore((s) => s.dataset);
  const count = useDamStore((s) => s.included.filter(Boolean).length);
  const continuous = useDamStore((s) => s.params.energy === 'softmax');

  return (
    <section className="panel memories" aria-labelledby="memories-heading">
      <h2 id="memories-heading">
        Memories{' '}
        <span className="muted">
          · {count} MNIST digits stored,{' '}
          {continuous ? 'grey levels mapped to [−1, 1]' : 'binarised at grey 0.5 to ±1'}
        </span>
      </h2>
      {dataset.status === 'error' ? (
        <p role="alert" className="error">
          {dataset.error}
        </p>
      ) : (
        <ul className="memory-list" aria-busy={dataset.status === 'loading'}>
          {DIGITS.map((d) => (
            <MemoryCard key={d} digit={d} />
          ))}
        </ul>
      )}
    </section>
  );
}
