/**
 * The studio's part of window.__dam (e2e tests and the bench, ?e2e=1 only; loaded by dynamic
 * import, never in the production bundle): the run and its lanes as plain numbers.
 */
import type { ModelSpec } from '../../core/dynamics/types';
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import type { Params } from '../../store/params-slice';
import type { LiveLane } from './app/live';
import type { StudioRuntime } from './app/runtime';

const matches = (l: LiveLane | undefined, spec: Partial<ModelSpec>) => {
  if (!l) return false;
  const f = l.history.frames[l.history.cursor];
  return (Object.keys(spec) as (keyof ModelSpec)[]).every((k) => f.spec[k] === spec[k]);
};

export function install(runtime: () => StudioRuntime, shell: Shell) {
  const lane = (i = 0): LiveLane | undefined => runtime().run.live.get().lanes[i];
  return {
    getState() {
      const s = useDamStore.getState();
      const l0 = lane(0);
      const r0 = s.run.lanes[0];
      return {
        runStatus: s.run.status,
        error: s.run.error ?? null,
        backend: s.backend.info?.name ?? null,
        ready: s.backend.status === 'ready',
        datasetReady: s.dataset.status === 'ready',
        bankCount: s.bank.items.length,
        verdict: r0?.verdict ?? null,
        hint: r0?.hint ?? null,
        /** Stability ratio of lane 0's final state (binary models), else null. */
        sr: r0?.sr ?? null,
        t: l0 ? l0.history.frames[l0.history.cursor].t : null,
        converged: l0 ? l0.history.frames[l0.history.cursor].converged : null,
        cueMemory: l0?.cueMemory ?? null,
        memoryLabels: [...(l0?.labels ?? [])],
        lanes: s.run.lanes.map((r) => ({
          verdict: r.verdict,
          hint: r.hint,
          t: r.t,
          sr: r.sr ?? null,
        })),
      };
    },
    /** Energy of every recorded frame of a lane, oldest first. */
    energies: (i = 0) => lane(i)?.history.frames.map((f) => f.energy) ?? [],
    frames: (i = 0) =>
      lane(i)?.history.frames.map((f) => ({
        t: f.t,
        energy: f.energy,
        updates: f.updates,
        flips: f.flips,
        converged: f.converged,
        reconfigured: !!f.reconfigured,
        spec: f.spec,
      })) ?? [],
    /** Index of the shown frame. */
    cursor: (i = 0) => lane(i)?.history.cursor ?? -1,
    /** The state at the shown frame. */
    final(i = 0) {
      const l = lane(i);
      return l ? Array.from(l.history.frames[l.history.cursor].state) : null;
    },
    /** Memory μ as lane 0's model sees it (signs for the binary families). */
    memory(mu: number) {
      const binary = lane(0)?.spec.energy !== 'softmax';
      const p = binary ? shell.bank.signs() : (shell.bank.memories()?.patterns ?? null);
      return p ? Array.from(p.data.subarray(mu * p.dim, (mu + 1) * p.dim)) : [];
    },
    setParams: (partial: Partial<Params>) => useDamStore.getState().setParams(partial),
    /**
     * Resolves with performance.now() in the animation frame after lane 0 shows a frame computed
     * with a model matching `spec` (the paint that reflects a change of n or β).
     */
    whenPainted(spec: Partial<ModelSpec>): Promise<number> {
      return new Promise((resolve) => {
        const done = () => requestAnimationFrame(() => resolve(performance.now()));
        if (matches(lane(0), spec)) return done();
        const stop = runtime().run.live.subscribe(() => {
          if (matches(lane(0), spec)) {
            stop();
            done();
          }
        });
      });
    },
  };
}
