/**
 * Help: the keyboard shortcuts of every lab (the shown one first), and the compute backend with
 * why it was chosen (the timings the header badge keeps in its tooltip).
 */
import { useEffect, useRef } from 'react';
import { useDamStore } from '../../store';
import { useShell } from '../context';
import { GLOBAL_SHORTCUTS } from '../shortcuts';
import { backendLabel, backendReason } from './BackendBadge';

function ShortcutList({ shortcuts }: { shortcuts: readonly { keys: string; action: string }[] }) {
  return (
    <dl>
      {shortcuts.map((s) => (
        <div key={s.keys} className="shortcut">
          <dt>
            <kbd>{s.keys}</kbd>
          </dt>
          <dd>{s.action}</dd>
        </div>
      ))}
    </dl>
  );
}

export function HelpOverlay({
  open,
  onClose,
  shown,
}: {
  open: boolean;
  onClose: () => void;
  shown: string;
}) {
  const shell = useShell();
  const backend = useDamStore((s) => s.backend);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  const labs = [...shell.labs].sort((a, b) => Number(b.id === shown) - Number(a.id === shown));
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        className="help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-heading"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="help-heading">Keyboard shortcuts</h2>
        {labs
          .filter((l) => l.shortcuts.length > 0)
          .map((l) => (
            <section key={l.id} aria-label={`${l.title} shortcuts`}>
              <h3>{l.title}</h3>
              <ShortcutList shortcuts={l.shortcuts} />
            </section>
          ))}
        <section aria-label="Everywhere">
          <h3>Everywhere</h3>
          <ShortcutList shortcuts={GLOBAL_SHORTCUTS} />
        </section>
        <section aria-label="Compute backend" className="help-backend">
          <h3>Compute backend: {backendLabel(backend)}</h3>
          <p>{backendReason(backend)}</p>
        </section>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
