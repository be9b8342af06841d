/**
 * The lesson engine: follows `ui.lesson` in the store (the card's buttons, the keyboard and a
 * step link all write it), opens the step's lab, waits for the set-up to be restored, runs the
 * step's set-up, then re-checks the step's completion test on every store change, lesson event
 * and a light timer while a lesson is open (for the labs' per-frame caches, which the store does
 * not see). Completion
 * latches: a step once done stays done while shown.
 */
import type { DamState } from '../../store';
import type { LessonAt } from '../../store/ui-slice';
import type { Shell } from '../shell';
import { onLessonEvent } from './events';
import type { Lesson, StepContext } from './lesson';

type Store = {
  getState(): DamState;
  subscribe(listener: (s: DamState, prev: DamState) => void): () => void;
};

export interface LessonProgress {
  lesson: Lesson | null;
  step: number;
  /** The step's set-up has run; its completion test is live. */
  ready: boolean;
  done: boolean;
  /** The set-up failed (the message); the step can still be read and skipped. */
  error: string | null;
}

export interface LessonEngine {
  readonly lessons: readonly Lesson[];
  get(): LessonProgress;
  subscribe(listener: () => void): () => void;
  open(id: string, step?: number): void;
  close(): void;
  /** Moves by `delta` steps; past the last step closes the lesson. */
  move(delta: number): void;
  go(step: number): void;
  /** Starts following the store (once, after the shell started). Returns the stop function. */
  start(): () => void;
}

const CLOSED: LessonProgress = { lesson: null, step: 0, ready: false, done: false, error: null };
/** How often the completion test is re-checked besides store changes and events (ms). */
const RECHECK_MS = 150;

export function createLessonEngine(shell: Shell, store: Store, lessons: readonly Lesson[]) {
  let progress: LessonProgress = CLOSED;
  const listeners = new Set<() => void>();
  let token = 0;
  let start: DamState | null = null;
  let events = new Set<string>();

  // The completion re-check timer runs only while a lesson is open.
  let timer: ReturnType<typeof setInterval> | null = null;
  const set = (next: LessonProgress) => {
    progress = next;
    if (next.lesson && !timer) timer = setInterval(check, RECHECK_MS);
    if (!next.lesson && timer) {
      clearInterval(timer);
      timer = null;
    }
    for (const l of listeners) l();
  };
  const find = (id: string) => lessons.find((l) => l.id === id) ?? null;
  const write = (lesson: LessonAt | null) => store.getState().setUi({ lesson });

  const context = (lesson: Lesson): Omit<StepContext<unknown>, 'start' | 'events'> => ({
    state: store.getState(),
    runtime: shell.mounted(lesson.lab).runtime,
    shell,
  });

  function check(): void {
    const { lesson, step, ready, done } = progress;
    if (!lesson || !ready || done || !start) return;
    const ctx: StepContext<unknown> = { ...context(lesson), start, events };
    let ok: boolean;
    try {
      ok = lesson.steps[step].done(ctx);
    } catch {
      ok = false;
    }
    if (ok) set({ ...progress, done: true });
  }

  const restored = () =>
    new Promise<void>((resolve) => {
      if (store.getState().ui.restored) return resolve();
      const stop = store.subscribe((s) => {
        if (!s.ui.restored) return;
        stop();
        resolve();
      });
    });

  async function enter(at: LessonAt | null): Promise<void> {
    const my = ++token;
    start = null;
    events = new Set();
    if (!at) return set(CLOSED);
    const lesson = find(at.id);
    if (!lesson) {
      store.getState().notify(`lesson: there is no lesson "${at.id.slice(0, 40)}"`, 'error');
      return write(null);
    }
    const step = Math.max(0, Math.min(lesson.steps.length - 1, at.step));
    if (step !== at.step) return write({ id: lesson.id, step });
    set({ lesson, step, ready: false, done: false, error: null });
    if (store.getState().ui.route !== lesson.lab) shell.navigate(lesson.lab);
    await restored();
    if (my !== token) return;
    let error: string | null = null;
    try {
      await lesson.steps[step].setup?.(context(lesson));
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    if (my !== token) return;
    start = store.getState();
    set({ ...progress, ready: true, error });
    check();
  }

  const engine: LessonEngine = {
    lessons,
    get: () => progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open: (id, step = 0) => write({ id, step }),
    close: () => write(null),
    move(delta) {
      const { lesson, step } = progress;
      if (!lesson) return;
      const next = step + delta;
      if (next >= lesson.steps.length) return write(null);
      write({ id: lesson.id, step: Math.max(0, next) });
    },
    go(step) {
      if (progress.lesson) write({ id: progress.lesson.id, step });
    },
    start() {
      let last = store.getState().ui.lesson;
      void enter(last);
      const stopStore = store.subscribe((s) => {
        const at = s.ui.lesson;
        if (at !== last && (at?.id !== last?.id || at?.step !== last?.step)) {
          last = at;
          void enter(at);
          return;
        }
        last = at;
        check();
      });
      const stopEvents = onLessonEvent((name) => {
        if (!progress.lesson) return;
        events.add(name);
        check();
      });
      return () => {
        stopStore();
        stopEvents();
        if (timer) clearInterval(timer);
        timer = null;
      };
    },
  };
  return engine;
}
