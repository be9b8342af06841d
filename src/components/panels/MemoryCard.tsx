/** One digit class in the memory picker: its example, store toggle, example stepper, cue choice. */
import { useMemo } from 'react';
import { classSize, examplePattern } from '../../app/mnist-data';
import { useDamStore } from '../../store';
import { PatternImage } from '../charts/PatternImage';

export function MemoryCard({ digit }: { digit: number }) {
  const ready = useDamStore((s) => s.dataset.status === 'ready');
  const pick = useDamStore((s) => s.picks[digit]);
  const included = useDamStore((s) => s.included[digit]);
  const isCue = useDamStore((s) => s.cueClass === digit);
  const continuous = useDamStore((s) => s.params.energy === 'softmax');
  const { toggleClass, stepExample, setCue } = useDamStore.getState();
  const pattern = useMemo(
    () => (ready ? examplePattern(digit, pick, continuous) : null),
    [ready, digit, pick, continuous],
  );
  const size = classSize(digit);

  return (
    <li className={`memory-card${included ? '' : ' off'}${isCue ? ' cue' : ''}`}>
      <PatternImage
        state={pattern}
        size={56}
        label={`Digit ${digit}, example ${pick + 1} of ${size}${included ? ', stored' : ', not stored'}`}
      />
      <div className="memory-row">
        <button
          type="button"
          className="icon"
          aria-label={`Previous example of digit ${digit}`}
          disabled={!ready}
          onClick={() => stepExample(digit, -1, size)}
        >
          ‹
        </button>
        <label className="memory-toggle">
          <input
            type="checkbox"
            checked={included}
            aria-label={`Store digit ${digit}`}
            onChange={() => toggleClass(digit)}
          />
          {digit}
        </label>
        <button
          type="button"
          className="icon"
          aria-label={`Next example of digit ${digit}`}
          disabled={!ready}
          onClick={() => stepExample(digit, 1, size)}
        >
          ›
        </button>
      </div>
      <label className="cue-choice">
        <input
          type="radio"
          name="cue"
          checked={isCue}
          disabled={!included}
          aria-label={`Use digit ${digit} as the cue`}
          onChange={() => setCue(digit)}
        />
        cue
      </label>
    </li>
  );
}
