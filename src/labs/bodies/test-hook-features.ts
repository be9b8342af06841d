/**
 * The random-features view's part of window.__dam (keys start with "bodiesRf"): the jobs, the
 * toy's numbers (weights, errors), the curve's points and slopes, and handles to run them with
 * small set-ups of one's own.
 */
import type { Shell } from '../../shell/shell';
import { useDamStore } from '../../store';
import type { BodiesRuntime } from './app/runtime';
import type { FeaturesSetup } from './app/rf-setup';

export function installFeatures(runtime: () => BodiesRuntime, _shell: Shell) {
  const rf = () => runtime().features;
  return {
    bodiesRf() {
      const s = useDamStore.getState();
      const r = rf().results.get();
      const t = r.toy;
      return {
        jobs: s.featuresJobs,
        setup: {
          logY: s.features.logY,
          beta: s.features.beta,
          map: s.features.map,
          K: s.features.toy.memories.length / 2,
          preset: s.features.preset,
        },
        toy: t && {
          Y: t.Y,
          K: t.K,
          params: t.params,
          exactParams: t.exactParams,
          update: t.update,
          gridError: t.gridError,
          memoryError: t.memoryError,
          finalDistance: t.distance[t.distance.length - 1],
          shownIsSetup: r.toyFor === s.features,
        },
        curve: r.curve && {
          kind: r.curve.kind,
          points: r.curve.points.length,
          done: r.curve.result !== null,
          slopes: r.curve.result?.curves ?? [],
        },
        mnist: r.mnist && {
          finalDistance: r.mnist.finalDistance,
          backend: r.mnist.backend,
          Y: r.mnist.Y,
        },
      };
    },
    bodiesRfSetSetup: (patch: Partial<FeaturesSetup>) =>
      useDamStore.getState().setFeatures({ preset: null, ...patch }),
    bodiesRfRunToy: () => rf().runToy(),
    bodiesRfRunCurve: () => rf().runCurve(),
    bodiesRfAddMemory: () => rf().addMemory(),
    bodiesRfCancel: (job: 'toy' | 'curve' | 'mnist') => rf().cancel(job),
  };
}
