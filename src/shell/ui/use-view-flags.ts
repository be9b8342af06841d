/** The current view flags (student, presenter, lesson), for links that keep them. */
import { useDamStore } from '../../store';
import type { ViewFlags } from '../link/view-flags';

export function useViewFlags(): ViewFlags {
  const student = useDamStore((s) => s.ui.student);
  const presenter = useDamStore((s) => s.ui.presenter);
  const lesson = useDamStore((s) => s.ui.lesson);
  return { student, presenter, lesson };
}
