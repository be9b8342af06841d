/**
 * Help: the lessons, the glossary (every term on screen, with its equation), the keyboard
 * shortcuts of every lab (the shown one first), and the compute backend with why it was chosen
 * (the timings the header badge keeps in its tooltip).
 */
import { useEffect, useRef } from 'react';
import { useDamStore } from '../../store';
import { useShell } from '../context';
import { GLOBAL_SHORTCUTS } from '../shortcuts';
import { backendLabel, backendReason } from './BackendBadge';
import { LessonList } from './LessonList';
import { MathText } from './MathText';
import { useGlossary } from './Term';

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
  const terms = useGlossary();
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
        <h2 id="help-heading">Help</h2>
        <section aria-labelledby="help-lessons">
          <h3 id="help-lessons">Lessons</h3>
          <LessonList onStart={onClose} />
        </section>
        <section aria-labelledby="help-glossary">
          <h3 id="help-glossary">Glossary</h3>
          <dl className="glossary">
            {terms.map((t) => (
              <div key={t.id} id={`glossary-${t.id}`}>
                <dt>{t.term}</dt>
                <dd>
                  <MathText text={t.text} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <h3>Keyboard shortcuts</h3>
        {labs
          .filter((l) => l.shortcuts.length > 0)
          .map((l) => (
            <section key={l.id} aria-label={`${l.title} shortcuts`}>
              <h4>{l.title}</h4>
              <ShortcutList shortcuts={l.shortcuts} />
            </section>
          ))}
        <section aria-label="Everywhere">
          <h4>Everywhere</h4>
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
