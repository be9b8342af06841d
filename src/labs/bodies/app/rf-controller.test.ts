/**
 * The random-features curve job against a fake room whose point batches can arrive after the
 * result, as they do in the browser: the callback has its own message port, so nothing orders
 * its messages against the call's reply. The curve shown is the result, never result + late.
 */
import { describe, expect, it } from 'vitest';
import type { FeaturesPoint } from '../../../core/features/experiment-types';
import type { Shell } from '../../../shell/shell';
import { installLabSlices, useDamStore } from '../../../store';
import { createRfController } from './rf-controller';
import { createBodiesSlice } from './slice';

installLabSlices([createBodiesSlice]);

const point = (Y: number): FeaturesPoint => ({
  beta: 10,
  Y,
  query: 'stored',
  energyMAE: 1 / Math.sqrt(Y),
  energySEM: 0,
  gradMAE: 0,
});

const shell = {
  compute: { whenReady: () => Promise.resolve(), ensureMnist: () => Promise.resolve() },
} as unknown as Shell;

describe('the random-features curve job', () => {
  it('keeps the result’s points when a batch lands after the reply', async () => {
    const all = [point(256), point(1024), point(4096)];
    let late: (() => void) | null = null;
    const room = {
      call(method: string, args: unknown[]) {
        if (method !== 'rfCurve') return Promise.reject(new Error(`unexpected ${method}`));
        const onPoints = args[1] as (p: FeaturesPoint[], d: number, t: number) => void;
        onPoints([all[0]], 1, 3);
        // Batches two and three are still in flight when the reply arrives.
        late = () => {
          onPoints([all[1]], 2, 3);
          onPoints([all[2]], 3, 3);
        };
        return Promise.resolve({ kind: 'quant1b', points: all, curves: [], baselines: [] });
      },
    };
    const rf = createRfController(shell, room as never);
    await rf.runCurve();
    expect(useDamStore.getState().featuresJobs.curve.status).toBe('done');
    expect(late).not.toBeNull();
    late!();
    expect(rf.results.get().curve?.points).toEqual(all);
    expect(useDamStore.getState().featuresJobs.curve.status).toBe('done');
  });
});
