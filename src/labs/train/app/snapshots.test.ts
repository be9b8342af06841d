import { describe, expect, it } from 'vitest';
import { khConfig } from '../../../core/classifier/kh-model';
import { createSnapshots } from './snapshots';

const mem = (v: number) => new Float32Array(4).fill(v);

describe('lab snapshots', () => {
  const { clearRun, keepSnapshot, modelOf, setLatest, setStats, shownMemories, statsFor } =
    createSnapshots();
  it('shows the last kept epoch at or before the scrub, or the newest memories', () => {
    const key = 'run-a';
    keepSnapshot(key, { epoch: 5, T: 2, memories: mem(5) });
    keepSnapshot(key, { epoch: 1, T: 2, memories: mem(1) });
    keepSnapshot(key, { epoch: 3, T: 2, memories: mem(3) });
    expect(shownMemories(key, 4)?.epoch).toBe(3);
    expect(shownMemories(key, 0)?.epoch).toBe(1); // earlier than every stop: the first
    expect(shownMemories(key, null)?.epoch).toBe(5);
    setLatest(key, { epoch: 5, fraction: 0.5, T: 2, memories: mem(6) });
    expect(shownMemories(key, null)).toMatchObject({ epoch: 5, fraction: 0.5 });
    expect(shownMemories(key, 5)?.fraction).toBe(0); // the scrubber shows kept epochs only
    setStats(key, 3, { kind: 'pending' });
    expect(statsFor(key, 3)?.kind).toBe('pending');
    clearRun(key);
    expect(shownMemories(key, null)).toBeNull();
    expect(statsFor(key, 3)).toBeUndefined();
  });

  it('builds one Float64 model per memories array and temperature', () => {
    const config = khConfig({ D: 2, C: 2, K: 1, n: 3 });
    const shown = { epoch: 1, T: 3, memories: new Float32Array([0.5, -0.5, 1, -1]) };
    const a = modelOf(config, shown);
    expect(Array.from(a.memories)).toEqual([0.5, -0.5, 1, -1]);
    expect(a.T).toBe(3);
    expect(modelOf(config, shown)).toBe(a);
    expect(modelOf(config, { ...shown, T: 4 }).T).toBe(4);
  });
});
