import { describe, expect, it } from 'vitest';
import { randomPatterns } from '../core/data/datasets';
import { createRng } from '../core/util/random';
import { resultJson } from './retrieve-command';
import { dam } from './run-cli';

describe('dam retrieve: the last guards', () => {
  it('refuses to print a result holding a non-finite number (JSON would write null)', () => {
    const ok = { final: Float64Array.of(1, -1), converged: true, steps: 1, energies: [-4] };
    expect(resultJson(ok)).toBe('{"final":[1,-1],"converged":true,"steps":1,"energies":[-4]}');
    expect(() => resultJson({ ...ok, energies: [-4, Infinity] })).toThrow(
      'the run produced a non-finite number (energies[1] = Infinity); no result printed',
    );
    expect(() => resultJson({ ...ok, final: Float64Array.of(1, NaN) })).toThrow(
      /\(final\[1\] = NaN\)/,
    );
  });

  it('stops a run past --time-limit with one line and exit 1', async () => {
    // Synchronous updates of this seeded case fall into a 2-cycle: 100000 steps take ~16 s.
    const N = 200;
    const rng = createRng(1);
    const memories = randomPatterns(N, N, rng).data;
    const state = Array.from(randomPatterns(1, N, rng).data);
    const rows = Array.from({ length: N }, (_, mu) =>
      Array.from(memories.slice(mu * N, (mu + 1) * N)),
    );
    const input = JSON.stringify({
      model: { energy: 'polynomial', n: 2 },
      memories: rows,
      state,
      dynamics: { mode: 'sync', maxSteps: 100000 },
    });
    const r = await dam(['retrieve', '--time-limit', '1'], input);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^dam: stopped after 1 s \(--time-limit 1\): \d+ of at most 100000 steps done; no result printed\n$/,
    );
  });
});
