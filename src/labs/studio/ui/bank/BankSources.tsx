/**
 * Adds memories: MNIST digits (browse a class, n seeded random examples of a class, a whole class,
 * all 10,000), letter glyphs and seeded random ±1 patterns; sets the grid size.
 */
import { useId, useState } from 'react';
import { changeGridSize } from '../../app/bank-actions';
import { useShell } from '../../../../shell/context';
import { useDamStore } from '../../../../store';
import { BANK_MAX } from '../../../../store/bank-slice';
import { GLYPH_LETTERS } from '../../../../core/data/datasets';
import {
  glyphItem,
  mnistItem,
  randomItem,
  sampleIndices,
  withoutStored,
} from '../../../../shell/bank/bank-items';
import { GRID_MAX, GRID_MIN, type MemoryItem } from '../../../../core/data/contracts';
import { MnistPicker } from './MnistPicker';

type Source = 'mnist' | 'glyph' | 'random';

const intIn = (v: string, min: number, max: number, fallback: number) => {
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

const num = (k: number) => k.toLocaleString('en');

/** Adds the items not stored yet; says how many were already there (info) or did not fit (error). */
function add(items: MemoryItem[]): void {
  const s = useDamStore.getState();
  const { fresh, skipped } = withoutStored(items, s.bank.items);
  const added = s.addItems(fresh);
  const already = skipped ? `skipped ${num(skipped)} already in the bank` : '';
  if (added < fresh.length) {
    const full = `The bank holds at most ${num(BANK_MAX)} memories`;
    const tail = already ? `; ${already}` : '';
    s.notify(`${full}: added ${num(added)} of ${num(fresh.length)}${tail}.`, 'error');
  } else if (skipped) {
    s.notify(`Added ${num(added)}; ${already}.`);
  }
}

export function BankSources() {
  const { mnist } = useShell();
  const ready = useDamStore((s) => s.dataset.status === 'ready');
  const size = useDamStore((s) => s.bank.size);
  const ids = useId();
  const [source, setSource] = useState<Source>('mnist');
  const [digit, setDigit] = useState(7);
  const [count, setCount] = useState(5);
  const [seed, setSeed] = useState(1);
  const [letters, setLetters] = useState('HOPFIELD');
  const [browse, setBrowse] = useState(false);
  const [sizeText, setSizeText] = useState(String(size));
  const [shownSize, setShownSize] = useState(size);
  if (shownSize !== size) {
    setShownSize(size);
    setSizeText(String(size));
  }
  const validLetters = [...letters.toUpperCase()].filter((c) => GLYPH_LETTERS.includes(c));

  return (
    <div className="bank-sources">
      <div className="bank-source-row">
        <label className="control inline">
          <span id={`${ids}-from`}>Add from</span>
          <select
            value={source}
            aria-labelledby={`${ids}-from`}
            onChange={(e) => setSource(e.currentTarget.value as Source)}
          >
            <option value="mnist">MNIST digits</option>
            <option value="glyph">Letters</option>
            <option value="random">Random ±1 patterns</option>
          </select>
        </label>
        {source === 'mnist' && (
          <label className="control inline">
            <span id={`${ids}-digit`}>Digit</span>
            <select
              value={digit}
              aria-labelledby={`${ids}-digit`}
              onChange={(e) => setDigit(Number(e.currentTarget.value))}
            >
              {Array.from({ length: 10 }, (_, d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        )}
        {source !== 'glyph' && (
          <>
            <label className="control inline">
              <span>Count</span>
              <input
                type="number"
                min={1}
                max={BANK_MAX}
                value={count}
                onChange={(e) => setCount(intIn(e.currentTarget.value, 1, BANK_MAX, 1))}
              />
            </label>
            <label className="control inline">
              <span>Seed</span>
              <input
                type="number"
                min={0}
                value={seed}
                onChange={(e) => setSeed(intIn(e.currentTarget.value, 0, 0xffffffff, 0))}
              />
            </label>
          </>
        )}
        {source === 'mnist' && (
          <>
            <button
              type="button"
              disabled={!ready}
              onClick={() => {
                add(sampleIndices(mnist.classIndices(digit), count, seed).map(mnistItem));
                setSeed((v) => v + 1);
              }}
            >
              Add {count} random {digit}s
            </button>
            <button
              type="button"
              disabled={!ready}
              onClick={() => add(mnist.classIndices(digit).map(mnistItem))}
            >
              Add all {digit}s
            </button>
            <button
              type="button"
              disabled={!ready}
              onClick={() => add(Array.from({ length: 10_000 }, (_, i) => mnistItem(i)))}
            >
              Add all 10,000
            </button>
            <button type="button" aria-pressed={browse} onClick={() => setBrowse((b) => !b)}>
              {browse ? 'Hide examples' : 'Browse examples'}
            </button>
          </>
        )}
        {source === 'glyph' && (
          <>
            <label className="control inline">
              <span>Letters</span>
              <input
                type="text"
                value={letters}
                maxLength={64}
                onChange={(e) => setLetters(e.currentTarget.value)}
              />
            </label>
            <button
              type="button"
              disabled={validLetters.length === 0}
              onClick={() => add(validLetters.map(glyphItem))}
            >
              Add letters
            </button>
          </>
        )}
        {source === 'random' && (
          <button
            type="button"
            onClick={() => {
              add(Array.from({ length: count }, (_, k) => randomItem(seed * 100_003 + k)));
              setSeed((v) => v + 1);
            }}
          >
            Add {count} random patterns
          </button>
        )}
        <label className="control inline grid-size">
          <span>Grid</span>
          <input
            type="number"
            min={GRID_MIN}
            max={GRID_MAX}
            value={sizeText}
            aria-label="Grid size (pixels per side)"
            onChange={(e) => setSizeText(e.currentTarget.value)}
            onBlur={(e) => {
              const n = intIn(e.currentTarget.value, GRID_MIN, GRID_MAX, size);
              if (!changeGridSize(n)) setSizeText(String(size));
              else setSizeText(String(n));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
          <span className="muted">×{size}</span>
        </label>
      </div>
      {source === 'mnist' && browse && <MnistPicker digit={digit} />}
    </div>
  );
}
