/** The run as the views read it: the trace flattened (T × P) and the last step's correlations. */
import { useMemo } from 'react';
import { useCacheSelect } from '../../../shell/use-cache';
import { useCdam } from './context';

export function useRun() {
  const rt = useCdam();
  const run = useCacheSelect(rt.results, (r) => r.run);
  return useMemo(() => {
    if (!run) return null;
    const T = run.rows.length;
    const m = new Float64Array(T * run.P);
    run.rows.forEach((row, t) => m.set(row, t * run.P));
    return { P: run.P, T, m, x: run.x, last: run.rows[T - 1] };
  }, [run]);
}
