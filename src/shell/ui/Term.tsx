/**
 * "What's this?": a small ? after a term that opens a popover with the glossary entry (one or
 * two sentences and the equation). Uses the platform popover (top layer, light dismiss, Esc),
 * rendered into <body> so its text never joins the name of the heading or label it sits in;
 * opening one tells the lesson engine ("term:<id>").
 */
import { useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useShell } from '../context';
import { allTerms, type GlossaryEntry } from '../glossary/glossary';
import { lessonEvent } from '../lessons/events';
import { MathText } from './MathText';

const merged = new WeakMap<object, GlossaryEntry[]>();

/** Every glossary term of the shell's labs, merged once per shell (not per <Term>). */
export function useGlossary(): GlossaryEntry[] {
  const shell = useShell();
  let terms = merged.get(shell);
  if (!terms) {
    terms = allTerms(shell.labs.map((l) => l.glossary));
    merged.set(shell, terms);
  }
  return terms;
}

export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = useGlossary().find((e) => e.id === id);
  const popId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  if (!entry) return <>{children}</>; // a term without an entry (the glossary test lists them)
  const place = () => {
    const b = button.current?.getBoundingClientRect();
    const p = pop.current;
    if (!b || !p) return;
    const w = Math.min(320, innerWidth - 16);
    p.style.width = `${w}px`;
    p.style.left = `${Math.max(8, Math.min(innerWidth - w - 8, b.left - 12))}px`;
    const below = b.bottom + 6;
    const h = p.offsetHeight;
    p.style.top = `${below + h > innerHeight - 8 ? Math.max(8, b.top - h - 6) : below}px`;
  };
  return (
    <span className="term">
      {children}
      <button
        ref={button}
        type="button"
        className="term-q"
        aria-label={`What is ${entry.term.toLowerCase()}?`}
        popoverTarget={popId}
        onClick={() => lessonEvent(`term:${id}`)}
      >
        ?
      </button>
      {createPortal(
        <div
          ref={pop}
          id={popId}
          popover="auto"
          role="dialog"
          aria-label={entry.term}
          className="term-pop"
          onToggle={(e) => {
            if ((e as unknown as ToggleEvent).newState === 'open') place();
          }}
        >
          <strong>{entry.term}</strong>
          <MathText text={entry.text} />
        </div>,
        document.body,
      )}
    </span>
  );
}
