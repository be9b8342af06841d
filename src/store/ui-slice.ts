/**
 * Interface state that is not the model: the simplified student view (from a link flag), the
 * current view name (shared in links), whether the stored/linked set-up has been restored yet, and
 * the one-line notice shown to the user (bad file, tampered link, unreadable saved data).
 */
import type { StateCreator } from 'zustand';

export type NoticeKind = 'info' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export interface UiSlice {
  ui: {
    /** Simplified view: hides the bank editor and advanced model controls. */
    student: boolean;
    /** Which view is shown (e.g. 'single' or 'compare'); carried by share links. */
    view: string;
    /** True once the set-up from the link or IndexedDB has been applied (or found absent). */
    restored: boolean;
    notice: Notice | null;
  };
  setUi: (patch: Partial<Omit<UiSlice['ui'], 'notice'>>) => void;
  notify: (text: string, kind?: NoticeKind) => void;
  dismissNotice: () => void;
}

let noticeId = 0;

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  ui: { student: false, view: 'single', restored: false, notice: null },
  setUi: (patch) => set((s) => ({ ui: { ...s.ui, ...patch } })),
  notify: (text, kind = 'info') =>
    set((s) => ({ ui: { ...s.ui, notice: { id: ++noticeId, kind, text } } })),
  dismissNotice: () => set((s) => ({ ui: { ...s.ui, notice: null } })),
});

/** Selector for panels: true in the student view (hide editors and advanced controls). */
export const selectStudent = (s: UiSlice): boolean => s.ui.student;
