import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { LessonAt } from '../../store/ui-slice';
import type { Shell } from '../shell';
import { createLessonEngine } from './engine';
import { lessonEvent } from './events';
import type { Lesson } from './lesson';

interface Fake {
  ui: { route: string; restored: boolean; lesson: LessonAt | null };
  n: number;
  notices: string[];
  setUi(p: Partial<Fake['ui']>): void;
  notify(text: string): void;
}

function setup(restored = true) {
  const store = createStore<Fake>((set) => ({
    ui: { route: 'studio', restored, lesson: null },
    n: 2,
    notices: [],
    setUi: (p) => set((s) => ({ ui: { ...s.ui, ...p } })),
    notify: (text) => set((s) => ({ notices: [...s.notices, text] })),
  }));
  const log: string[] = [];
  const shell = {
    mounted: () => ({ runtime: { log } }),
    navigate: (route: string) => {
      log.push(`navigate ${route}`);
      store.getState().setUi({ route });
    },
  } as unknown as Shell;
  const lesson: Lesson = {
    id: 'demo',
    title: 'Demo',
    summary: '',
    lab: 'basins',
    steps: [
      {
        title: 'Raise n',
        text: '',
        task: 'Raise n',
        setup: ({ runtime }) => {
          (runtime as { log: string[] }).log.push('setup 0');
        },
        done: ({ state, start }) => (state as unknown as Fake).n > (start as unknown as Fake).n,
      },
      {
        title: 'Open overlap',
        text: '',
        task: 'Open',
        done: ({ events }) => events.has('term:overlap'),
      },
      { title: 'Last', text: '', task: 'Anything', done: () => false },
    ],
  };
  const engine = createLessonEngine(shell, store as never, [lesson]);
  const stop = engine.start();
  /** Resolves once the engine has finished setting up the shown step. */
  const settled = () =>
    new Promise<void>((resolve) => {
      if (engine.get().ready || !engine.get().lesson) return resolve();
      const un = engine.subscribe(() => {
        if (!engine.get().ready) return;
        un();
        resolve();
      });
    });
  return { store, engine, log, stop, settled };
}

const raise = (store: ReturnType<typeof setup>['store']) => store.setState((s) => ({ n: s.n + 1 }));

describe('lesson engine', () => {
  it('opens the lesson in its lab, runs the step set-up, and completes on the action', async () => {
    const { store, engine, log, stop, settled } = setup();
    engine.open('demo');
    await settled();
    expect(log).toEqual(['navigate basins', 'setup 0']);
    expect(engine.get()).toMatchObject({ step: 0, ready: true, done: false });
    raise(store);
    expect(engine.get().done).toBe(true);
    // Latched: undoing the action keeps the step done.
    store.setState({ n: 2 });
    expect(engine.get().done).toBe(true);
    stop();
  });

  it('moves with next/back, completes on lesson events, and closes past the last step', async () => {
    const { store, engine, stop, settled } = setup();
    engine.open('demo');
    await settled();
    engine.move(1);
    await settled();
    expect(store.getState().ui.lesson).toEqual({ id: 'demo', step: 1 });
    lessonEvent('term:energy');
    expect(engine.get().done).toBe(false);
    lessonEvent('term:overlap');
    expect(engine.get().done).toBe(true);
    engine.move(-1);
    await settled();
    expect(engine.get()).toMatchObject({ step: 0, done: false });
    engine.go(2);
    await settled();
    engine.move(1);
    expect(store.getState().ui.lesson).toBeNull();
    expect(engine.get().lesson).toBeNull();
    stop();
  });

  it('waits for the set-up to be restored before the step sets itself up', async () => {
    const { store, engine, log, stop, settled } = setup(false);
    engine.open('demo');
    await Promise.resolve();
    expect(log).toEqual(['navigate basins']);
    expect(engine.get().ready).toBe(false);
    store.getState().setUi({ restored: true });
    await settled();
    expect(log).toEqual(['navigate basins', 'setup 0']);
    stop();
  });

  it('refuses an unknown lesson with a notice and clamps a step past the end', async () => {
    const { store, engine, stop, settled } = setup();
    store.getState().setUi({ lesson: { id: 'nope', step: 0 } });
    expect(store.getState().notices).toEqual(['lesson: there is no lesson "nope"']);
    expect(store.getState().ui.lesson).toBeNull();
    store.getState().setUi({ lesson: { id: 'demo', step: 40 } });
    await settled();
    expect(store.getState().ui.lesson).toEqual({ id: 'demo', step: 2 });
    expect(engine.get().step).toBe(2);
    stop();
  });

  it('keeps its re-check timer only while a lesson is open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { engine, stop, settled } = setup();
      expect(vi.getTimerCount()).toBe(0);
      engine.open('demo');
      await settled();
      expect(vi.getTimerCount()).toBe(1);
      engine.close();
      expect(vi.getTimerCount()).toBe(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
