/** Short names of a sequence's tasks for charts and tables: "0–1" (classes) or "perm 2". */
import { classGroups } from './tasks';
import type { TaskSpec } from './types';

export function taskNames(spec: Pick<TaskSpec, 'kind' | 'tasks'>): string[] {
  if (spec.kind === 'permuted')
    return Array.from({ length: spec.tasks }, (_, t) => (t === 0 ? 'pixels' : `perm ${t}`));
  return classGroups(spec.tasks).map((g) =>
    g.length === 1 ? `${g[0]}` : g.length === 2 ? `${g[0]},${g[1]}` : `${g[0]}–${g[g.length - 1]}`,
  );
}
