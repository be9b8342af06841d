/** Browse the examples of one digit class, 40 at a time; click one to add it to the bank. */
import { useState } from 'react';
import { useShell } from '../../../../shell/context';
import { useDamStore } from '../../../../store';
import { mnistItem } from '../../../../shell/bank/bank-items';
import { BankThumb } from './BankThumb';

const PAGE = 40;

export function MnistPicker({ digit }: { digit: number }) {
  const { mnist } = useShell();
  const ready = useDamStore((s) => s.dataset.status === 'ready');
  const [page, setPage] = useState(0);
  const [shownDigit, setShownDigit] = useState(digit);
  if (shownDigit !== digit) {
    setShownDigit(digit);
    setPage(0);
  }
  if (!ready) return <p className="note">Loading the MNIST digits…</p>;
  const all = mnist.classIndices(digit);
  const pages = Math.max(1, Math.ceil(all.length / PAGE));
  const shown = all.slice(page * PAGE, (page + 1) * PAGE);
  return (
    <div className="mnist-picker" role="group" aria-label={`Examples of digit ${digit}`}>
      <div className="picker-nav">
        <button
          type="button"
          onClick={() => setPage((p) => (p - 1 + pages) % pages)}
          aria-label="Previous examples"
        >
          ‹
        </button>
        <span className="muted">
          {page * PAGE + 1}–{page * PAGE + shown.length} of {all.length}
        </span>
        <button
          type="button"
          onClick={() => setPage((p) => (p + 1) % pages)}
          aria-label="Next examples"
        >
          ›
        </button>
      </div>
      <div className="picker-grid">
        {shown.map((index) => (
          <button
            key={index}
            type="button"
            className="picker-item"
            title={`Add digit ${digit} #${index}`}
            aria-label={`Add digit ${digit} example #${index}`}
            onClick={() => useDamStore.getState().addItems([mnistItem(index)])}
          >
            <BankThumb source={{ kind: 'mnist', index }} size={28} px={32} label="" />
          </button>
        ))}
      </div>
    </div>
  );
}
