/**
 * Interface state that is not the model: the route (which lab is shown, or the lab index; the
 * shell writes it from the address, src/shell/routes.ts), the simplified student view, the
 * presenter view and the open lesson step (link flags), whether the stored or linked set-up has been restored yet, and the one-line notice
 * shown to the user (bad file, tampered link, unreadable saved data).
 */
import type { StateCreator } from 'zustand';

export type NoticeKind = 'info' | 'error';

/** Where a learner is in a lesson: the lesson's id and the step shown (0-based). */
export interface LessonAt {
  id: string;
  step: number;
}

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

/** The lab index's route; every other route is a lab id of the registry. */
export const INDEX_ROUTE = 'labs';

export interface UiSlice {
  ui: {
    /** A lab id of the registry, or INDEX_ROUTE. */
    route: string;
    /** Simplified view: hides the bank editor and advanced model controls. */
    student: boolean;
    /** Presenter view: large type, high contrast, controls in a drawer, the stage full width. */
    presenter: boolean;
    /** The open lesson and its step (0-based), or null; a link flag like student. */
    lesson: LessonAt | null;
    /** True once the set-up from the link or IndexedDB has been applied (or found absent). */
    restored: boolean;
    notice: Notice | null;
    /** Counts notices, so each gets its own id. */
    notices: number;
  };
  setUi: (
    patch: Partial<Pick<UiSlice['ui'], 'route' | 'student' | 'presenter' | 'lesson' | 'restored'>>,
  ) => void;
  notify: (text: string, kind?: NoticeKind) => void;
  dismissNotice: () => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  ui: {
    route: 'studio',
    student: false,
    presenter: false,
    lesson: null,
    restored: false,
    notice: null,
    notices: 0,
  },
  setUi: (patch) => set((s) => ({ ui: { ...s.ui, ...patch } })),
  notify: (text, kind = 'info') =>
    set((s) => {
      const id = s.ui.notices + 1;
      return { ui: { ...s.ui, notices: id, notice: { id, kind, text } } };
    }),
  dismissNotice: () => set((s) => ({ ui: { ...s.ui, notice: null } })),
});

/** Selector for panels: true in the student view (hide editors and advanced controls). */
export const selectStudent = (s: UiSlice): boolean => s.ui.student;
