/**
 * The lesson card: a small card that can be dragged out of the way, with the lesson's progress
 * (one dot per step, each a button), the step's text and task, and Back / Next. Next reads
 * "Skip" until the task is done. The keyboard moves too (PageUp / PageDown; ← / → in presenter
 * view, installed by the shortcuts).
 */
import { useRef, useState, type PointerEvent } from 'react';
import { useShell } from '../context';
import { Highlight } from './Highlight';
import { MathText } from './MathText';
import { useLessonProgress } from './useLessons';

export function LessonCard() {
  const { lessons } = useShell();
  const { lesson, step, ready, done, error } = useLessonProgress();
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const [small, setSmall] = useState(false);
  const drag = useRef<{ x: number; y: number; ox: number; oy: number } | null>(null);
  if (!lesson) return null;
  const s = lesson.steps[step];
  const last = step === lesson.steps.length - 1;
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    drag.current = { x: e.clientX, y: e.clientY, ox: offset.x, oy: offset.y };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) setOffset({ x: d.ox + e.clientX - d.x, y: d.oy + e.clientY - d.y });
  };
  return (
    <>
      {s.target && ready && <Highlight selector={s.target} />}
      <section
        className="lesson-card"
        aria-labelledby="lesson-step-title"
        data-step={step + 1}
        data-done={done ? 'true' : 'false'}
        data-ready={ready ? 'true' : 'false'}
        data-small={small ? 'true' : 'false'}
        aria-busy={!ready}
        style={{ transform: `translate(${offset.x}px, ${offset.y}px)` }}
      >
        <div
          className="lesson-head"
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={() => (drag.current = null)}
          title="Drag to move the card"
        >
          <span className="lesson-name">{lesson.title}</span>
          <span className="muted">
            step {step + 1} of {lesson.steps.length}
          </span>
          <button
            type="button"
            className="lesson-close"
            aria-expanded={!small}
            aria-label={small ? 'Show the whole step' : 'Fold the card to its task'}
            onClick={() => setSmall((v) => !v)}
          >
            {small ? '▴' : '▾'}
          </button>
          <button
            type="button"
            className="lesson-close"
            aria-label="Close the lesson"
            onClick={() => lessons.close()}
          >
            ×
          </button>
        </div>
        <ol className="lesson-dots" aria-label="Steps">
          {lesson.steps.map((t, i) => (
            <li key={i}>
              <button
                type="button"
                aria-label={`Step ${i + 1}: ${t.title}`}
                aria-current={i === step ? 'step' : undefined}
                className={i < step ? 'past' : undefined}
                onClick={() => lessons.go(i)}
              />
            </li>
          ))}
        </ol>
        <h2 id="lesson-step-title">{s.title}</h2>
        <div className="lesson-text">
          <MathText text={s.text} />
        </div>
        {s.Exhibit && (
          <div className="lesson-exhibit">
            <s.Exhibit />
          </div>
        )}
        <p className="lesson-task" role="status">
          {done ? '✓ ' : '→ '}
          <span>{done ? `Done: ${s.task.replace(/^./, (c) => c.toLowerCase())}` : s.task}</span>
        </p>
        {error && (
          <p className="error" role="alert">
            This step could not set itself up: {error}
          </p>
        )}
        <div className="lesson-nav">
          <button
            type="button"
            onClick={() => lessons.move(-1)}
            disabled={step === 0}
            aria-keyshortcuts="PageUp"
          >
            Back
          </button>
          <button
            type="button"
            className={done ? 'primary' : undefined}
            onClick={() => lessons.move(1)}
            aria-keyshortcuts="PageDown"
          >
            {last ? (done ? 'Finish' : 'Skip and finish') : done ? 'Next' : 'Skip'}
          </button>
        </div>
      </section>
    </>
  );
}
