/**
 * The random-features view's part of the bodies room: the 2-D toy (the distributed memory kept
 * between calls, so one memory added or removed updates T), the error-against-Y curves (the
 * core's runFeaturesExperiment for QUANT1b, the toy's own for the plane) and MNIST inpainting.
 */
import { runFeaturesExperiment } from '../../../core/features/experiment';
import type { HostContext } from '../../../engine/room';
import { mnistOf, notify } from '../../../engine/room-calls';
import type { RoomImpl } from '../../../worker-api/host-api';
import type { FeaturesRoomApi, RfCurveResult } from './features-api';
import { runMnist } from './rf-mnist';
import { runToy, type ToySession } from './rf-toy';
import { runToyCurve } from './rf-toy-curve';

export function createFeaturesCalls(ctx: HostContext): RoomImpl<FeaturesRoomApi> {
  const hold: { session: ToySession | null } = { session: null };
  return {
    async rfToy(signal, req, onProgress) {
      return runToy(hold, req, signal, (d, t) => notify(onProgress, d, t));
    },
    async rfCurve(signal, req, onPoints) {
      if (req.kind === 'toy') {
        const r = runToyCurve(req.spec, signal, (p, d, t) => notify(onPoints, p, d, t));
        const out: RfCurveResult = { kind: 'toy', ...r, builtBy: 'loops' };
        return out;
      }
      const r = runFeaturesExperiment(req.spec, {
        signal,
        onPoints: (p, d, t) => notify(onPoints, p, d, t),
      });
      const { points, curves, baselines, maxY, ms } = r;
      const out: RfCurveResult = {
        kind: 'quant1b',
        points,
        curves,
        baselines,
        maxY,
        ms,
        builtBy: 'loops',
      };
      return out;
    },
    async rfMnist(signal, req, onProgress) {
      const set = mnistOf(ctx);
      if (!set) throw new Error('The MNIST digits have not reached the worker yet.');
      return runMnist(set, req, signal, (d, t) => notify(onProgress, d, t));
    },
  };
}
