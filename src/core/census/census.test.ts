import { describe, expect, it } from 'vitest';
import { isAbortError } from '../util/abort';
import { runCensus, rebuild, MAX_PROBES } from './census';
import { isFixedPoint, stabilityRatio, stateEnergy, unitEnergies } from './profile';
import { DEFAULT_CENSUS } from './presets';
import { STATE_CLASSES, type CensusSpec } from './types';

const spec: CensusSpec = {
  task: { kind: 'random', side: 8, P: 6, E: 10, p: 0.1, nonExamples: 2, seed: 5 },
  network: { kind: 'hebbian', n: 2 },
  probes: { random: 700, examples: 100, prototypes: 60, noise: 0.1, seed: 3 },
};
const strip = (r: object) => ({ ...r, ms: 0 });

describe('runCensus', () => {
  it('same seed, same result; another probe seed, another result', async () => {
    const a = await runCensus(spec);
    expect(strip(await runCensus(spec))).toEqual(strip(a));
    const b = await runCensus({ ...spec, probes: { ...spec.probes, seed: 4 } });
    expect(b.hits).not.toEqual(a.hits);
  });
  it('catalogues distinct fixed points, sorted by hits, with consistent counts', async () => {
    const r = await runCensus(spec);
    const { net } = rebuild(spec);
    const N = r.N;
    expect(r.probes.total).toBe(860);
    let sum = 0;
    const keys = new Set<string>();
    for (let s = 0; s < r.states; s++) {
      const st = r.bits.slice(s * N, (s + 1) * N);
      keys.add(st.join(','));
      expect(isFixedPoint(net, st)).toBe(true);
      expect(r.energy[s]).toBeCloseTo(stateEnergy(net, st), 12);
      expect(r.sr[s]).toBe(stabilityRatio(unitEnergies(net, st)));
      expect(r.hitsBySource[3 * s] + r.hitsBySource[3 * s + 1] + r.hitsBySource[3 * s + 2]).toBe(
        r.hits[s],
      );
      expect(STATE_CLASSES[r.cls[s]]).toBe(r.details[s].cls);
      if (s > 0) expect(r.hits[s]).toBeLessThanOrEqual(r.hits[s - 1]);
      sum += r.hits[s];
    }
    expect(keys.size).toBe(r.states);
    expect(sum + r.probes.unconverged + r.probes.uncatalogued).toBe(860);
    const byClass = Object.values(r.byClass);
    expect(byClass.reduce((a, c) => a + c.states, 0)).toBe(r.states);
    expect(byClass.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
    expect(r.byClass.learned.states).toBeGreaterThanOrEqual(0);
  });
  it('reports progress, pauses between chunks, and stops on abort', async () => {
    const seen: number[] = [];
    let pauses = 0;
    await runCensus(spec, { onProgress: (d) => seen.push(d), pause: async () => void pauses++ });
    expect(seen).toEqual([500, 860]);
    expect(pauses).toBe(1);
    const signal = { aborted: false };
    const run = runCensus(spec, { signal, pause: async () => void (signal.aborted = true) });
    await expect(run).rejects.toSatisfy(isAbortError);
  });
  it('refuses an empty or oversized probe count', async () => {
    const none = { ...spec, probes: { ...spec.probes, random: 0, examples: 0, prototypes: 0 } };
    await expect(runCensus(none)).rejects.toThrow(/1 to 100000/);
    const big = { ...spec, probes: { ...spec.probes, random: MAX_PROBES } };
    await expect(runCensus(big)).rejects.toThrow(/probes/);
  });
  it('the default census finds prototypes and spurious states; dense n = 3 works', async () => {
    const r = await runCensus(DEFAULT_CENSUS);
    expect(r.byClass.prototype.states).toBeGreaterThan(0);
    expect(r.byClass.spurious.states).toBeGreaterThan(0);
    expect(r.srAuc).not.toBeNull();
    const d = await runCensus({
      ...spec,
      network: { kind: 'polynomial', n: 3 },
      probes: { ...spec.probes, random: 200 },
    });
    expect(d.states).toBeGreaterThan(0);
    expect(d.probes.unconverged).toBe(0);
  });
});
