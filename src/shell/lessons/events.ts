/**
 * Lesson events: actions a completion test needs that the store does not record (a "what's
 * this?" opened, an exhibit tried). Anything may emit; the lesson engine listens while a lesson
 * is open. Names are "<kind>:<detail>", e.g. "term:overlap".
 */
type Listener = (name: string) => void;

const listeners = new Set<Listener>();

export function lessonEvent(name: string): void {
  for (const l of listeners) l(name);
}

export function onLessonEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
