/**
 * The memories as a virtualised grid of thumbnails: only the rows in view are rendered, so a
 * bank of 10,000 stays fast. Reorder by drag and drop or with the ◀ ▶ buttons; × removes.
 */
import { useEffect, useRef, useState } from 'react';
import { useDamStore } from '../../../../store';
import type { MemoryItem } from '../../../../core/data/contracts';
import { BankThumb } from './BankThumb';

const CELL_W = 84;
const CELL_H = 104;
const THUMB = 56;
const OVERSCAN = 2;

function Cell({
  item,
  index,
  count,
  size,
  editable,
}: {
  item: MemoryItem;
  index: number;
  count: number;
  size: number;
  editable: boolean;
}) {
  const [over, setOver] = useState(false);
  const { moveItem, removeItem } = useDamStore.getState();
  const name = `memory ${index + 1}, ${item.label}`;
  return (
    <li
      className={`bank-cell${over ? ' drop' : ''}`}
      data-testid="bank-item"
      data-label={item.label}
      draggable={editable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-dam-memory', item.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!editable || !e.dataTransfer.types.includes('text/x-dam-memory')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData('text/x-dam-memory');
        if (id) moveItem(id, index);
      }}
    >
      <BankThumb source={item.source} size={size} px={THUMB} label={name} />
      <span className="bank-label" title={`memory ${index + 1}: ${item.label}`}>
        {index + 1} · {item.label}
      </span>
      {editable && (
        <span className="bank-cell-buttons">
          <button
            type="button"
            className="icon"
            aria-label={`Move ${name} earlier`}
            disabled={index === 0}
            onClick={() => moveItem(item.id, index - 1)}
          >
            ◀
          </button>
          <button
            type="button"
            className="icon"
            aria-label={`Remove ${name}`}
            onClick={() => removeItem(item.id)}
          >
            ×
          </button>
          <button
            type="button"
            className="icon"
            aria-label={`Move ${name} later`}
            disabled={index === count - 1}
            onClick={() => moveItem(item.id, index + 1)}
          >
            ▶
          </button>
        </span>
      )}
    </li>
  );
}

export function BankGrid({ editable }: { editable: boolean }) {
  const items = useDamStore((s) => s.bank.items);
  const size = useDamStore((s) => s.bank.size);
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ width: 800, height: 230, top: 0 });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () =>
      setView({ width: el.clientWidth, height: el.clientHeight, top: el.scrollTop });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);

  const cols = Math.max(1, Math.floor(view.width / CELL_W));
  const rows = Math.ceil(items.length / cols);
  const first = Math.max(0, Math.floor(view.top / CELL_H) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / CELL_H) + OVERSCAN);
  const shown = items.slice(first * cols, last * cols);

  return (
    <div ref={box} className="bank-grid" tabIndex={-1}>
      {items.length === 0 ? (
        <p className="note">No memories yet: add some below.</p>
      ) : (
        <div style={{ height: rows * CELL_H, position: 'relative' }}>
          <ul
            className="bank-rows"
            aria-label={`Stored memories (${items.length})`}
            style={{ top: first * CELL_H, gridTemplateColumns: `repeat(${cols}, ${CELL_W}px)` }}
          >
            {shown.map((item, k) => (
              <Cell
                key={item.id}
                item={item}
                index={first * cols + k}
                count={items.length}
                size={size}
                editable={editable}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
