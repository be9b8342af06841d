/** The keyboard shortcuts, shown with "?" and closed with Escape or the button. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../shortcuts';

export function HelpOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
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
        <dl>
          {SHORTCUTS.map((s) => (
            <div key={s.keys} className="shortcut">
              <dt>
                <kbd>{s.keys}</kbd>
              </dt>
              <dd>{s.action}</dd>
            </div>
          ))}
        </dl>
        <button type="button" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
